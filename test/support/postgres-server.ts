import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A throwaway PostgreSQL server on loopback, started by a test and removed at its end. */
export interface PostgresServer {
  port: number;
  /** Creates an empty database and returns its connection string. */
  createDatabase(): Promise<string>;
  /** Stops the server and deletes its files. */
  stop(): Promise<void>;
}

const BIN_DIR = findBinDir();
const RUN_AS_POSTGRES = process.getuid?.() === 0;
const POSTGRES_IDS = RUN_AS_POSTGRES ? osUserIds('postgres') : undefined;

/** Skip reason for tests that need PostgreSQL binaries, or false when they are here. */
export const POSTGRES_MISSING: string | false =
  BIN_DIR === undefined
    ? 'needs PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or on PATH; CI installs the postgresql package'
    : RUN_AS_POSTGRES && (POSTGRES_IDS === undefined || !existsSync('/usr/sbin/runuser'))
      ? 'running as root needs a `postgres` OS user and runuser, because initdb refuses root'
      : false;

let databases = 0;

/** Starts a fresh server (initdb into a temp dir, pg_ctl start on a free loopback port). */
export async function startPostgresServer(): Promise<PostgresServer> {
  if (BIN_DIR === undefined || POSTGRES_MISSING !== false) {
    throw new Error(`Cannot start PostgreSQL: ${POSTGRES_MISSING || 'no binaries'}`);
  }
  const bin = BIN_DIR;
  const dir = mkdtempSync(join(tmpdir(), 'sift-pg-'));
  // initdb refuses to run as root: the cluster belongs to the postgres user instead.
  if (POSTGRES_IDS !== undefined) chownSync(dir, POSTGRES_IDS.uid, POSTGRES_IDS.gid);
  const dataDir = join(dir, 'data');
  const port = await freePort();
  let stopped = false;
  const stopNow = (): void => {
    if (stopped) return;
    stopped = true;
    spawnSync(...asPostgres(join(bin, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'immediate', '-w']));
    rmSync(dir, { recursive: true, force: true });
  };
  // If the test process ends without calling stop (a crash), the server must not outlive it.
  process.once('exit', stopNow);
  try {
    await run(join(bin, 'initdb'), [
      ...['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8'],
      ...localeOptions(join(bin, 'initdb')),
    ]);
    // fsync=off: a test cluster is deleted afterwards, so durability only costs time here.
    const serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`;
    await run(join(bin, 'pg_ctl'), [
      'start',
      '-D',
      dataDir,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-t',
      '30',
      '-o',
      serverOptions,
    ]);
  } catch (error) {
    stopNow();
    throw error;
  }
  const base = `postgres://postgres@127.0.0.1:${port}`;
  return {
    port,
    async createDatabase() {
      databases += 1;
      const name = `sift_test_${process.pid}_${databases}`;
      const client = new pg.Client({ connectionString: `${base}/postgres` });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `${base}/${name}`;
    },
    stop() {
      process.off('exit', stopNow);
      stopNow();
      return Promise.resolve();
    },
  };
}

/**
 * A natural-language default collation where the server can have one (ICU, PostgreSQL 15+), so
 * that tests catch code that relies on the database sorting by code point as SQLite does.
 */
function localeOptions(initdb: string): string[] {
  const help = spawnSync(initdb, ['--help'], { encoding: 'utf8' });
  return help.stdout.includes('--locale-provider')
    ? ['--locale=C', '--locale-provider=icu', '--icu-locale=en']
    : ['--locale=C'];
}

function findBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0] !== undefined) return join(root, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  return which.status === 0 && found !== '' ? join(found, '..') : undefined;
}

function osUserIds(name: string): { uid: number; gid: number } | undefined {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function asPostgres(command: string, args: string[]): [string, string[]] {
  return RUN_AS_POSTGRES
    ? ['/usr/sbin/runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
}

function run(command: string, args: string[]): Promise<void> {
  const [file, argv] = asPostgres(command, args);
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} exited with ${code}:\n${output}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}
