import { spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/** A throwaway PostgreSQL server on loopback for a test file, removed when it is done. */
export interface PostgresServer {
  port: number;
  /** Creates an empty database and returns its connection string. */
  createDatabase(): Promise<string>;
  /** Stops the server and deletes its files (the runner does that for the run's shared one). */
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

/**
 * What the test run's shared server left in the run folder: how to reach it and how to stop it
 * (scripts/run-tests.mjs reads `stop` and `dir` when the run ends), or why it could not start.
 */
interface SharedServerFile {
  port?: number;
  stop?: [string, string[]];
  dir?: string;
  error?: string;
}

/** How long a test file waits for another that starts the run's shared server. */
const SHARED_WAIT_MS = 120_000;

/**
 * A PostgreSQL server on loopback for a test file. Under scripts/run-tests.mjs (which sets
 * SIFT_TEST_RUN_DIR) all files share one server, started by the first that asks and stopped by
 * the runner at the end: initdb and start-up cost seconds of CPU, once per file before. Each file
 * still gets databases of its own. A test file run on its own starts and stops its own server.
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const runDir = process.env.SIFT_TEST_RUN_DIR;
  if (runDir === undefined || runDir === '') return startOwnServer();
  const port = await sharedServerPort(runDir);
  return {
    port,
    createDatabase: () => createDatabaseOn(port),
    // The runner stops the shared server once every file has ended.
    stop: () => Promise.resolve(),
  };
}

/**
 * The port of the run's shared server: the first caller (holding a lock folder) starts it and
 * writes postgres.json; the others wait for that file.
 */
async function sharedServerPort(runDir: string): Promise<number> {
  const file = join(runDir, 'postgres.json');
  try {
    mkdirSync(join(runDir, 'postgres.lock'));
  } catch {
    const deadline = Date.now() + SHARED_WAIT_MS;
    while (!existsSync(file) && Date.now() < deadline) await sleep(100);
    if (!existsSync(file)) throw new Error('The shared PostgreSQL server did not start in time');
    const shared = JSON.parse(readFileSync(file, 'utf8')) as SharedServerFile;
    if (shared.port === undefined) throw new Error(`Cannot start PostgreSQL: ${shared.error}`);
    return shared.port;
  }
  try {
    const cluster = await startCluster();
    const shared: SharedServerFile = {
      port: cluster.port,
      stop: cluster.stopCommand,
      dir: cluster.dir,
    };
    writeFileSync(`${file}.tmp`, JSON.stringify(shared));
    renameSync(`${file}.tmp`, file);
    return cluster.port;
  } catch (error) {
    writeFileSync(file, JSON.stringify({ error: String(error) } satisfies SharedServerFile));
    throw error;
  }
}

/** Starts a server of this process's own, stopped by `stop` or when the process ends. */
async function startOwnServer(): Promise<PostgresServer> {
  const cluster = await startCluster();
  let stopped = false;
  const stopNow = (): void => {
    if (stopped) return;
    stopped = true;
    spawnSync(...cluster.stopCommand);
    rmSync(cluster.dir, { recursive: true, force: true });
  };
  // If the test process ends without calling stop (a crash), the server must not outlive it.
  process.once('exit', stopNow);
  return {
    port: cluster.port,
    createDatabase: () => createDatabaseOn(cluster.port),
    stop() {
      process.off('exit', stopNow);
      stopNow();
      return Promise.resolve();
    },
  };
}

/** A running cluster: its port, its folder and the command that stops it. */
interface Cluster {
  port: number;
  dir: string;
  stopCommand: [string, string[]];
}

/** Starts a fresh cluster (initdb into a temp dir, pg_ctl start on a free loopback port). */
async function startCluster(): Promise<Cluster> {
  if (BIN_DIR === undefined || POSTGRES_MISSING !== false) {
    throw new Error(`Cannot start PostgreSQL: ${POSTGRES_MISSING || 'no binaries'}`);
  }
  const bin = BIN_DIR;
  const dir = mkdtempSync(join(tmpdir(), 'sift-pg-'));
  // initdb refuses to run as root: the cluster belongs to the postgres user instead.
  if (POSTGRES_IDS !== undefined) chownSync(dir, POSTGRES_IDS.uid, POSTGRES_IDS.gid);
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const stopCommand = asPostgres(join(bin, 'pg_ctl'), [
    ...['stop', '-D', dataDir, '-m', 'immediate', '-w'],
  ]);
  try {
    await run(join(bin, 'initdb'), [
      ...['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8'],
      ...localeOptions(join(bin, 'initdb')),
    ]);
    // fsync=off: a test cluster is deleted afterwards, so durability only costs time here. Two
    // test files at a time, each with servers, workers and their pools, share one server.
    const serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=300`;
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
    spawnSync(...stopCommand);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { port, dir, stopCommand };
}

/** Creates an empty database, named after this process, and returns its connection string. */
async function createDatabaseOn(port: number): Promise<string> {
  const base = `postgres://postgres@127.0.0.1:${port}`;
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
