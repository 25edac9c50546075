import type { Worker } from 'node:worker_threads';
import type { BatchRow, BatchRowResult } from '../../core/index.ts';
import type { AuditEntry } from '../../store/index.ts';
import type { BatchEngineSource } from './batch-engine-types.ts';
import type { BatchWorkerChunk, BatchWorkerReply } from './batch-worker.ts';
import { startBatchWorker } from './start-batch-worker.ts';

/** Screens chunks of rows on worker threads that share one engine, a chunk per free thread. */
export interface BatchThreadPool {
  /**
   * Screens the rows on the next free thread; results in row order, audits of screened rows
   * (under `caller` when given, else the caller the engine was opened for).
   */
  screen(
    rows: readonly BatchRow[],
    caller?: string,
  ): Promise<{ results: BatchRowResult[]; audits: AuditEntry[] }>;
  close(): Promise<void>;
}

/**
 * Starts `threads` batch worker threads on one engine (the same worker as `sift batch`), for a
 * queue worker that screens whole chunks it has taken rather than streaming one file.
 */
export async function openBatchThreadPool(
  engine: BatchEngineSource,
  threads: number,
): Promise<BatchThreadPool> {
  const workers = await Promise.all(
    Array.from({ length: Math.max(1, threads) }, () => startBatchWorker({ engine })),
  );
  const idle = [...workers];
  const waiting: ((worker: Worker) => void)[] = [];
  let seq = 0;
  const take = (): Promise<Worker> => {
    const free = idle.pop();
    return free === undefined
      ? new Promise((resolve) => waiting.push(resolve))
      : Promise.resolve(free);
  };
  const give = (worker: Worker): void => {
    const next = waiting.shift();
    if (next === undefined) idle.push(worker);
    else next(worker);
  };
  return {
    screen: async (rows, caller) => {
      const worker = await take();
      const mine = seq++;
      try {
        const reply = new Promise<{ results: BatchRowResult[]; audits: AuditEntry[] }>(
          (resolve, reject) => {
            const onMessage = (message: BatchWorkerReply): void => {
              if (message.type !== 'done' || message.seq !== mine) return;
              worker.off('message', onMessage);
              worker.off('error', reject);
              resolve({ results: message.results, audits: message.audits });
            };
            worker.on('message', onMessage);
            worker.once('error', reject);
          },
        );
        worker.postMessage({
          type: 'chunk',
          seq: mine,
          rows: [...rows],
          ...(caller === undefined ? {} : { caller }),
        } satisfies BatchWorkerChunk);
        return await reply;
      } finally {
        give(worker);
      }
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
