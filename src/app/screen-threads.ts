import { Worker } from 'node:worker_threads';
import type { NameQuery, ScreenResult } from '../core/index.ts';
import type {
  ScreenWorkerReply,
  ScreenWorkerRequest,
  SerializedScreening,
} from './screen-worker.ts';

// Compiled (dist/) workers load their module directly; from the TypeScript sources (tsx, tests)
// the entry registers tsx first, since worker threads do not inherit the loader.
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? './screen-worker-entry.mjs'
  : './screen-worker.js';

/**
 * Threads that screen single queries beside the server's event loop, all viewing one copy of the
 * engine snapshot in shared memory: the loop goes on parsing, auditing and answering requests
 * while matching runs on the other core.
 */
export interface ScreenThreads {
  /**
   * Screens the query on the least busy thread holding engine `key`; undefined when none holds it
   * (yet) or the thread could not answer, for the caller to screen it in-process.
   */
  screen(key: string, query: NameQuery): Promise<ScreenResult | undefined>;
  /** Like `screen`, answered as JSON text with the audit entry for `caller` and `kind`. */
  screenSerialized(
    key: string,
    query: NameQuery,
    caller: string,
    kind: string,
  ): Promise<SerializedScreening | undefined>;
  /**
   * Loads engine `key` from its snapshot file into the threads (one reads and checks it, the
   * others view its memory); engines loaded before are dropped once their queries are answered.
   */
  use(key: string, path: string): void;
  /** Whether a thread holds engine `key` (queries on it go to the threads). */
  holds(key: string): boolean;
  close(): Promise<void>;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  /** Engines the thread holds, with the number of its queries in flight on each. */
  engines: Map<string, number>;
  /** Engines asked for and not loaded yet. */
  loading: Set<string>;
  busy: number;
}

interface Pending {
  thread: Thread;
  key: string;
  resolve: (result: ScreenResult | SerializedScreening | undefined) => void;
}

/** Opens `count` screen threads, started when `use` first names an engine for them to hold. */
export function openScreenThreads(count: number, log: (message: string) => void): ScreenThreads {
  const threads: Thread[] = [];
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let wanted: { key: string; path: string; bytes?: Uint8Array; opening: boolean } | undefined;

  const send = (thread: Thread, request: ScreenWorkerRequest): void => {
    thread.worker.postMessage(request);
  };
  /** Drops from a thread every engine but the wanted one that has no query in flight. */
  const retire = (thread: Thread): void => {
    for (const [key, inFlight] of thread.engines) {
      if (key === wanted?.key || inFlight > 0) continue;
      thread.engines.delete(key);
      send(thread, { type: 'drop', key });
    }
  };
  /** Gives a ready thread the wanted engine: the shared copy when there is one, else the file. */
  const feed = (thread: Thread): void => {
    if (!thread.ready || wanted === undefined) return;
    const { key } = wanted;
    if (thread.engines.has(key) || thread.loading.has(key)) return;
    if (wanted.bytes !== undefined) {
      thread.loading.add(key);
      send(thread, { type: 'view', key, bytes: wanted.bytes });
    } else if (!wanted.opening) {
      wanted.opening = true;
      thread.loading.add(key);
      send(thread, { type: 'open', key, path: wanted.path });
    }
  };
  const remove = (thread: Thread, reason: string): void => {
    const at = threads.indexOf(thread);
    if (at < 0) return;
    threads.splice(at, 1);
    log(`sift: a screen thread stopped (${reason}); its queries are screened in-process.`);
    if (wanted !== undefined && thread.loading.has(wanted.key) && wanted.bytes === undefined) {
      wanted.opening = false;
      for (const other of threads) feed(other);
    }
    for (const [id, p] of pending) {
      if (p.thread !== thread) continue;
      pending.delete(id);
      p.resolve(undefined);
    }
  };
  const onReply = (thread: Thread, reply: ScreenWorkerReply): void => {
    switch (reply.type) {
      case 'ready':
        thread.ready = true;
        feed(thread);
        return;
      case 'loaded':
        thread.loading.delete(reply.key);
        thread.engines.set(reply.key, 0);
        if (reply.bytes !== undefined && wanted?.key === reply.key) {
          wanted.bytes = reply.bytes;
          for (const other of threads) feed(other);
        }
        retire(thread);
        return;
      case 'unloadable':
        thread.loading.delete(reply.key);
        log(`sift: a screen thread could not load engine ${reply.key}: ${reply.message}`);
        return;
      case 'screened': {
        const p = pending.get(reply.id);
        if (p === undefined) return;
        pending.delete(reply.id);
        thread.busy -= 1;
        thread.engines.set(p.key, (thread.engines.get(p.key) ?? 1) - 1);
        if (p.key !== wanted?.key) retire(thread);
        p.resolve(reply.ok ? reply.result : undefined);
      }
    }
  };

  let started = false;
  /**
   * Starts the threads once there is an engine for them: their modules load after the server's
   * own engine, so they do not hold back its start.
   */
  const start = (): void => {
    if (started) return;
    started = true;
    for (let i = 0; i < count; i++) {
      const thread: Thread = {
        worker: new Worker(new URL(WORKER_ENTRY, import.meta.url)),
        ready: false,
        engines: new Map(),
        loading: new Set(),
        busy: 0,
      };
      // The threads must not keep a process alive that is otherwise done.
      thread.worker.unref();
      thread.worker.on('message', (reply: ScreenWorkerReply) => {
        onReply(thread, reply);
      });
      thread.worker.on('error', (error: unknown) => {
        remove(thread, error instanceof Error ? error.message : String(error));
      });
      thread.worker.on('exit', (code) => {
        remove(thread, `exit code ${code}`);
      });
      threads.push(thread);
    }
  };

  const run = (
    key: string,
    query: NameQuery,
    audit?: { caller: string; kind: string },
  ): Promise<ScreenResult | SerializedScreening | undefined> => {
    let best: Thread | undefined;
    for (const thread of threads)
      if (thread.engines.has(key) && (best === undefined || thread.busy < best.busy)) best = thread;
    if (best === undefined) return Promise.resolve(undefined);
    const thread = best;
    const id = nextId++;
    thread.busy += 1;
    thread.engines.set(key, (thread.engines.get(key) ?? 0) + 1);
    return new Promise((resolve) => {
      pending.set(id, { thread, key, resolve });
      send(thread, { type: 'screen', id, key, query, ...(audit === undefined ? {} : { audit }) });
    });
  };

  return {
    screen: (key, query) => run(key, query) as Promise<ScreenResult | undefined>,
    screenSerialized: (key, query, caller, kind) =>
      run(key, query, { caller, kind }) as Promise<SerializedScreening | undefined>,
    holds: (key) => threads.some((thread) => thread.engines.has(key)),
    use: (key, path) => {
      if (wanted?.key === key) return;
      wanted = { key, path, opening: false };
      start();
      for (const thread of threads) {
        retire(thread);
        feed(thread);
      }
    },
    close: async () => {
      started = true;
      const stopping = threads.splice(0);
      for (const [id, p] of pending) {
        pending.delete(id);
        p.resolve(undefined);
      }
      await Promise.all(stopping.map((thread) => thread.worker.terminate()));
    },
  };
}
