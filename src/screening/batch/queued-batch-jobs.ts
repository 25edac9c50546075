import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { AppError, type BatchRowResult, type BatchSummary } from '../../core/index.ts';
import type { JobQueue, QueuedJob } from '../../store/index.ts';
import { batchOutputHeader, formatBatchResult } from './batch-output.ts';
import { BATCH_JOB_KIND, batchChunks, type BatchJobParams } from './batch-chunks.ts';
import type { BatchJobStatus, BatchJobs } from './batch-jobs.ts';
import type { BatchOptions } from './run-batch.ts';

/** What batch jobs on the queue need: the queue, the versions to pin, and the limits. */
export interface QueuedBatchOptions {
  queue: JobQueue;
  /** The active list versions, pinned into each job so every row sees the same lists. */
  versions(): Promise<{ list: string; version: number }[]>;
  perCaller: number;
  chunkRows: number;
}

/**
 * Batch jobs on the PostgreSQL queue: a server stores the upload's rows as chunks and keeps
 * nothing in memory, so any server answers for any job and a restart loses none.
 */
export function createQueuedBatchJobs(options: QueuedBatchOptions): BatchJobs {
  const { queue } = options;
  const find = async (id: string, caller: { id: string; admin: boolean }): Promise<QueuedJob> => {
    const job = await queue.get(id);
    // Another caller's job answers as absent, so ids cannot be probed for.
    if (job?.kind !== BATCH_JOB_KIND || (job.owner !== caller.id && !caller.admin))
      throw new AppError('NOT_FOUND', `No batch job "${id}".`);
    return job;
  };
  return {
    makeUploadDir: () => mkdtemp(join(tmpdir(), 'sift-batch-')),
    start: async (start) => {
      const pending = (await queue.pending(start.caller.id)).filter(
        (j) => j.kind === BATCH_JOB_KIND,
      ).length;
      if (pending >= options.perCaller) {
        throw new AppError(
          'RATE_LIMITED',
          `You have ${pending} batch jobs waiting or running; the limit is ${options.perCaller}. Retry when one is done.`,
        );
      }
      const params: BatchJobParams = {
        versions: await options.versions(),
        caller: start.caller.id,
        outputFormat: start.outputFormat,
        rowsTotal: start.rowsTotal,
      };
      const { job, loaded } = await queue.submit({
        kind: BATCH_JOB_KIND,
        owner: start.caller.id,
        params,
        chunks: batchChunks(
          createReadStream(start.inputPath),
          start.inputFormat,
          start.defaults,
          options.chunkRows,
        ),
      });
      // The job is answered once its rows are in the database and its chunks queued, so an
      // accepted job survives the server that took it (the upload folder goes either way).
      try {
        return toBatchStatus(await loaded);
      } catch (error) {
        await queue.remove(job.id);
        throw error;
      } finally {
        await rm(start.dir, { recursive: true, force: true });
      }
    },
    status: async (id, caller) => toBatchStatus(await find(id, caller)),
    cancel: async (id, caller) => {
      await find(id, caller);
      return toBatchStatus((await queue.cancel(id))!);
    },
    results: async (id, caller) => {
      const job = await find(id, caller);
      if (job.state !== 'done' && job.state !== 'cancelled')
        throw new AppError(
          'NOT_READY',
          `Batch job ${id} is ${toBatchStatus(job).state}; its results are not ready.`,
        );
      const format = (job.params as BatchJobParams).outputFormat;
      return { body: Readable.from(formattedResults(queue, id, format)), format };
    },
    backlog: async () => {
      let jobs = 0;
      let rows = 0;
      for (const job of await queue.pending()) {
        if (job.kind !== BATCH_JOB_KIND) continue;
        jobs += 1;
        rows += Math.max(0, rowsTotalOf(job) - job.itemsDone);
      }
      return { jobs, rows };
    },
  };
}

/**
 * `sift batch` on the queue: submits the file, waits while `sift worker` processes screen its
 * chunks, then writes every result in input order and deletes the job.
 */
