import { parentPort } from 'node:worker_threads';
import { readShared } from '../candidates/index.ts';
import type { NameQuery, ScreenResult } from '../core/index.ts';
import {
  openScreeningSnapshot,
  screenName,
  warmScreening,
  type ScreeningIndex,
} from '../screening/index.ts';
import { auditEntryFor } from './screening-service.ts';

/**
 * A message to a screen thread: open an engine snapshot file (read into shared memory and checked
 * whole), view one another thread opened, forget one, or screen a query on one by key. With
 * `audit`, the answer comes back as its JSON text with its audit entry (what a server sends and
 * records: the text is a fraction of the cost of copying the result between threads).
 */
export type ScreenWorkerRequest =
  | { type: 'open'; key: string; path: string }
  | { type: 'view'; key: string; bytes: Uint8Array }
  | { type: 'drop'; key: string }
  | {
      type: 'screen';
      id: number;
      key: string;
      query: NameQuery;
      audit?: { caller: string; kind: string };
    };

/**
 * A screening answered as JSON text, with the audit entry to commit before sending it, as JSON
 * text too: copying the entry's nested objects between threads cost about twice as much CPU, on
 * both threads, as writing and parsing its text.
 */
export interface SerializedScreening {
  json: string;
  auditJson: string;
}

/**
 * A screen thread's answer: `ready` once its modules are loaded; `loaded` (with the shared bytes
 * after an `open`) or `unloadable` per engine; per query its result, or `ok: false` for the
 * caller to screen it itself (and so raise the error with its own class).
 */
export type ScreenWorkerReply =
  | { type: 'ready' }
  | { type: 'loaded'; key: string; bytes?: Uint8Array }
  | { type: 'unloadable'; key: string; message: string }
  | { type: 'screened'; id: number; ok: true; result: ScreenResult | SerializedScreening }
  | { type: 'screened'; id: number; ok: false };

const port = parentPort;
if (port === null) throw new Error('screen-worker must run in a worker thread');

const engines = new Map<string, ScreeningIndex>();

function load(request: Extract<ScreenWorkerRequest, { type: 'open' | 'view' }>): void {
  try {
    // An opened file is checked whole, entity records included, before any thread answers from
    // it: no thread reads a record lazily from disk, and none answers from damaged bytes.
    const bytes = request.type === 'open' ? readShared(request.path) : request.bytes;
    const index = openScreeningSnapshot(bytes, request.key, true).index;
    engines.set(request.key, index);
    port?.postMessage({
      type: 'loaded',
      key: request.key,
      ...(request.type === 'open' ? { bytes } : {}),
    } satisfies ScreenWorkerReply);
    // Name tables are read on first use, up to ~0.6 s of CPU for one, and every query queued on
    // the thread waits for it (the load bench's p99 on names the server had not seen): they are
    // read now, between the first queries, before most need them.
    void warmScreening(index, () => engines.get(request.key) === index);
  } catch (error) {
    port?.postMessage({
      type: 'unloadable',
      key: request.key,
      message: error instanceof Error ? error.message : String(error),
    } satisfies ScreenWorkerReply);
  }
}

port.on('message', (request: ScreenWorkerRequest) => {
  switch (request.type) {
    case 'open':
    case 'view':
      load(request);
      return;
    case 'drop':
      engines.delete(request.key);
      return;
    case 'screen': {
      const index = engines.get(request.key);
      let reply: ScreenWorkerReply = { type: 'screened', id: request.id, ok: false };
      try {
        if (index !== undefined) {
          const result = screenName(index, request.query);
          const { audit } = request;
          reply = {
            type: 'screened',
            id: request.id,
            ok: true,
            result:
              audit === undefined
                ? result
                : {
                    json: JSON.stringify(result),
                    auditJson: JSON.stringify(auditEntryFor(result, audit.caller, audit.kind)),
                  },
          };
        }
      } catch {
        // The caller screens it in-process and so raises the error with its own class.
      }
      port.postMessage(reply);
    }
  }
});

port.postMessage({ type: 'ready' } satisfies ScreenWorkerReply);
