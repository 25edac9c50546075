import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openApp, type App } from '../../src/app/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { buildServer } from '../../src/server/index.ts';
import { PostgresJobQueue } from '../../src/store/postgres/postgres-job-queue.ts';
import {
  POSTGRES_MISSING,
  startPostgresServer,
  type PostgresServer,
} from '../support/postgres-server.ts';
import { runSift, startSift, type RunningSift } from '../support/run-sift.ts';

const NAMES = [
  'Sirajuddin Haqqani',
  'Jane Doe',
  'Ayman al-Zawahiri',
  'Maria Fernandez Lopez',
  'Abdul Baqi Basir Awal Shah',
  'Peter Smithson',
  'Oleksandr Koval',
  'Chen Wei Ming',
];

/** A CSV of `rows` customers: line n + 1 holds customer c<n>. */
function customersCsv(rows: number): string {
  const lines = ['id,name'];
  for (let i = 1; i <= rows; i += 1) lines.push(`c${i},${NAMES[i % NAMES.length]!}`);
  return `${lines.join('\n')}\n`;
}

/** The line numbers of a results CSV, in the order written. */
function resultLines(csv: string): number[] {
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => Number(line.split(',')[0]));
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

/**
 * Runs `read` until `done` holds of its answer or `timeoutMs` passes, and returns the last answer.
 * A worker tells pg-boss that a chunk is complete just after it commits the chunk's results, so a
 * job can read as done a moment before pg-boss's own row of its last chunk does.
 */
async function settled<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 100 && !done(value); i += 1) {
    await sleep(100);
    value = await read();
  }
  return value;
}

