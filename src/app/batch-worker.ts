import { parentPort, workerData } from 'node:worker_threads';
import type { BatchRow, BatchRowResult } from '../core/index.ts';
import {
  buildScreeningIndex,
  readScreeningSnapshot,
  screenBatchRow,
  type ScreeningIndex,
} from '../screening/index.ts';
import type { AuditEntry } from '../store/index.ts';
import type { SharedSnapshot } from './engine-snapshot.ts';
import { openStore } from './open-store.ts';
import { auditEntryFor, loadVersionEntities } from './screening-service.ts';

/** What the batch runner hands each worker. */
export interface BatchWorkerData {
  store: { dbPath: string; databaseUrl?: string };
  versions: { list: string; version: number }[];
  /** The engine snapshot of `versions` in shared memory, checked by the runner. */
  snapshot?: SharedSnapshot;
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

async function buildFromStore(data: BatchWorkerData): Promise<ScreeningIndex> {
  const store = await openStore(data.store);
  try {
    return buildScreeningIndex(await loadVersionEntities(store, data.versions));
  } finally {
    await store.close();
  }
}

const port = parentPort;
if (port === null) throw new Error('batch-worker must run in a worker thread');
const data = workerData as BatchWorkerData;

try {
  // Each worker views the engine snapshot of the exact versions the run started with, in the
  // memory the runner shares with every worker (typed arrays over it, no copy), so every row of
  // one batch is screened against the same lists even if an import lands meanwhile. Without a
  // snapshot folder it builds the index from those versions.
  const index =
    data.snapshot === undefined
      ? await buildFromStore(data)
      : readScreeningSnapshot(data.snapshot.bytes, data.snapshot.key);
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
