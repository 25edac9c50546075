import { availableParallelism } from 'node:os';
import type { Config } from '../config/index.ts';
import { AppError } from '../core/index.ts';
import { type BatchEngineSource } from '../screening/batch/index.ts';
import { openSubjectThreadPool, type OpenSubjectPool } from '../screening/monitoring/index.ts';
import type { Store, StoredVersion } from '../store/index.ts';
import { BATCH_ENGINE_MODULE, type BatchEngineData } from './batch-engine.ts';
import { buildSnapshotInThread } from './build-snapshot-in-thread.ts';
import { loadSharedSnapshot, type SnapshotOptions } from './engine-snapshot.ts';

/**
 * Where worker threads get the engine of exactly these list versions: the snapshot, read once here
 * into memory every thread shares, or without a snapshot folder the store to build it from.
 */
export async function engineSourceFor(
  config: Readonly<Config>,
  store: Store,
  snapshots: SnapshotOptions,
  versions: readonly { list: string; version: number }[],
  caller: string,
): Promise<BatchEngineSource> {
  const stored: StoredVersion[] = [];
  for (const v of versions) {
    const version = await store.getVersion(v.list, v.version);
    if (version === undefined)
      throw new AppError(
        'LIST_UNKNOWN',
        `List version ${v.list} ${v.version} is not in the store.`,
      );
    stored.push(version);
  }
  const location = {
    dbPath: config.dbPath,
    ...(config.databaseUrl === undefined ? {} : { databaseUrl: config.databaseUrl }),
  };
  // A missing snapshot is built in a thread that ends first, so that this thread, which only
  // feeds the workers, keeps none of the build's memory (see buildSnapshotInThread).
  await buildSnapshotInThread(location, snapshots, stored);
  const snapshot = await loadSharedSnapshot(store, snapshots, stored);
  const data: BatchEngineData = {
    store: location,
    versions: versions.map((v) => ({ list: v.list, version: v.version })),
    ...(snapshot === undefined ? {} : { snapshot }),
    caller,
  };
  return { module: BATCH_ENGINE_MODULE, data };
}

/**
 * Opens subject worker threads (one per core, as `sift batch`) on the engine of the versions a
 * re-screen's index holds, for full and delta re-screens of many subjects.
 */
export function subjectPoolOpener(
  config: Readonly<Config>,
  store: Store,
  snapshots: SnapshotOptions,
): OpenSubjectPool {
  return async (lists) =>
    openSubjectThreadPool(
      await engineSourceFor(config, store, snapshots, lists, 'rescreen'),
      availableParallelism(),
    );
}
