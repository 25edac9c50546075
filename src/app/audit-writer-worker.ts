import { parentPort, workerData } from 'node:worker_threads';
import type { AuditEntry } from '../store/index.ts';
import { openStore } from './open-store.ts';

/** What the audit writer thread opens: the SQLite store and its audit anchor files. */
export interface AuditWriterData {
  dbPath: string;
  auditKeyFile?: string;
  auditCheckpointsFile?: string;
}

/** A group of entries to append, or the request to close the store. */
export type AuditWriterRequest =
  { type: 'append'; id: number; entries: AuditEntry[] } | { type: 'close' };

/** `ready` once the store is open (or `failed`), per group its outcome, `closed` at the end. */
export type AuditWriterReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'appended'; ids: number[]; ok: true }
  | { type: 'appended'; ids: number[]; ok: false; message: string }
  | { type: 'closed' };

const port = parentPort;
if (port === null) throw new Error('audit-writer-worker must run in a worker thread');

try {
  const store = await openStore(workerData as AuditWriterData);
  let waiting: { id: number; entries: AuditEntry[] }[] = [];
  let scheduled = false;
  // Groups that arrived while the last commit waited for the disk are committed together: one
  // transaction, one sync, for all of them (the chain order is their arrival order).
  const commit = (): void => {
    const groups = waiting;
    waiting = [];
    scheduled = false;
    const ids = groups.map((group) => group.id);
    const reply = (error?: unknown): void => {
      port.postMessage(
        error === undefined
          ? ({ type: 'appended', ids, ok: true } satisfies AuditWriterReply)
          : ({
              type: 'appended',
              ids,
              ok: false,
              message: error instanceof Error ? error.message : 'the commit failed',
            } satisfies AuditWriterReply),
      );
    };
    try {
      // SQLite's append throws before it returns a promise when the commit fails.
      store.audit.append(groups.flatMap((group) => group.entries)).then(() => {
        reply();
      }, reply);
    } catch (error) {
      reply(error);
    }
  };
  port.on('message', (request: AuditWriterRequest) => {
    if (request.type === 'close') {
      if (waiting.length > 0) commit();
      void store.close().then(() => {
        port.postMessage({ type: 'closed' } satisfies AuditWriterReply);
      });
      return;
    }
    waiting.push(request);
    if (!scheduled) {
      scheduled = true;
      setImmediate(commit);
    }
  });
  port.postMessage({ type: 'ready' } satisfies AuditWriterReply);
} catch (error) {
  port.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
  } satisfies AuditWriterReply);
}
