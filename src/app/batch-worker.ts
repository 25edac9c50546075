import { parentPort, workerData } from 'node:worker_threads';
import type { BatchRow, BatchRowResult } from '../core/index.ts';
import { buildScreeningIndex, screenBatchRow } from '../screening/index.ts';
import type { AuditEntry } from '../store/index.ts';
import { openStore } from './open-store.ts';
import { auditEntryFor, loadVersionEntities } from './screening-service.ts';

/** What the batch runner hands each worker. */
export interface BatchWorkerData {
  store: { dbPath: string; databaseUrl?: string };
  versions: { list: string; version: number }[];
  caller: string;
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
}

const port = parentPort;
if (port === null) throw new Error('batch-worker must run in a worker thread');
const data = workerData as BatchWorkerData;

try {
  // Each worker builds its own index from the exact versions the run started with, so every row
  // of one batch is screened against the same lists even if an import lands meanwhile.
  const store = await openStore(data.store);
  const entities = await loadVersionEntities(store, data.versions);
  await store.close();
  const index = buildScreeningIndex(entities);
  port.on('message', (message: BatchWorkerChunk) => {
    const results: BatchRowResult[] = [];
    const audits: AuditEntry[] = [];
    for (const row of message.rows) {
      const { result, screened } = screenBatchRow(index, row);
      results.push(result);
      if (screened !== undefined) audits.push(auditEntryFor(screened, data.caller, 'batch-row'));
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
