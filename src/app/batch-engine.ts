import type { ScreenResult } from '../core/index.ts';
import { buildScreeningIndex, readScreeningSnapshot } from '../screening/index.ts';
import { type BatchEngine } from '../screening/batch/index.ts';
import type { SharedSnapshot } from './engine-snapshot.ts';
import { openStore } from './open-store.ts';
import { auditEntryFor, loadVersionEntities } from './screening-service.ts';

/** What a batch worker is told to load: exact versions, their snapshot file if any, the caller. */
export interface BatchEngineData {
  store: { dbPath: string; databaseUrl?: string };
  versions: { list: string; version: number }[];
  /** The engine snapshot of `versions` in shared memory, checked by the runner. */
  snapshot?: SharedSnapshot;
  caller: string;
}

/** This module's address, for the batch runner to hand its worker threads. */
export const BATCH_ENGINE_MODULE = new URL(
  import.meta.url.endsWith('.ts') ? './batch-engine.ts' : './batch-engine.js',
  import.meta.url,
).href;

/**
 * Loads a batch worker's engine: the snapshot file (a plain read of one file) or, without a
 * usable one, the index built from the store's versions. Runs in the worker thread.
 */
export async function openBatchEngine(raw: unknown): Promise<BatchEngine> {
  const data = raw as BatchEngineData;
  // Each worker views the engine snapshot of the exact versions the run started with, in the
  // memory the runner shares with every worker (typed arrays over it, no copy), so every row of
  // one batch is screened against the same lists even if an import lands meanwhile. Without a
  // snapshot folder it builds the index from those versions.
  const index =
    data.snapshot === undefined
      ? await buildFromStore(data)
      : readScreeningSnapshot(data.snapshot.bytes, data.snapshot.key);
  return {
    index,
    auditEntry: (result: ScreenResult, caller = data.caller) =>
      auditEntryFor(result, caller, 'batch-row'),
  };
}

async function buildFromStore(data: BatchEngineData): Promise<BatchEngine['index']> {
  // The workers only read, so the store opens without the audit anchor.
  const store = await openStore(data.store);
  try {
    return buildScreeningIndex(await loadVersionEntities(store, data.versions));
  } finally {
    await store.close();
  }
}
