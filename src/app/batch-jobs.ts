import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, type BatchSummary } from '../core/index.ts';
import type { BatchFormat, BatchQueryDefaults } from '../screening/index.ts';
import type { App } from './open-app.ts';
import { runBatch } from './run-batch.ts';

/** A batch job's state as the API reports it. */
export interface BatchJobStatus {
  id: string;
  state: 'running' | 'done' | 'failed';
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
  outputPath: string;
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
    caller: string;
    defaults?: BatchQueryDefaults;
  }): BatchJobStatus;
  status(id: string): BatchJobStatus;
  /** The results file of a finished job. */
  results(id: string): { path: string; format: BatchFormat };
  /** A fresh folder for an upload. */
  makeUploadDir(): Promise<string>;
  /** Jobs waiting or running (one runs at a time), and the rows they have still to screen. */
  backlog(): { jobs: number; rows: number };
}

/** Creates the job registry of a server. Jobs run one at a time, each on all cores. */
export function createBatchJobs(app: App): BatchJobs {
  const jobs = new Map<string, BatchJob>();
  let queue: Promise<void> = Promise.resolve();

  const find = (id: string): BatchJob => {
    const job = jobs.get(id);
    if (job === undefined) throw new AppError('NOT_FOUND', `No batch job "${id}".`);
    return job;
  };
  const view = (job: BatchJob): BatchJobStatus => {
    const { dir: _dir, outputPath: _out, ...status } = job;
    return status;
  };

  return {
    makeUploadDir: () => mkdtemp(join(tmpdir(), 'sift-batch-')),
    start: (options) => {
      const id = randomUUID();
      const job: BatchJob = {
        id,
        state: 'running',
        rowsDone: 0,
        rowsTotal: options.rowsTotal,
        outputFormat: options.outputFormat,
        createdAt: new Date().toISOString(),
        dir: options.dir,
        outputPath: join(options.dir, `results.${options.outputFormat}`),
      };
      jobs.set(id, job);
      queue = queue.then(async () => {
        const output = createWriteStream(job.outputPath);
        try {
          job.summary = await runBatch(app, createReadStream(options.inputPath), output, {
            inputFormat: options.inputFormat,
            outputFormat: options.outputFormat,
            caller: options.caller,
            onProgress: (rows) => {
              job.rowsDone = rows;
            },
            ...(options.defaults === undefined ? {} : { defaults: options.defaults }),
          });
          output.end();
          await once(output, 'finish');
          job.state = 'done';
        } catch (error) {
          output.destroy();
          job.state = 'failed';
          job.error = error instanceof Error ? error.message : String(error);
        }
        // Results stay for an hour, then their folder is removed.
        setTimeout(() => {
          jobs.delete(id);
          void rm(job.dir, { recursive: true, force: true });
        }, 3_600_000).unref();
      });
      return view(job);
    },
    status: (id) => view(find(id)),
    backlog: () => {
      let count = 0;
      let rows = 0;
      for (const job of jobs.values()) {
        if (job.state !== 'running') continue;
        count += 1;
        rows += Math.max(0, job.rowsTotal - job.rowsDone);
      }
      return { jobs: count, rows };
    },
    results: (id) => {
      const job = find(id);
      if (job.state !== 'done')
        throw new AppError(
          'NOT_READY',
          `Batch job ${id} is ${job.state}; its results are not ready.`,
        );
      return { path: job.outputPath, format: job.outputFormat };
    },
  };
}
