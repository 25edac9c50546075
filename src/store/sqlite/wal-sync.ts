import { closeSync, fsync, fsyncSync, openSync } from 'node:fs';

/** Makes what was committed to a WAL file durable, off the event loop. */
export interface WalSync {
  /** Resolves once everything written to the WAL before the call is on disk. */
  sync(): Promise<void>;
  /** Syncs the WAL now, blocking (at close, for appends whose sync has not ended). */
  syncNow(): void;
  /** Closes the file handle (after the fsync running, if any); a later sync opens it again. */
  close(): void;
}

type Fsync = (fd: number, done: (error: Error | null) => void) => void;

interface Waiters {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function waiters(): Waiters {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Syncs the WAL file at `walPath` with group commit: at most one fsync runs at a time (on libuv's
 * thread pool, so the event loop goes on), and every sync asked for while it runs shares the next
 * one. One fsync after a commit makes that commit durable, as `synchronous = FULL` would inside
 * the commit, where better-sqlite3 would block the loop for the disk (~1–8 ms on the reference
 * VM) once per group of records. The file is the one SQLite keeps open while the store is open,
 * so the handle stays valid.
 */
export function createWalSync(walPath: string, syncFile: Fsync = fsync): WalSync {
  let fd: number | undefined;
  let running: Waiters | undefined;
  let next: Waiters | undefined;
  let closing = false;
  const release = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  const start = (group: Waiters): void => {
    running = group;
    const finish = (error: unknown): void => {
      running = undefined;
      if (error === null || error === undefined) group.resolve();
      else group.reject(error);
      const queued = next;
      next = undefined;
      if (queued !== undefined) start(queued);
      else if (closing) release();
    };
    try {
      fd ??= openSync(walPath, 'r');
      syncFile(fd, finish);
    } catch (error) {
      finish(error);
    }
  };
  return {
    sync: () => {
      closing = false;
      if (running === undefined) {
        const group = waiters();
        start(group);
        return group.promise;
      }
      // The running fsync may have started before this caller's write: wait for the next one.
      next ??= waiters();
      return next.promise;
    },
    syncNow: () => {
      fd ??= openSync(walPath, 'r');
      fsyncSync(fd);
    },
    close: () => {
      // An fsync still running holds the handle: it is closed when the last one ends.
      if (running === undefined) release();
      else closing = true;
    },
  };
}
