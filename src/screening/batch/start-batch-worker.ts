import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../core/index.ts';
import type { BatchWorkerData, BatchWorkerReply } from './batch-worker.ts';

// Compiled workers load their module directly; the sources go through tsx's entry file.
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? './batch-worker-entry.mjs'
  : './batch-worker.js';

/** Starts one batch worker thread on the engine and waits until it says it is ready. */
export async function startBatchWorker(data: BatchWorkerData): Promise<Worker> {
  const worker = new Worker(new URL(WORKER_ENTRY, import.meta.url), { workerData: data });
  const [reply] = (await Promise.race([
    once(worker, 'message'),
    once(worker, 'error').then(([e]) => [{ type: 'failed', message: String(e) }]),
  ])) as [BatchWorkerReply];
  if (reply.type !== 'ready') {
    await worker.terminate();
    throw new AppError(
      'STORE_UNAVAILABLE',
      `A batch worker could not start: ${reply.type === 'failed' ? reply.message : reply.type}`,
    );
  }
  return worker;
}
