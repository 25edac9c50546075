// The scale-out bench: `sift worker` processes on a loopback PostgreSQL take the chunks of one
// batch job. Figures: throughput with 1, 2 and 3 workers as a ratio of one worker's, the CPU the
// workers spent per 1,000 rows, a run of three workers with one killed by SIGKILL halfway (every
// row must have exactly one result), and the projection for 100 million subjects on a cluster.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { openApp, type App, type BatchJobs } from '../../src/app/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { POSTGRES_MISSING, startPostgresServer } from '../../test/support/postgres-server.ts';
import { loadBatchNames } from './batch.ts';
import { currentLoad, formatCount, type BenchFigure } from './bench-figure.ts';
import { SHARED_DATA_DIR } from './ingest.ts';

const BIN = fileURLToPath(new URL('../../bin/sift.js', import.meta.url));
const CHUNK_ROWS = 100;
/** A killed worker's chunk is retried this long after it was taken. */
const CHUNK_TIMEOUT_MS = 10_000;
/** The full re-screen rate on all four lists, from the monitoring bench (docs/monitoring.md). */
const FULL_RESCREEN_PER_CPU_S = 819;
const CALLER = { id: 'bench', admin: false };

/** Options of the queue bench. */
export interface QueueBenchOptions {
  /** Rows of each timed job; 3,000 by default. */
  rows?: number;
}

interface Worker {
  child: ChildProcess;
  stderr: string;
}

