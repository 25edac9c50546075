import type { Worker } from 'node:worker_threads';
import { AppError, type ListVersion } from '../../core/index.ts';
import type { BatchEngineSource } from '../batch/batch-engine-types.ts';
import { startEngineWorker } from '../batch/start-batch-worker.ts';
import type { SubjectScreening } from './screen-subjects.ts';
import type { SubjectTask } from './screen-tasks.ts';
import type {
  SubjectWorkerData,
  SubjectWorkerReply,
  SubjectWorkerRequest,
} from './subject-worker.ts';

// Compiled workers load their module directly; the sources go through tsx's entry file.
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? './subject-worker-entry.mjs'
  : './subject-worker.js';

/**
 * Subjects per message to a worker: small enough that the threads share a chunk evenly, large
 * enough that messaging stays a small part of the work (a full screening takes about 1 ms).
 */
const PIECE_SUBJECTS = 125;

/** Worker threads that screen watched subjects on one engine, a piece of each chunk per thread. */
export interface SubjectThreadPool {
  /** Worker threads in the pool. */
  threads: number;
  /** Screens the tasks on the free threads; screenings in task order. */
  screen(tasks: readonly SubjectTask[]): Promise<SubjectScreening[]>;
  close(): Promise<void>;
}

/**
 * Opens a subject pool on the engine of `lists` (the versions of the run's own index): the wiring
 * supplies it, since only the wiring knows where a worker thread gets that engine.
 */
export type OpenSubjectPool = (lists: readonly ListVersion[]) => Promise<SubjectThreadPool>;

/** Starts `threads` subject worker threads on the engine and waits until each is ready. */
export async function openSubjectThreadPool(
  engine: BatchEngineSource,
  threads: number,
): Promise<SubjectThreadPool> {
  const entry = new URL(WORKER_ENTRY, import.meta.url);
  const data: SubjectWorkerData = { engine };
  const started = await Promise.allSettled(
    Array.from({ length: Math.max(1, threads) }, () => startEngineWorker(entry, data, 'subject')),
  );
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const refused = started.find((s) => s.status === 'rejected');
  if (refused !== undefined) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw refused.reason;
  }
  const idle = [...workers];
  const waiting: { resolve: (worker: Worker) => void; reject: (error: Error) => void }[] = [];
  let failure: Error | undefined;
  let seq = 0;
  const take = (): Promise<Worker> => {
    if (failure !== undefined) return Promise.reject(failure);
    const free = idle.pop();
    return free === undefined
      ? new Promise((resolve, reject) => waiting.push({ resolve, reject }))
      : Promise.resolve(free);
  };
  const give = (worker: Worker): void => {
    const next = waiting.shift();
    if (next === undefined) idle.push(worker);
    else next.resolve(worker);
  };
  for (const worker of workers) {
    // A thread that dies (out of memory, a bug) fails the run instead of leaving pieces waiting.
    worker.once('error', (error) => {
      failure ??= new AppError('STORE_UNAVAILABLE', `A subject worker failed: ${error.message}`, {
        cause: error,
      });
      for (const waiter of waiting.splice(0)) waiter.reject(failure);
    });
  }
  const screenPiece = async (tasks: SubjectTask[]): Promise<SubjectScreening[]> => {
    const worker = await take();
    const mine = seq++;
    try {
      return await new Promise<SubjectScreening[]>((resolve, reject) => {
        const onMessage = (message: SubjectWorkerReply): void => {
          if (message.type !== 'done' || message.seq !== mine) return;
          worker.off('message', onMessage);
          worker.off('error', reject);
          resolve(message.screenings);
        };
        worker.on('message', onMessage);
        worker.once('error', reject);
        worker.postMessage({ type: 'screen', seq: mine, tasks } satisfies SubjectWorkerRequest);
      });
    } finally {
      if (failure === undefined) give(worker);
    }
  };
  return {
    threads: workers.length,
    screen: async (tasks) => {
      const pieces: Promise<SubjectScreening[]>[] = [];
      for (let at = 0; at < tasks.length; at += PIECE_SUBJECTS)
        pieces.push(screenPiece(tasks.slice(at, at + PIECE_SUBJECTS)));
      return (await Promise.all(pieces)).flat();
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Screens chunks of tasks on the pool and hands each chunk's screenings to `record` in the chunks'
 * order, so the store sees the same writes, in the same order, as a run on one thread. The next
 * chunk is screened while one is recorded, so the threads do not wait for the store.
 */
export async function screenInOrder(
  pool: SubjectThreadPool,
  chunks: AsyncIterable<SubjectTask[]>,
  record: (tasks: SubjectTask[], screenings: SubjectScreening[]) => Promise<void>,
): Promise<void> {
  const ahead: { tasks: SubjectTask[]; screenings: Promise<SubjectScreening[]> }[] = [];
  const recordNext = async (): Promise<void> => {
    const next = ahead.shift()!;
    await record(next.tasks, await next.screenings);
  };
  try {
    for await (const tasks of chunks) {
      const screenings = pool.screen(tasks);
      // Awaited in turn below; until then a failure must not surface as an unhandled rejection.
      screenings.catch(() => undefined);
      ahead.push({ tasks, screenings });
      if (ahead.length >= 2) await recordNext();
    }
    while (ahead.length > 0) await recordNext();
  } finally {
    // A failed run leaves no screening running on the threads the caller is about to close.
    await Promise.allSettled(ahead.map((a) => a.screenings));
  }
}
