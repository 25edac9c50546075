import type { ScreenResult } from '../core/index.ts';
import { buildScreeningIndex, type BatchEngine } from '../screening/index.ts';
import { loadSnapshotFile, type SnapshotFile } from './engine-snapshot.ts';
import { openStore } from './open-store.ts';
import { auditEntryFor, loadVersionEntities } from './screening-service.ts';

/** What a batch worker is told to load: exact versions, their snapshot file if any, the caller. */
export interface BatchEngineData {
  store: { dbPath: string; databaseUrl?: string };
  versions: { list: string; version: number }[];
  /** The engine snapshot of `versions`, when there is a snapshot folder. */
  snapshot?: SnapshotFile;
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
  const index =
    (data.snapshot === undefined
      ? undefined
      : loadSnapshotFile(data.snapshot, (message) => process.stderr.write(`${message}\n`))) ??
    (await buildFromStore(data));
  return {
    index,
    auditEntry: (result: ScreenResult) => auditEntryFor(result, data.caller, 'batch-row'),
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
