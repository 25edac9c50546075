import type { Writable } from 'node:stream';
import type { Config } from '../config/index.ts';
import { AppError, isAppError, type BatchSummary } from '../core/index.ts';
import {
  BATCH_JOB_KIND,
  batchChunkHandler,
  createQueuedBatchJobs,
  openBatchThreadPool,
  runQueuedBatch,
  type BatchJobParams,
  type BatchJobs,
  type BatchOptions,
  type BatchScreener,
  type BatchThreadPool,
} from '../screening/batch/index.ts';
import {
  RESCREEN_JOB_KIND,
  rescreenChunkHandler,
  rescreenChunks,
  rescreenSummaryOf,
  type RescreenSummary,
} from '../screening/monitoring/index.ts';
import type { JobQueue, QueuedJob, Store } from '../store/index.ts';
import type { SnapshotOptions } from './engine-snapshot.ts';
import { engineSourceFor } from './engine-source.ts';
import { lazyJobQueue } from './lazy-job-queue.ts';
import type { ScreeningService } from './screening-service.ts';

/**
 * Batch jobs and full re-screens through the job queue on PostgreSQL, and the worker that takes
 * their chunks (`sift worker`). Present only when the store is PostgreSQL.
 */
export interface QueueService {
  /** A server's batch jobs, kept in the database. */
  createJobs(): BatchJobs;
  /** Queues a batch file, waits for the workers, then writes its results in input order. */
  runBatch(
    input: AsyncIterable<Buffer | string>,
    output: Writable,
    options: BatchOptions,
  ): Promise<BatchSummary>;
  /** Queues a re-screen of every watched subject and waits for the workers to finish it. */
  rescreenAll(onProgress?: (screened: number, total: number) => void): Promise<RescreenSummary>;
  /** Takes batch chunks (`concurrency` at a time, on as many threads) and re-screen chunks. */
  work(options: { concurrency: number }): Promise<void>;
  /** Where the queue lives, without credentials, for messages. */
  target: string;
  close(): Promise<void>;
}

