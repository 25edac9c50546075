import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the thread copies the WAL into the database file. */
const CHECKPOINT_EVERY_MS = 250;
/** SQLite's own default, put back when the thread stops early. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * The thread's program, run as a script (`eval`): a connection of its own to the store file and a
 * PASSIVE checkpoint on a timer. A script, not a module, so that compiled, bundled and tsx runs
 * start it alike. `synchronous = FULL`: the WAL is synced before frames are copied and the database
 * file after, as the automatic checkpoint does.
 */
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('synchronous = FULL');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ failed: String(error) });
  }
}, workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
parentPort.postMessage({ ready: true });
`;

/** A thread that checkpoints a store's WAL; `stop` ends it and its connection. */
export interface WalCheckpointThread {
  stop(): Promise<void>;
}

/**
 * Moves WAL checkpoints off the connection `db` onto a thread with its own connection to `path`.
 * SQLite's automatic checkpoint runs inside the commit that crosses 1,000 WAL pages: on a server's
 * event loop that was a sync of the WAL, the copy of its pages and a sync of the database file,
 * every second or so under /screen load, while every request waited. With the thread, `db` does
 * not checkpoint (`wal_autocheckpoint = 0`) until the thread fails, when it takes over again.
 */
export function startWalCheckpointThread(
  db: Database.Database,
  path: string,
  log: (message: string) => void,
): WalCheckpointThread {
  const worker = new Worker(PROGRAM, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      path,
      everyMs: CHECKPOINT_EVERY_MS,
    },
  });
  // It must not keep a process alive that is otherwise done.
  worker.unref();
  // Made now, so that stopping a thread that already ended does not wait for an exit to come.
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  let stopping = false;
  const takeOver = (reason: string): void => {
    if (stopping || !db.open) return;
    log(`sift: the WAL checkpoint thread stopped (${reason}); the store checkpoints itself.`);
    db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  };
  worker.on('message', (message: { ready?: boolean; failed?: string }) => {
    if (message.ready === true && !stopping && db.open) db.pragma('wal_autocheckpoint = 0');
    if (message.failed !== undefined) log(`sift: a WAL checkpoint failed: ${message.failed}`);
  });
  worker.on('error', (error) => {
    takeOver(error.message);
  });
  worker.on('exit', (code) => {
    takeOver(`exit code ${code}`);
  });
  return {
    stop: async () => {
      if (stopping) return;
      stopping = true;
      // Held until it ends, so that a closing process waits for it and then closes the store.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
