import { parentPort, workerData } from 'node:worker_threads';
import type { BatchRow, BatchRowResult } from '../../core/index.ts';
import type { AuditEntry } from '../../store/index.ts';
import type { BatchEngineSource, OpenBatchEngine } from './batch-engine-types.ts';
import { screenBatchRow } from './screen-batch-row.ts';

/** What the batch runner hands each worker. */
export interface BatchWorkerData {
  /** Where the worker gets the engine of the versions the run started with. */
  engine: BatchEngineSource;
}

/** Messages from a worker to the runner. */
export type BatchWorkerReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'done'; seq: number; results: BatchRowResult[]; audits: AuditEntry[] };

/** Messages from the runner to a worker. */
export interface BatchWorkerChunk {
  type: 'chunk';
  seq: number;
  rows: BatchRow[];
  /** Who the rows are audited under, when not the caller the engine was opened for. */
  caller?: string;
}

const port = parentPort;
if (port === null) throw new Error('batch-worker must run in a worker thread');
const data = workerData as BatchWorkerData;

try {
  // Each worker loads the engine of the exact versions the run started with, so every row of one
  // batch is screened against the same lists even if an import lands meanwhile.
  const { openBatchEngine } = (await import(data.engine.module)) as {
    openBatchEngine: OpenBatchEngine;
  };
  const engine = await openBatchEngine(data.engine.data);
  port.on('message', (message: BatchWorkerChunk) => {
    const results: BatchRowResult[] = [];
    const audits: AuditEntry[] = [];
    for (const row of message.rows) {
      const { result, screened } = screenBatchRow(engine.index, row);
      results.push(result);
      if (screened !== undefined) audits.push(engine.auditEntry(screened, message.caller));
    }
    port.postMessage({
      type: 'done',
      seq: message.seq,
      results,
      audits,
    } satisfies BatchWorkerReply);
  });
  port.postMessage({ type: 'ready' } satisfies BatchWorkerReply);
} catch (error) {
  port.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
  } satisfies BatchWorkerReply);
}
