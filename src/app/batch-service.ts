import type { Writable } from 'node:stream';
import type { Config } from '../config/index.ts';
import { AppError, type BatchSummary } from '../core/index.ts';
import {
  createBatchJobs,
  runBatch,
  type BatchJobs,
  type BatchOptions,
} from '../screening/batch/index.ts';
import type { Store } from '../store/index.ts';
import { engineSourceFor } from './engine-source.ts';
import type { SnapshotOptions } from './engine-snapshot.ts';
import type { QueueService } from './queue-service.ts';

/** Batch screening over the store's active versions, with every screened row audited. */
export interface BatchService {
  /** Screens a whole file in worker threads, streaming the results in input order. */
  run(
    input: AsyncIterable<Buffer | string>,
    output: Writable,
    options: BatchOptions,
  ): Promise<BatchSummary>;
  /** A registry of background jobs (one per server), running them one at a time. */
  createJobs(): BatchJobs;
}

/**
 * Creates the batch service: runs pinned to the active versions, workers fed from snapshots. With
 * a queue (PostgreSQL), runs and jobs go through it to `sift worker` processes instead.
 */
export function createBatchService(
  config: Readonly<Config>,
  store: Store,
  snapshots: SnapshotOptions,
  queue?: QueueService,
): BatchService {
  if (queue !== undefined)
    return {
      run: (input, output, options) => queue.runBatch(input, output, options),
      createJobs: () => queue.createJobs(),
    };
  const run: BatchService['run'] = async (input, output, options) => {
    const active = await store.activeVersions();
    if (active.length === 0)
      throw new AppError('LIST_UNKNOWN', 'No list is loaded; import one with `sift lists import`.');
    return runBatch(
      {
        // The workers share one snapshot, read and checked into shared memory, instead of each
        // building the index (about 10 s and 500 MB apiece on all four lists) or reading its own
        // copy; the first run after an import builds it once.
        engine: () => engineSourceFor(config, store, snapshots, active, options.caller),
        appendAudit: (entries) => store.audit.append(entries),
      },
      input,
      output,
      options,
    );
  };
  return {
    run,
    createJobs: () => createBatchJobs({ run, perCaller: config.server.batchJobsPerCaller }),
  };
}
