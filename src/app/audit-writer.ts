import { Worker } from 'node:worker_threads';
import { AppError } from '../core/index.ts';
import type { AuditEntry, AuditLog } from '../store/index.ts';
import type {
  AuditWriterData,
  AuditWriterReply,
  AuditWriterRequest,
} from './audit-writer-worker.ts';

// Compiled (dist/) workers load their module directly; from the TypeScript sources (tsx, tests)
// the entry registers tsx first, since worker threads do not inherit the loader.
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? './audit-writer-worker-entry.mjs'
  : './audit-writer-worker.js';

/** Appends audit entries durably: `append` resolves once they are committed. */
export interface AuditWriter {
  append(entries: readonly AuditEntry[]): Promise<void>;
  /** Whether appends go to the thread now (it started with the first one and is ready). */
  ready(): boolean;
  close(): Promise<void>;
}

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * An audit writer on a thread of its own, over its own connection to the SQLite store: a commit
 * waits for the disk (~2 ms of fsync here) on that thread, not on the server's event loop, and
 * the groups that arrive meanwhile are committed together. The chain stays one chain: each append
 * reads its end inside an IMMEDIATE transaction, as two processes sharing the file already do.
 * Until the thread is ready, and after it fails, `fallback` (the store's own log) appends.
 */
export function openAuditWriter(
  data: AuditWriterData,
  fallback: Pick<AuditLog, 'append'>,
  log: (message: string) => void,
): AuditWriter {
  let worker: Worker | undefined;
  const pending = new Map<number, Pending>();
  let state: 'idle' | 'starting' | 'ready' | 'stopped' = 'idle';
  let nextId = 1;
  let closed: (() => void) | undefined;
  const stop = (message: string): void => {
    if (state === 'stopped') return;
    state = 'stopped';
    if (closed === undefined) log(`sift: the audit writer thread stopped (${message}).`);
    // Whether these reached the disk is unknown: they fail rather than risk a second copy.
    for (const [id, p] of pending) {
      pending.delete(id);
      p.reject(new AppError('STORE_UNAVAILABLE', `The audit record was not confirmed: ${message}`));
    }
    closed?.();
  };
  /**
   * Starts the thread with the first append, which goes to `fallback` meanwhile: a server that
   * has not screened yet (starting, getting ready) does not load the thread's modules.
   */
  const start = (): void => {
    state = 'starting';
    const started = new Worker(new URL(WORKER_ENTRY, import.meta.url), { workerData: data });
    worker = started;
    // The thread must not keep a process alive that is otherwise done.
    started.unref();
    started.on('message', (reply: AuditWriterReply) => {
      switch (reply.type) {
        case 'ready':
          if (state === 'starting') state = 'ready';
          return;
        case 'failed':
          stop(reply.message);
          return;
        case 'appended':
          for (const id of reply.ids) {
            const p = pending.get(id);
            pending.delete(id);
            if (reply.ok) p?.resolve();
            else p?.reject(new AppError('STORE_UNAVAILABLE', reply.message));
          }
          return;
        case 'closed':
          stop('closed');
      }
    });
    started.on('error', (error: unknown) => {
      stop(error instanceof Error ? error.message : JSON.stringify(error));
    });
    started.on('exit', (code) => {
      stop(`exit code ${code}`);
    });
  };
  return {
    ready: () => state === 'ready',
    append: async (entries) => {
      if (state !== 'ready' || worker === undefined) {
        if (state === 'idle') start();
        await fallback.append(entries);
        return;
      }
      const thread = worker;
      const id = nextId++;
      await new Promise<void>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        thread.postMessage({
          type: 'append',
          id,
          entries: [...entries],
        } satisfies AuditWriterRequest);
      });
    },
    close: async () => {
      if (worker === undefined) {
        state = 'stopped';
        return;
      }
      if (state === 'ready') {
        const done = new Promise<void>((resolve) => {
          closed = resolve;
        });
        worker.postMessage({ type: 'close' } satisfies AuditWriterRequest);
        await done;
      }
      // Stopped on purpose: nothing to report when the thread ends.
      closed ??= () => undefined;
      await worker.terminate();
    },
  };
}