/** Runs the bench and returns its figures. */
export async function runQueueBench(options: QueueBenchOptions = {}): Promise<BenchFigure[]> {
  if (POSTGRES_MISSING !== false) return [notRun(POSTGRES_MISSING)];
  const rows = options.rows ?? 3000;
  const pg = await startPostgresServer();
  const dir = await mkdtemp(join(tmpdir(), 'sift-bench-queue-'));
  const workers: Worker[] = [];
  let app: App | undefined;
  try {
    const env: Record<string, string> = {
      SIFT_DATABASE_URL: await pg.createDatabase(),
      XDG_DATA_HOME: join(dir, 'data'),
      SIFT_SNAPSHOT_DIR: join(dir, 'snapshots'),
      SIFT_LOG_LEVEL: 'silent',
      SIFT_FOLLOW_STORE_MS: '0',
      SIFT_QUEUE_CHUNK_ROWS: String(CHUNK_ROWS),
      SIFT_QUEUE_CHUNK_TIMEOUT_MS: String(CHUNK_TIMEOUT_MS),
    };
    // The bundled UN list (1,003 entities): the queue's overhead shows more against a small list.
    app = await openApp(loadConfig({}, env));
    await app.screening.index();
    const jobs = app.queue!.createJobs();
    const csv = inputCsv(rows);

    const start = async (count: number): Promise<void> => {
      const started = await Promise.all(Array.from({ length: count }, () => startWorker(env)));
      workers.push(...started);
    };
    const stopAll = async (): Promise<void> => {
      await Promise.all(workers.splice(0).map((w) => stopWorker(w, 'SIGTERM')));
    };

    const rates: { workers: number; rowsPerS: number; cpuMsPer1k: number }[] = [];
    for (const count of [1, 2, 3]) {
      await start(count);
      // A first job loads every worker's engine, so the timed one measures screening only.
      await runJob(jobs, inputCsv(CHUNK_ROWS * count * 2), () => undefined);
      const cpuBefore = sumCpuMs(workers);
      const began = performance.now();
      await runJob(jobs, csv, () => undefined);
      const wallMs = performance.now() - began;
      const cpuMs = sumCpuMs(workers) - cpuBefore;
      rates.push({
        workers: count,
        rowsPerS: rows / (wallMs / 1000),
        cpuMsPer1k: (cpuMs / rows) * 1000,
      });
      await stopAll();
    }

    // Three workers, one killed with SIGKILL once half the rows are done.
    await start(3);
    let killed = false;
    const killRun = await runJob(jobs, csv, (done) => {
      if (!killed && done >= rows / 2) {
        killed = true;
        const victim = workers.shift()!;
        void stopWorker(victim, 'SIGKILL');
      }
    });
    await stopAll();
    const lines = killRun.lines;
    const exact =
      lines.length === rows && lines.every((line, i) => line === i + 2) && killRun.stored === rows;

    const one = rates[0]!;
    const figures: BenchFigure[] = rates.map((r) => ({
      section: 'queue',
      name: `${r.workers} worker${r.workers === 1 ? '' : 's'}: ${formatCount(rows)} rows`,
      // CPU per row beside the throughput: on 2 shared cores throughput cannot grow with workers,
      // but CPU per row staying flat is what says the queue itself adds little per worker.
      value: `${formatCount(r.rowsPerS)} rows/s, ${(r.rowsPerS / one.rowsPerS).toFixed(2)}× of 1 worker; ${(r.cpuMsPer1k / 1000).toFixed(2)} CPU-ms per row, ${(r.cpuMsPer1k / one.cpuMsPer1k).toFixed(2)}× of 1 worker's`,
      target: '—',
      load: currentLoad(),
      note: `${(r.cpuMsPer1k / 1000).toFixed(2)} worker CPU-s per 1,000 rows; UN list only, chunks of ${CHUNK_ROWS}; 2 cores shared by every process here (workers, PostgreSQL, this bench), so more than 2 workers cannot scale here`,
    }));
    figures.push({
      section: 'queue',
      name: '3 workers, one SIGKILLed halfway',
      value: `${formatCount(killRun.stored)} results for ${formatCount(rows)} rows; ${exact ? 'each row exactly once, in order' : 'NOT exact'}`,
      target: 'every row exactly one result',
      met: exact,
      load: currentLoad(),
      note: `killed at ≥ ${formatCount(rows / 2)} rows done; its chunk went back to the queue after the ${CHUNK_TIMEOUT_MS / 1000} s chunk timeout; ${(killRun.wallMs / 1000).toFixed(1)} s in all`,
    });
    const perCoreMeasured = 1000 / (one.cpuMsPer1k / 1000);
    figures.push({
      section: 'queue',
      name: 'projection: 100M subjects, 200 worker cores',
      value: `${hours(100e6 / FULL_RESCREEN_PER_CPU_S / 200)} (4 lists); ${hours(100e6 / perCoreMeasured / 200)} (UN only, as measured)`,
      target: '—',
      load: currentLoad(),
      note: `100M ÷ (200 cores × ${FULL_RESCREEN_PER_CPU_S} subjects per CPU-s, the 4-list full re-screen rate) = ${formatCount(100e6 / FULL_RESCREEN_PER_CPU_S / 3600)} CPU-hours; assumes linear scaling across machines (each worker its own core) and a PostgreSQL that takes 100,000 chunks of 1,000 (pg-boss: one row each) and the alert writes; not measured here`,
    });
    printProjection(rows, rates, perCoreMeasured);
    return figures;
  } finally {
    await Promise.all(workers.splice(0).map((w) => stopWorker(w, 'SIGKILL')));
    await app?.close();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

function printProjection(
  rows: number,
  rates: readonly { workers: number; rowsPerS: number; cpuMsPer1k: number }[],
  perCore: number,
): void {
  console.log(
    `queue: ${formatCount(rows)} rows per job; rows/s with 1, 2, 3 workers: ${rates.map((r) => formatCount(r.rowsPerS)).join(', ')} ` +
      `(ratio ${rates.map((r) => (r.rowsPerS / rates[0]!.rowsPerS).toFixed(2)).join(' : ')}); one worker core screens ≈ ${formatCount(perCore)} rows per CPU-s (UN only).`,
  );
  console.log(
    `projection, 100M subjects on 200 worker cores (e.g. 25 machines × 8): ≈ ${hours(100e6 / FULL_RESCREEN_PER_CPU_S / 200)} at the 4-list rate of ${FULL_RESCREEN_PER_CPU_S}/CPU-s.`,
  );
}

function hours(seconds: number): string {
  return seconds >= 3600 ? `${(seconds / 3600).toFixed(1)} h` : `${Math.round(seconds / 60)} min`;
}

async function runJob(
  jobs: BatchJobs,
  csv: string,
  onProgress: (rowsDone: number) => void,
): Promise<{ lines: number[]; stored: number; wallMs: number }> {
  const began = performance.now();
  const upload = await jobs.makeUploadDir();
  const input = join(upload, 'input.csv');
  writeFileSync(input, csv);
  const rowsTotal = csv.trim().split('\n').length - 1;
  const job = await jobs.start({
    dir: upload,
    inputPath: input,
    inputFormat: 'csv',
    outputFormat: 'csv',
    rowsTotal,
    caller: CALLER,
  });
  let status = await jobs.status(job.id, CALLER);
  while (status.state === 'running') {
    await sleep(200);
    status = await jobs.status(job.id, CALLER);
    onProgress(status.rowsDone);
  }
  if (status.state !== 'done')
    throw new Error(`the job ended ${status.state}: ${status.error ?? ''}`);
  const { body } = await jobs.results(job.id, CALLER);
  let text = '';
  for await (const chunk of body) text += String(chunk);
  const lines = text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => Number(line.split(',')[0]));
  return { lines, stored: status.rowsDone, wallMs: performance.now() - began };
}

function inputCsv(rows: number): string {
  const names = existsSync(SHARED_DATA_DIR)
    ? loadBatchNames().names.map((n) => n.name)
    : ['Sirajuddin Haqqani', 'Jane Doe', 'Maria Fernandez Lopez', 'Chen Wei Ming'];
  const lines = ['id,name'];
  for (let i = 0; i < rows; i += 1)
    lines.push(`b${i},"${names[i % names.length]!.replace(/"/g, '""')}"`);
  return `${lines.join('\n')}\n`;
}

async function startWorker(env: Record<string, string>): Promise<Worker> {
  const child = spawn(process.execPath, [BIN, 'worker'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const worker: Worker = { child, stderr: '' };
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    worker.stderr = (worker.stderr + text).slice(-5000);
  });
  const began = performance.now();
  while (!worker.stderr.includes('is taking chunks')) {
    if (child.exitCode !== null) throw new Error(`a worker ended: ${worker.stderr}`);
    if (performance.now() - began > 120_000) throw new Error('a worker did not start in 2 min');
    await sleep(100);
  }
  return worker;
}

async function stopWorker(worker: Worker, signal: NodeJS.Signals): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  const ended = new Promise((resolve) => worker.child.once('exit', resolve));
  worker.child.kill(signal);
  await ended;
}

/** User + system CPU of the workers (their threads included), from /proc. */
function sumCpuMs(workers: readonly Worker[]): number {
  let total = 0;
  for (const worker of workers) {
    try {
      const stat = readFileSync(`/proc/${worker.child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      // Ended: its CPU is no longer readable.
    }
  }
  return total;
}

function notRun(reason: string): BenchFigure {
  return {
    section: 'queue',
    name: 'not run',
    value: '—',
    target: '—',
    load: currentLoad(),
    note: reason,
  };
}
