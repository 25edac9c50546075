import { parentPort, workerData } from 'node:worker_threads';
import type { StoredVersion } from '../store/index.ts';
import { ensureSnapshotFile } from './engine-snapshot.ts';
import { openStore } from './open-store.ts';

/** What the thread is handed: where the store is, the snapshot folder, the versions to build. */
export interface SnapshotBuildData {
  store: { dbPath: string; databaseUrl?: string };
  dir: string;
  versions: StoredVersion[];
}

/** Messages from the thread: a problem to log (its end is the thread's exit). */
export interface SnapshotBuildReply {
  type: 'log';
  message: string;
}

const port = parentPort;
if (port === null) throw new Error('snapshot-build-worker must run in a worker thread');
const data = workerData as SnapshotBuildData;

// The thread only reads the store, so it opens it without the audit anchor.
const store = await openStore(data.store);
try {
  const log = (message: string): void => {
    port.postMessage({ type: 'log', message } satisfies SnapshotBuildReply);
  };
  await ensureSnapshotFile(store, { dir: data.dir, log }, data.versions);
} finally {
  await store.close();
}
