import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../core/index.ts';
import type { BatchWorkerData } from './batch-worker.ts';

// Compiled workers load their module directly; the sources go through tsx's entry file.
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? './batch-worker-entry.mjs'
  : './batch-worker.js';

/** Starts one batch worker thread on the engine and waits until it says it is ready. */
export function startBatchWorker(data: BatchWorkerData): Promise<Worker> {
  return startEngineWorker(new URL(WORKER_ENTRY, import.meta.url), data, 'batch');
}

/**
 * The young generation of each engine thread, in MB: V8 gives a worker 48 (two 16 MB semi-spaces
 * in use); 24 halves them. Screening's garbage dies within a row, so scavenges stay as cheap and
 * the CPU of a 20,000-row batch did not change, while its peak RSS fell by ~32 MB per two threads.
 * Unlike an old-generation limit, this cannot end a thread: a full young generation is collected.
 */
const YOUNG_GENERATION_MB = 24;

/**
 * Starts a worker thread from `entry` and waits for its first message: `ready`, or `failed` with
 * the reason (an engine that cannot load), which becomes a STORE_UNAVAILABLE error naming `what`.
 */
export async function startEngineWorker(entry: URL, data: unknown, what: string): Promise<Worker> {
  const worker = new Worker(entry, {
    workerData: data,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const [reply] = (await Promise.race([
    once(worker, 'message'),
    once(worker, 'error').then(([e]) => [{ type: 'failed', message: String(e) }]),
  ])) as [{ type: string; message?: string }];
  if (reply.type !== 'ready') {
    await worker.terminate();
    throw new AppError(
      'STORE_UNAVAILABLE',
      `A ${what} worker could not start: ${reply.type === 'failed' ? (reply.message ?? '') : reply.type}`,
    );
  }
  return worker;
}