export async function runQueuedBatch(
  options: QueuedBatchOptions & { pollMs?: number; onWaiting?: () => void },
  input: AsyncIterable<Buffer | string>,
  output: Writable,
  batch: BatchOptions,
): Promise<BatchSummary> {
  const { queue } = options;
  const started = performance.now();
  const params: BatchJobParams = {
    versions: await options.versions(),
    caller: batch.caller,
    outputFormat: batch.outputFormat,
  };
  const submitted = await queue.submit({
    kind: BATCH_JOB_KIND,
    owner: batch.caller,
    params,
    chunks: batchChunks(input, batch.inputFormat, batch.defaults, options.chunkRows),
  });
  const id = submitted.job.id;
  try {
    let job = await submitted.loaded;
    let warned = false;
    while (job.state === 'running' || job.state === 'loading') {
      if (batch.signal?.aborted === true) {
        job = (await queue.cancel(id)) ?? job;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
      job = (await queue.get(id)) ?? job;
      if (job.started) batch.onStage?.('screening');
      batch.onProgress?.(job.itemsDone);
      if (!job.started && !warned && performance.now() - started > 5000) {
        warned = true;
        options.onWaiting?.();
      }
    }
    if (job.state === 'failed')
      throw new AppError('STORE_UNAVAILABLE', `The batch job failed: ${job.error ?? 'unknown'}`);
    const summary: BatchSummary = {
      rows: 0,
      alerts: 0,
      errors: 0,
      elapsedMs: 0,
      rowsPerSecond: 0,
      interrupted: job.state === 'cancelled',
    };
    const header = batchOutputHeader(batch.outputFormat);
    if (header !== '' && !output.write(header)) await once(output, 'drain');
    for await (const raw of queue.results(id)) {
      const result = raw as BatchRowResult;
      summary.rows += 1;
      if (result.status === 'alert') summary.alerts += 1;
      if (result.status === 'error') {
        summary.errors += 1;
        batch.onRowError?.(result);
      }
      if (!output.write(formatBatchResult(result, batch.outputFormat))) await once(output, 'drain');
    }
    summary.elapsedMs = Math.round(performance.now() - started);
    summary.rowsPerSecond =
      summary.elapsedMs > 0 ? Math.round((summary.rows / summary.elapsedMs) * 1000) : summary.rows;
    return summary;
  } finally {
    await queue.remove(id);
  }
}

async function* formattedResults(
  queue: JobQueue,
  id: string,
  format: BatchJobParams['outputFormat'],
): AsyncGenerator<string> {
  const header = batchOutputHeader(format);
  if (header !== '') yield header;
  for await (const result of queue.results(id))
    yield formatBatchResult(result as BatchRowResult, format);
}

function rowsTotalOf(job: QueuedJob): number {
  const params = job.params as BatchJobParams;
  return job.state === 'loading' ? (params.rowsTotal ?? job.itemsTotal) : job.itemsTotal;
}

/** A queued job as the batch API reports it. */
export function toBatchStatus(job: QueuedJob): BatchJobStatus {
  const params = job.params as BatchJobParams;
  const finished = job.state === 'done' || job.state === 'failed' || job.state === 'cancelled';
  const status: BatchJobStatus = {
    id: job.id,
    state: job.state === 'loading' ? 'running' : job.state,
    stage: finished ? 'finished' : job.started ? 'screening' : 'queued',
    rowsDone: job.itemsDone,
    rowsTotal: rowsTotalOf(job),
    outputFormat: params.outputFormat,
    createdAt: job.createdAt,
  };
  if (job.state === 'done' || job.state === 'cancelled') {
    const elapsedMs =
      job.finishedAt === undefined ? 0 : Date.parse(job.finishedAt) - Date.parse(job.createdAt);
    status.summary = {
      rows: job.itemsDone,
      alerts: job.totals.alerts ?? 0,
      errors: job.totals.errors ?? 0,
      elapsedMs,
      rowsPerSecond: elapsedMs > 0 ? Math.round((job.itemsDone / elapsedMs) * 1000) : 0,
      interrupted: job.state === 'cancelled',
    };
  }
  if (job.error !== undefined) status.error = job.error;
  return status;
}
