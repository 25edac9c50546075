import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { StoredVersion } from '../store/index.ts';
import { snapshotKey, type SnapshotOptions } from './engine-snapshot.ts';
import type { SnapshotBuildData, SnapshotBuildReply } from './snapshot-build-worker.ts';

// Compiled, the thread loads its module directly; the sources go through tsx's entry file.
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? './snapshot-build-worker-entry.mjs'
  : './snapshot-build-worker.js';

/**
 * Builds the missing engine snapshot of `versions` in a thread of its own, which ends before this
 * returns, when the store can be opened from another thread (not an in-memory SQLite store).
 * Building on the calling thread left the index's garbage and the name caches it filled (tokens
 * of every listed name) in a thread that then only feeds workers: `sift batch` on a store without
 * its snapshot peaked at 777 MB for 3,000 rows. A failed thread is logged; the caller's
 * ensureSnapshotFile then builds the snapshot itself, as before.
 */
export async function buildSnapshotInThread(
  store: { dbPath: string; databaseUrl?: string },
  options: SnapshotOptions,
  versions: readonly StoredVersion[],
): Promise<void> {
  if (options.dir === undefined) return;
  if (store.databaseUrl === undefined && store.dbPath === ':memory:') return;
  if (existsSync(join(options.dir, `${snapshotKey(versions)}.snap`))) return;
  const data: SnapshotBuildData = { store, dir: options.dir, versions: [...versions] };
  const worker = new Worker(new URL(WORKER_ENTRY, import.meta.url), { workerData: data });
  worker.on('message', (reply: SnapshotBuildReply) => {
    options.log(reply.message);
  });
  const failure = await new Promise<string | undefined>((resolve) => {
    worker.once('error', (error) => {
      resolve(error.message);
    });
    worker.once('exit', (code) => {
      resolve(code === 0 ? undefined : `it exited with code ${code}`);
    });
  });
  if (failure !== undefined) {
    options.log(
      `sift: could not build the engine snapshot in a thread (${failure}); building it here.`,
    );
    // After an error the thread may still be ending: it must be gone before the caller goes on.
    await worker.terminate();
  }
}
