import { Worker } from 'node:worker_threads';
import type { ArticleInput, Gazetteer, ReadArticle } from '../analysis/index.ts';
import { AppError } from '../core/index.ts';
import type { ArticleWorkerReply, ArticleWorkerRequest } from './article-worker.ts';

/** Reads articles (extraction to attribution) away from the calling thread. */
export interface ArticleReader {
  read(input: ArticleInput, gazetteer: Gazetteer): Promise<ReadArticle>;
  close(): Promise<void>;
}

// Compiled (dist/) workers load their module directly; from the TypeScript sources (tsx, tests)
// the entry registers tsx first, since worker threads do not inherit the loader.
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? './article-worker-entry.mjs'
  : './article-worker.js';

interface Pending {
  resolve: (read: ReadArticle) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * One worker thread that reads articles in turn, so that a long or hostile article never blocks
 * the server's event loop (health checks and screenings go on). An article that takes longer than
 * `timeoutMs` is stopped: the worker is terminated, the caller gets TIMEOUT, and the next article
 * starts a new worker. At most `maxWaiting` articles wait; more get NOT_READY. The worker starts
 * once `warmAfter` settles, or with the first article.
 */
export function createArticleReader(
  timeoutMs: number,
  maxWaiting = 16,
  warmAfter: Promise<unknown> = Promise.resolve(),
): ArticleReader {
  let worker: { thread: Worker; ready: Promise<void> } | undefined;
  let closed = false;
  let sentGazetteer: Gazetteer | undefined;
  let gazetteerVersion = 0;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error): void => {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.reject(error);
      pending.delete(id);
    }
  };
  const start = (): { thread: Worker; ready: Promise<void> } => {
    const started = new Worker(new URL(WORKER_ENTRY, import.meta.url));
    started.unref();
    let markReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => {
      markReady = resolve;
    });
    started.on('message', (reply: ArticleWorkerReply) => {
      if ('ready' in reply) {
        markReady();
        return;
      }
      const p = pending.get(reply.id);
      if (p === undefined) return;
      pending.delete(reply.id);
      clearTimeout(p.timer);
      if (reply.ok) p.resolve(reply.read);
      else p.reject(new AppError(reply.code ?? 'INTERNAL', reply.message));
    });
    const failed = (message: string): void => {
      if (worker?.thread === started) worker = undefined;
      markReady();
      failAll(new AppError('INTERNAL', `The article worker failed: ${message}`));
    };
    started.on('error', (error) => {
      failed(error.message);
    });
    started.on('exit', (code) => {
      if (worker?.thread === started) failed(`it exited with code ${code}`);
    });
    sentGazetteer = undefined;
    return { thread: started, ready };
  };

  const readNow = async (input: ArticleInput, gazetteer: Gazetteer): Promise<ReadArticle> => {
    // Loading the worker's models is not the article's time: the limit starts once it is ready.
    const current = (worker ??= start());
    await current.ready;
    if (worker !== current) throw new AppError('INTERNAL', 'The article worker could not start.');
    return new Promise<ReadArticle>((resolve, reject) => {
      const id = nextId++;
      const fresh = sentGazetteer !== gazetteer;
      if (fresh) {
        gazetteerVersion += 1;
        sentGazetteer = gazetteer;
      }
      const timer = setTimeout(() => {
        pending.delete(id);
        worker = undefined;
        void current.thread.terminate();
        reject(
          new AppError(
            'TIMEOUT',
            `The article took more than ${Math.round(timeoutMs / 1000)} s to analyse and was stopped; send a shorter text.`,
          ),
        );
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      const request: ArticleWorkerRequest = {
        id,
        input,
        gazetteerVersion,
        // As a plain Map and Set: one read from the article tables is a view that cannot be posted.
        ...(fresh
          ? {
              gazetteer: {
                entries: new Map(gazetteer.entries),
                prefixes: new Set(gazetteer.prefixes),
                longest: gazetteer.longest,
              },
            }
          : {}),
      };
      current.thread.postMessage(request);
    });
  };

  // Load the models before the first article, once `warmAfter` settles: a server passes its
  // engine load, so the worker's module loading (~0.8 s of CPU) does not compete with it.
  void warmAfter
    .catch(() => undefined)
    .then(() => {
      if (!closed) worker ??= start();
    });
  return {
    read: (input, gazetteer) => {
      if (waiting >= maxWaiting) {
        return Promise.reject(
          new AppError('NOT_READY', 'Too many articles are waiting to be analysed; retry shortly.'),
        );
      }
      waiting += 1;
      const result = queue.then(() => readNow(input, gazetteer));
      queue = result.catch(() => undefined);
      return result.finally(() => {
        waiting -= 1;
      });
    },
    close: async () => {
      closed = true;
      failAll(new AppError('NOT_READY', 'The server is stopping.'));
      const stopping = worker;
      worker = undefined;
      await stopping?.thread.terminate();
    },
  };
}
