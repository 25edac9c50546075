import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { AppError, type BatchSummary } from '../../core/index.ts';
import type { BatchFormat, BatchQueryDefaults } from './batch-input.ts';
import type { BatchOptions } from './run-batch.ts';

/** Who asks about a job: only its owner, or an admin, may see it. */
export interface BatchCaller {
  id: string;
  admin: boolean;
}

/** What the job registry needs: how to run one batch, and how many jobs one caller may have. */
export interface BatchJobsOptions {
  run: (input: Readable, output: Writable, options: BatchOptions) => Promise<BatchSummary>;
  /** Jobs one caller may have waiting or running. */
  perCaller: number;
}

/** A batch job's state as the API reports it. */
export interface BatchJobStatus {
  id: string;
  /** `cancelled` jobs stopped early at the caller's request; their rows done so far are kept. */
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /**
   * What a running job is doing: waiting behind another job, loading the lists into the
   * screening workers (several seconds on all four lists), or screening rows.
   */
  stage: 'queued' | 'loading-lists' | 'screening' | 'finished';
  rowsDone: number;
  /** Rows in the uploaded file (lines, less a CSV header): the denominator of progress. */
  rowsTotal: number;
  outputFormat: BatchFormat;
  summary?: BatchSummary;
  error?: string;
  createdAt: string;
}

interface BatchJob extends BatchJobStatus {
  dir: string;
  controller: AbortController;
  outputPath: string;
  /** The caller that uploaded it: only they (or an admin) may see it. */
  owner: string;
}

/** Runs uploaded batch files in the background and keeps their results until the process ends. */
export interface BatchJobs {
  /** Starts a job on an uploaded file already on disk; the job owns `dir` and deletes it later. */
  start(options: {
    dir: string;
    inputPath: string;
    inputFormat: BatchFormat;
    outputFormat: BatchFormat;
    rowsTotal: number;
    caller: BatchCaller;
    defaults?: BatchQueryDefaults;
  }): Promise<BatchJobStatus>;
  /** A job's progress; another caller's job is NOT_FOUND unless the caller is an admin. */
  status(id: string, caller: BatchCaller): Promise<BatchJobStatus>;
  /** Stops a running job after the rows already read; its results so far stay downloadable. */
  cancel(id: string, caller: BatchCaller): Promise<BatchJobStatus>;
  /** The results of a finished job, under the same rule, as a stream of output lines. */
  results(id: string, caller: BatchCaller): Promise<{ body: Readable; format: BatchFormat }>;
  /** A fresh folder for an upload. */
  makeUploadDir(): Promise<string>;
  /** Jobs waiting or running, and the rows they have still to screen. */
  backlog(): Promise<{ jobs: number; rows: number }>;
}

/**
 * Creates the job registry of a server. Jobs run one at a time, each on all cores; a caller may
 * have at most `perCaller` waiting or running, so one key cannot fill the queue for everyone.
 */
export function createBatchJobs({ run, perCaller }: BatchJobsOptions): BatchJobs {
  const jobs = new Map<string, BatchJob>();
  let queue: Promise<void> = Promise.resolve();

  const find = (id: string, caller: BatchCaller): BatchJob => {
    const job = jobs.get(id);
    // Another caller's job answers as absent, so ids cannot be probed for.
    if (job === undefined || (job.owner !== caller.id && !caller.admin))
      throw new AppError('NOT_FOUND', `No batch job "${id}".`);
    return job;
  };
  const view = (job: BatchJob): BatchJobStatus => {
    const { dir: _dir, outputPath: _out, owner: _owner, controller: _controller, ...status } = job;
    return status;
  };

  const startNow = (options: Parameters<BatchJobs['start']>[0]): BatchJobStatus => {
    const pending = [...jobs.values()].filter(
      (j) => j.owner === options.caller.id && j.state === 'running',
    ).length;
    if (pending >= perCaller) {
      throw new AppError(
        'RATE_LIMITED',
        `You have ${pending} batch jobs waiting or running; the limit is ${perCaller}. Retry when one is done.`,
      );
    }
    const id = randomUUID();
    const job: BatchJob = {
      id,
      state: 'running',
      stage: 'queued',
      rowsDone: 0,
      rowsTotal: options.rowsTotal,
      outputFormat: options.outputFormat,
      createdAt: new Date().toISOString(),
      dir: options.dir,
      controller: new AbortController(),
      outputPath: join(options.dir, `results.${options.outputFormat}`),
      owner: options.caller.id,
    };
    jobs.set(id, job);
    queue = queue.then(async () => {
      const output = createWriteStream(job.outputPath);
      try {
        job.summary = await run(createReadStream(options.inputPath), output, {
          inputFormat: options.inputFormat,
          outputFormat: options.outputFormat,
          caller: options.caller.id,
          signal: job.controller.signal,
          onStage: (stage) => {
            job.stage = stage;
          },
          onProgress: (rows) => {
            job.rowsDone = rows;
          },
          // About fifty progress steps per file, so a small file does not sit at 0 % until
          // its single chunk is done; large files keep the efficient default chunk.
          chunkRows: Math.min(250, Math.ceil(options.rowsTotal / 50)),
          ...(options.defaults === undefined ? {} : { defaults: options.defaults }),
        });
        output.end();
        await once(output, 'finish');
        job.state = job.summary.interrupted ? 'cancelled' : 'done';
        job.stage = 'finished';
      } catch (error) {
        output.destroy();
        job.state = 'failed';
        job.stage = 'finished';
        job.error = error instanceof Error ? error.message : String(error);
      }
      // Results stay for an hour, then their folder is removed.
      setTimeout(() => {
        jobs.delete(id);
        void rm(job.dir, { recursive: true, force: true });
      }, 3_600_000).unref();
    });
    return view(job);
  };

  return {
    makeUploadDir: () => mkdtemp(join(tmpdir(), 'sift-batch-')),
    start: (options) => Promise.resolve().then(() => startNow(options)),
    status: (id, caller) => Promise.resolve().then(() => view(find(id, caller))),
    cancel: (id, caller) =>
      Promise.resolve().then(() => {
        const job = find(id, caller);
        job.controller.abort();
        return view(job);
      }),
    backlog: () => {
      let count = 0;
      let rows = 0;
      for (const job of jobs.values()) {
        if (job.state !== 'running') continue;
        count += 1;
        rows += Math.max(0, job.rowsTotal - job.rowsDone);
      }
      return Promise.resolve({ jobs: count, rows });
    },
    results: (id, caller) =>
      Promise.resolve().then(() => {
        const job = find(id, caller);
        if (job.state !== 'done' && job.state !== 'cancelled')
          throw new AppError(
            'NOT_READY',
            `Batch job ${id} is ${job.state}; its results are not ready.`,
          );
        return { body: createReadStream(job.outputPath), format: job.outputFormat };
      }),
  };
}
