import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import type { BatchRow, BatchRowResult, BatchSummary } from '../../core/index.ts';
import type { AuditEntry } from '../../store/index.ts';
import type { BatchEngineSource } from './batch-engine-types.ts';
import { readBatchRows, type BatchFormat, type BatchQueryDefaults } from './batch-input.ts';
import { batchOutputHeader, formatBatchResult } from './batch-output.ts';
import type { BatchWorkerChunk, BatchWorkerReply } from './batch-worker.ts';
import { startBatchWorker } from './start-batch-worker.ts';

/** Rows sent to a worker at a time: large enough to amortise messaging, small enough to stream. */
const CHUNK_ROWS = 250;
// The first chunks are small and double up to the chunk size, so the first result reaches the
// user after a few rows' work rather than a whole chunk's (about 0.9 s for 250 rows per worker).
const FIRST_CHUNK_ROWS = 16;
/** Chunks in flight per worker, so a worker never waits for the reader. */
const IN_FLIGHT_PER_WORKER = 2;

/** How one batch run is set up. */
export interface BatchOptions {
  inputFormat: BatchFormat;
  outputFormat: BatchFormat;
  defaults?: BatchQueryDefaults;
  /** Worker threads; all cores by default. */
  workers?: number;
  caller: string;
  /** Stops reading new rows; rows already read are finished and written. */
  signal?: AbortSignal;
  onProgress?: (rowsDone: number) => void;
  /** Told when the run moves on: loading the lists into the workers, then screening rows. */
  onStage?: (stage: 'loading-lists' | 'screening') => void;
  /** Rows per chunk sent to a worker (default 250); smaller chunks report progress more often. */
  chunkRows?: number;
  /** Told of every row that could not be screened, as it is written. */
  onRowError?: (result: BatchRowResult) => void;
}

/** What a batch run needs from the wiring: where workers get the engine, where audits go. */
export interface BatchDependencies {
  /**
   * The engine the workers load, for the versions the run started with; called once the first
   * row is read, so a file with a bad header fails before any engine work.
   */
  engine(): Promise<BatchEngineSource>;
  /** Appends screened rows' audit entries durably; each chunk's before its output lines. */
  appendAudit(entries: readonly AuditEntry[]): Promise<unknown>;
}

interface PendingChunk {
  results?: BatchRowResult[];
  audits?: AuditEntry[];
}

/**
 * Screens a whole file in worker threads, streaming: rows are read, screened and written in
 * input order, with every screened row appended to the audit trail before its output line.
 */
export async function runBatch(
  dependencies: BatchDependencies,
  input: AsyncIterable<Buffer | string>,
  output: Writable,
  options: BatchOptions,
): Promise<BatchSummary> {
  const started = performance.now();
  // The first row is read before the workers start, so a file with a bad header fails at once
  // instead of after every worker has built its index.
  const rows = readBatchRows(input, options.inputFormat, options.defaults)[Symbol.asyncIterator]();
  const first = await rows.next();
  const workerCount = Math.max(1, options.workers ?? availableParallelism());
  const chunkRows = Math.max(1, options.chunkRows ?? CHUNK_ROWS);
  options.onStage?.('loading-lists');
  const engine = await dependencies.engine();
  const workers = await Promise.all(
    Array.from({ length: workerCount }, () => startBatchWorker({ engine })),
  );

  options.onStage?.('screening');
  const summary: BatchSummary = {
    rows: 0,
    alerts: 0,
    errors: 0,
    elapsedMs: 0,
    rowsPerSecond: 0,
    interrupted: false,
  };
  const pending = new Map<number, PendingChunk>();
  const waiters: (() => void)[] = [];
  let nextToWrite = 0;
  let nextSeq = 0;
  let inFlight = 0;
  let workerFailure: Error | undefined;
  let turn = 0;

  for (const worker of workers) {
    worker.on('message', (reply: BatchWorkerReply) => {
      if (reply.type !== 'done') return;
      pending.set(reply.seq, { results: reply.results, audits: reply.audits });
      inFlight -= 1;
      for (const wake of waiters.splice(0)) wake();
    });
    worker.on('error', (error) => {
      workerFailure ??= error;
      for (const wake of waiters.splice(0)) wake();
    });
  }
  const waitForReply = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));

  const flush = async (): Promise<void> => {
    for (
      let chunk = pending.get(nextToWrite);
      chunk?.results !== undefined;
      chunk = pending.get(nextToWrite)
    ) {
      pending.delete(nextToWrite);
      nextToWrite += 1;
      if (chunk.audits !== undefined && chunk.audits.length > 0)
        await dependencies.appendAudit(chunk.audits);
      let text = '';
      for (const result of chunk.results) {
        summary.rows += 1;
        if (result.status === 'alert') summary.alerts += 1;
        if (result.status === 'error') {
          summary.errors += 1;
          options.onRowError?.(result);
        }
        text += formatBatchResult(result, options.outputFormat);
      }
      if (!output.write(text)) await once(output, 'drain');
      options.onProgress?.(summary.rows);
    }
  };

  const dispatch = async (rows: BatchRow[]): Promise<void> => {
    while (inFlight >= workerCount * IN_FLIGHT_PER_WORKER && workerFailure === undefined) {
      await waitForReply();
      await flush();
    }
    if (workerFailure !== undefined) throw workerFailure;
    const seq = nextSeq++;
    pending.set(seq, {});
    inFlight += 1;
    const worker = workers[turn++ % workerCount]!;
    worker.postMessage({ type: 'chunk', seq, rows } satisfies BatchWorkerChunk);
  };

  try {
    const header = batchOutputHeader(options.outputFormat);
    if (header !== '' && !output.write(header)) await once(output, 'drain');
    let chunk: BatchRow[] = [];
    for (let next = first; next.done !== true; next = await rows.next()) {
      chunk.push(next.value);
      if (chunk.length >= Math.min(chunkRows, FIRST_CHUNK_ROWS * 2 ** nextSeq)) {
        await dispatch(chunk);
        chunk = [];
      }
      if (options.signal?.aborted === true) {
        summary.interrupted = true;
        break;
      }
    }
    if (chunk.length > 0) await dispatch(chunk);
    while (inFlight > 0 && workerFailure === undefined) {
      await waitForReply();
      await flush();
    }
    if (workerFailure !== undefined) throw workerFailure;
    await flush();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  summary.elapsedMs = Math.round(performance.now() - started);
  summary.rowsPerSecond =
    summary.elapsedMs > 0 ? Math.round((summary.rows / summary.elapsedMs) * 1000) : summary.rows;
  return summary;
}