/** Creates the queue service for a PostgreSQL store, or undefined for SQLite. */
export function createQueueService(
  config: Readonly<Config>,
  store: Store,
  snapshots: SnapshotOptions,
  screening: ScreeningService,
): QueueService | undefined {
  const url = config.databaseUrl;
  if (url === undefined) return undefined;
  // Opened on first use: a `sift screen` on PostgreSQL never starts pg-boss.
  const queue = lazyJobQueue(async () => {
    const { PostgresJobQueue } = await import('../store/postgres/postgres-job-queue.ts');
    return PostgresJobQueue.open(url, {
      chunkTimeoutSeconds: Math.ceil(config.queue.chunkTimeoutMs / 1000),
      log: snapshots.log,
    });
  });
  const versions = async (): Promise<{ list: string; version: number }[]> => {
    const active = await store.activeVersions();
    if (active.length === 0)
      throw new AppError('LIST_UNKNOWN', 'No list is loaded; import one with `sift lists import`.');
    return active.map((v) => ({ list: v.list, version: v.version }));
  };
  const waiting = (): void => {
    snapshots.log(
      'sift: no `sift worker` has taken a chunk of this job yet; start one (or more) with `sift worker`.',
    );
  };
  const pools = new Map<string, Promise<BatchThreadPool>>();
  let target = url;
  try {
    const parsed = new URL(url);
    target = `postgres://${parsed.host}${parsed.pathname}`;
  } catch {
    target = 'PostgreSQL';
  }

  return {
    target,
    createJobs: () =>
      createQueuedBatchJobs({
        queue,
        versions,
        perCaller: config.server.batchJobsPerCaller,
        chunkRows: config.queue.chunkRows,
      }),
    runBatch: (input, output, options) =>
      runQueuedBatch(
        {
          queue,
          versions,
          perCaller: Infinity,
          chunkRows: config.queue.chunkRows,
          onWaiting: waiting,
        },
        input,
        output,
        options,
      ),
    rescreenAll: async (onProgress) => {
      const { job, loaded } = await queue.submit({
        kind: RESCREEN_JOB_KIND,
        owner: 'cli',
        params: {},
        chunks: rescreenChunks(store, 'cli'),
      });
      try {
        const done = await waitFor(queue, await loaded, onProgress, waiting);
        if (done.state !== 'done')
          throw new AppError(
            'STORE_UNAVAILABLE',
            `The re-screen ${done.state}: ${done.error ?? ''}`,
          );
        const errors: RescreenSummary['errors'] = [];
        for await (const error of queue.results(job.id))
          errors.push(error as RescreenSummary['errors'][number]);
        return rescreenSummaryOf(done.totals, errors);
      } finally {
        await queue.remove(job.id);
      }
    },
    work: async ({ concurrency }) => {
      // One pool per set of list versions, whoever the job's caller: the caller goes with each
      // chunk, so the pool opened below before any chunk is taken serves every job.
      const poolFor = (versions: BatchJobParams['versions']): Promise<BatchThreadPool> => {
        const key = JSON.stringify(versions);
        let pool = pools.get(key);
        if (pool === undefined) {
          pool = openPool(store, config, snapshots, versions, concurrency);
          pools.set(key, pool);
          // A pool that failed to start is forgotten, so the chunk's retry tries again.
          pool.catch(() => pools.delete(key));
        }
        return pool;
      };
      const screener = async (params: BatchJobParams): Promise<BatchScreener> => {
        const ready = await poolFor(params.versions);
        return (rows) => ready.screen(rows, params.caller);
      };
      // The threads and the engine of the active versions are loaded before the first chunk is
      // taken: a chunk's timeout (pg-boss's expiry) then measures its screening, not a start-up
      // that may outlast a short timeout on a loaded machine and have the chunk taken twice.
      try {
        await poolFor(await versions());
        await screening.refresh();
        await screening.index();
      } catch (error) {
        // No list yet, or the store is busy: the first chunk loads what it needs instead.
        if (!(isAppError(error) && error.code === 'LIST_UNKNOWN'))
          snapshots.log(
            `sift: worker start-up: the engine will load with the first chunk (${String(error)})`,
          );
      }
      await queue.work(
        BATCH_JOB_KIND,
        concurrency,
        batchChunkHandler({ screener, appendAudit: (entries) => store.audit.append(entries) }),
      );
      // Re-screen chunks read and write alerts on this thread, one at a time.
      await queue.work(
        RESCREEN_JOB_KIND,
        1,
        rescreenChunkHandler(store, async () => {
          await screening.refresh();
          return screening.index();
        }),
      );
    },
    close: async () => {
      await queue.close();
      for (const pool of pools.values()) await (await pool.catch(() => undefined))?.close();
    },
  };
}

async function openPool(
  store: Store,
  config: Readonly<Config>,
  snapshots: SnapshotOptions,
  versions: BatchJobParams['versions'],
  threads: number,
): Promise<BatchThreadPool> {
  // Rows are audited under each chunk's own caller (see screener); `worker` is never used.
  return openBatchThreadPool(
    await engineSourceFor(config, store, snapshots, versions, 'worker'),
    threads,
  );
}

async function waitFor(
  queue: JobQueue,
  start: QueuedJob,
  onProgress: ((done: number, total: number) => void) | undefined,
  onWaiting: () => void,
): Promise<QueuedJob> {
  const began = performance.now();
  let warned = false;
  let job = start;
  while (job.state === 'loading' || job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 250));
    job = (await queue.get(job.id)) ?? job;
    onProgress?.(job.itemsDone, job.itemsTotal);
    if (!job.started && !warned && performance.now() - began > 5000) {
      warned = true;
      onWaiting();
    }
  }
  return job;
}