describe('the job queue on PostgreSQL (sift worker)', { skip: POSTGRES_MISSING }, () => {
  let server: PostgresServer;
  let dir: string;
  let env: Record<string, string>;
  let db: pg.Client;
  /** The same store in a database of its own, whose chunks expire after 4 s. */
  let shortEnv: Record<string, string>;
  let shortDb: pg.Client;
  const workers: RunningSift[] = [];

  const startWorker = async (workerEnv = env): Promise<RunningSift> => {
    const worker = startSift(['worker'], workerEnv);
    workers.push(worker);
    const started = performance.now();
    // It says so on stderr once it takes chunks; start-up from the sources takes a few seconds.
    while (!/is taking chunks/.test(worker.stderr())) {
      if (performance.now() - started > 60_000) throw new Error('the worker did not start');
      if (worker.child.exitCode !== null)
        throw new Error(`the worker ended: ${(await worker.done).stderr}`);
      await sleep(100);
    }
    return worker;
  };
  const stopWorkers = async (): Promise<void> => {
    for (const worker of workers.splice(0)) {
      if (worker.child.exitCode === null) worker.child.kill('SIGTERM');
      await worker.done;
    }
  };
  const openTestApp = (appEnv = env): Promise<App> => openApp(loadConfig({}, appEnv));

  before(async () => {
    server = await startPostgresServer();
    dir = mkdtempSync(join(tmpdir(), 'sift-queue-'));
    env = {
      SIFT_DATABASE_URL: await server.createDatabase(),
      XDG_DATA_HOME: join(dir, 'data'),
      SIFT_SNAPSHOT_DIR: join(dir, 'snapshots'),
      SIFT_LOG_LEVEL: 'silent',
      SIFT_FOLLOW_STORE_MS: '0',
      SIFT_QUEUE_CHUNK_ROWS: '20',
      // No chunk expires here: on a loaded machine a worker's first chunk, which it holds while it
      // opens its screening threads, outlasted a 4 s timeout and was handed out again.
      SIFT_QUEUE_CHUNK_TIMEOUT_MS: '300000',
    };
    // The first open imports the bundled UN list and writes its engine snapshot for the workers.
    const app = await openTestApp();
    await app.screening.index();
    await app.close();
    // The killed-worker test needs chunks that expire soon, and the queue takes its timeout when
    // it is created: it gets a copy of the store (PostgreSQL copies the files; no second import)
    // in which a killed worker's chunk goes back to the queue after 4 s (pg-boss looks every 2 s).
    const url = new URL(env.SIFT_DATABASE_URL!);
    const source = url.pathname.slice(1);
    url.pathname = `/${source}_short`;
    await copyDatabase(new URL('/postgres', url).href, source, `${source}_short`);
    shortEnv = { ...env, SIFT_DATABASE_URL: url.href, SIFT_QUEUE_CHUNK_TIMEOUT_MS: '4000' };
    db = new pg.Client({ connectionString: env.SIFT_DATABASE_URL });
    await db.connect();
    shortDb = new pg.Client({ connectionString: shortEnv.SIFT_DATABASE_URL });
    await shortDb.connect();
  });
  after(async () => {
    await stopWorkers();
    await db.end();
    await shortDb.end();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('screens a batch through two worker processes: every row has exactly one result, in order', async () => {
    await Promise.all([startWorker(), startWorker()]);
    const input = join(dir, 'two-workers.csv');
    const out = join(dir, 'two-workers-out.csv');
    writeFileSync(input, customersCsv(150));
    const run = await runSift(['batch', input, '--out', out], env);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(resultLines(readFileSync(out, 'utf8')), range(2, 150));
    assert.match(run.stderr, /Done: 150 rows/);
    // Both workers took chunks (8 chunks of 20 rows).
    const { rows } = await settled(
      () =>
        db.query<{ n: string }>(
          "SELECT count(*) AS n FROM pgboss.job WHERE name = 'sift-batch' AND state = 'completed'",
        ),
      (result) => Number(result.rows[0]?.n) >= 8,
    );
    assert.equal(Number(rows[0]?.n), 8);
    const verify = await runSift(['audit', 'verify'], env);
    assert.equal(verify.code, 0, verify.stderr);
    await stopWorkers();
  });

  it('retries the chunk of a worker killed with SIGKILL mid-chunk: every row has exactly one result', async () => {
    const app = await openTestApp(shortEnv);
    try {
      const jobs = app.queue!.createJobs();
      const upload = await jobs.makeUploadDir();
      writeFileSync(join(upload, 'input.csv'), customersCsv(100));
      const job = await jobs.start({
        dir: upload,
        inputPath: join(upload, 'input.csv'),
        inputFormat: 'csv',
        outputFormat: 'csv',
        rowsTotal: 100,
        caller: { id: 'test', admin: false },
      });
      const victim = await startWorker(shortEnv);
      // The worker holds its first chunk while it opens its screening threads: kill it then.
      let active: string[] = [];
      for (let i = 0; i < 600 && active.length === 0; i += 1) {
        const { rows } = await shortDb.query<{ id: string }>(
          "SELECT id FROM pgboss.job WHERE name = 'sift-batch' AND state = 'active' AND data->>'job' = $1",
          [job.id],
        );
        active = rows.map((r) => r.id);
        if (active.length === 0) await sleep(50);
      }
      assert.ok(active.length > 0, 'the worker took a chunk');
      victim.child.kill('SIGKILL');
      await victim.done;
      const held = await shortDb.query<{ n: string }>(
        "SELECT count(*) AS n FROM queue_chunks c JOIN pgboss.job j ON (j.data->>'job')::uuid = c.job_id AND (j.data->>'chunk')::int = c.chunk WHERE j.id = ANY($1::uuid[])",
        [active],
      );
      assert.equal(Number(held.rows[0]?.n), 0, 'the killed chunk was not completed');

      await startWorker(shortEnv);
      let status = await jobs.status(job.id, { id: 'test', admin: false });
      for (let i = 0; i < 1200 && status.state === 'running'; i += 1) {
        await sleep(100);
        status = await jobs.status(job.id, { id: 'test', admin: false });
      }
      assert.equal(status.state, 'done', JSON.stringify(status));
      assert.equal(status.rowsDone, 100);
      const retried = await settled(
        () =>
          shortDb.query<{ retry_count: number; state: string }>(
            'SELECT retry_count, state FROM pgboss.job WHERE id = ANY($1::uuid[])',
            [active],
          ),
        (result) => result.rows.every((r) => r.state === 'completed'),
      );
      assert.ok(
        retried.rows.every((r) => r.retry_count >= 1 && r.state === 'completed'),
        `the killed chunk was retried and completed: ${JSON.stringify(retried.rows)}`,
      );
      const { body } = await jobs.results(job.id, { id: 'test', admin: false });
      let text = '';
      for await (const chunk of body) text += String(chunk);
      assert.deepEqual(resultLines(text), range(2, 100));
      const stored = await shortDb.query<{ n: string; distinct: string }>(
        'SELECT count(*) AS n, count(DISTINCT seq) AS distinct FROM queue_results WHERE job_id = $1',
        [job.id],
      );
      assert.deepEqual([Number(stored.rows[0]?.n), Number(stored.rows[0]?.distinct)], [100, 100]);
    } finally {
      await stopWorkers();
      await app.close();
    }
  });

  it('keeps a job through a restart of the API server, and any server answers for it', async () => {
    let app = await openTestApp();
    let api = await buildServer(app);
    await app.screening.index();
    const posted = await api.inject({
      method: 'POST',
      url: '/batch',
      headers: { 'content-type': 'text/csv' },
      payload: customersCsv(45),
    });
    assert.equal(posted.statusCode, 202, posted.body);
    const job = posted.json() as { id: string; rowsTotal: number };
    assert.equal(job.rowsTotal, 45);
    await api.close();
    await app.close();

    // A new server process knows the job: nothing of it was in the old one's memory.
    app = await openTestApp();
    api = await buildServer(app);
    await app.screening.index();
    try {
      const queued = (await api.inject(`/batch/${job.id}`)).json() as { state: string };
      assert.equal(queued.state, 'running');
      await startWorker();
      let status = { state: 'running', rowsDone: 0 };
      for (let i = 0; i < 1200 && status.state === 'running'; i += 1) {
        await sleep(100);
        status = (await api.inject(`/batch/${job.id}`)).json() as typeof status;
      }
      assert.equal(status.state, 'done');
      assert.equal(status.rowsDone, 45);
      const results = await api.inject(`/batch/${job.id}/results`);
      assert.equal(results.statusCode, 200);
      assert.deepEqual(resultLines(results.body), range(2, 45));
    } finally {
      await stopWorkers();
      await api.close();
      await app.close();
    }
  });

  it('runs sift subjects rescreen --all through the workers', async () => {
    const subjects = join(dir, 'subjects.csv');
    writeFileSync(subjects, customersCsv(30));
    const imported = await runSift(['subjects', 'import', subjects], env);
    assert.equal(imported.code, 0, imported.stderr);
    await startWorker();
    const run = await runSift(['subjects', 'rescreen', '--all', '--json'], env);
    assert.equal(run.code, 0, run.stderr);
    const summary = JSON.parse(run.stdout) as { screened: number; errors: unknown[] };
    assert.equal(summary.screened, 30);
    assert.deepEqual(summary.errors, []);
    await stopWorkers();
  });

  it('fails a job whose chunk keeps failing, with the reason, instead of leaving it running', async () => {
    await startWorker();
    const queue = await PostgresJobQueue.open(env.SIFT_DATABASE_URL!, { chunkTimeoutSeconds: 4 });
    try {
      // Pinned to a UN version that is not in the store: every attempt fails to load the engine.
      const { job, loaded } = await queue.submit({
        kind: 'batch',
        owner: 'test',
        params: { versions: [{ list: 'un', version: 99 }], caller: 'test', outputFormat: 'csv' },
        chunks: [{ size: 1, items: [{ line: 2, query: { name: 'Jane Doe' } }] }],
      });
      await loaded;
      let state = await queue.get(job.id);
      for (let i = 0; i < 600 && state?.state === 'running'; i += 1) {
        await sleep(100);
        state = await queue.get(job.id);
      }
      assert.equal(state?.state, 'failed');
      assert.match(state?.error ?? '', /chunk 0 .*un 99/);
    } finally {
      await queue.close();
      await stopWorkers();
    }
  });

  it('refuses sift worker without PostgreSQL, saying why', async () => {
    const run = await runSift(['worker'], {
      XDG_DATA_HOME: join(dir, 'sqlite'),
      SIFT_DB: join(dir, 'sqlite', 'sift.db'),
    });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /SIFT_DATABASE_URL/);
  });
});

/**
 * Creates database `copy` as a copy of `source` on the server that `adminUrl` reaches. The copy
 * needs `source` to have no session, and the app just closed may take a moment to let go.
 */
async function copyDatabase(adminUrl: string, source: string, copy: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await admin.query(`CREATE DATABASE ${copy} TEMPLATE ${source}`);
        return;
      } catch (error) {
        if (attempt >= 50 || !/being accessed by other users/.test(String(error))) throw error;
        await sleep(100);
      }
    }
  } finally {
    await admin.end();
  }
}
