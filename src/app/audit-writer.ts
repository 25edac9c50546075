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
  const worker = new Worker(new URL(WORKER_ENTRY, import.meta.url), { workerData: data });
  // The thread must not keep a process alive that is otherwise done.
  worker.unref();
  const pending = new Map<number, Pending>();
  let state: 'starting' | 'ready' | 'stopped' = 'starting';
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
  worker.on('message', (reply: AuditWriterReply) => {
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
  worker.on('error', (error: unknown) => {
    stop(error instanceof Error ? error.message : JSON.stringify(error));
  });
  worker.on('exit', (code) => {
    stop(`exit code ${code}`);
  });
  return {
    append: async (entries) => {
      if (state !== 'ready') {
        await fallback.append(entries);
        return;
      }
      const id = nextId++;
      await new Promise<void>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({
          type: 'append',
          id,
          entries: [...entries],
        } satisfies AuditWriterRequest);
      });
    },
    close: async () => {
      if (state === 'ready') {
        const done = new Promise<void>((resolve) => {
          closed = resolve;
        });
        worker.postMessage({ type: 'close' } satisfies AuditWriterRequest);
        await done;
      }
      await worker.terminate();
    },
  };
}
