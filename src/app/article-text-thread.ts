import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ArticleEntity, ArticleInput, ReadArticle } from '../analysis/index.ts';
import { AppError } from '../core/index.ts';
import type { ArticleTextReply, ArticleTextRequest } from './article-text-worker.ts';

/** An article's text read in two steps: entities first, statements later. */
export interface ArticleTextRead {
  /** The text up to its entities; undefined when the tables file could not be used. */
  text: Promise<Omit<ReadArticle, 'statements'> | undefined>;
  /** The statements, and the entities again if attribution changed them. */
  statements: Promise<{ statements: ReadArticle['statements']; entities?: ArticleEntity[] }>;
}

/** A thread that reads articles' text while the calling thread screens their entities. */
export interface ArticleTextThread {
  read(input: ArticleInput, tables: ArticleTextRequest['tables']): ArticleTextRead;
  close(): Promise<void>;
}

// From the TypeScript sources (tsx, tests) the entry registers tsx first, since worker threads do
// not inherit the loader. Compiled, the worker runs from the CLI's bundle when there is one.
const BUNDLED_WORKER = new URL('../bundle/article-text-worker.js', import.meta.url);
const workerEntry = (): URL =>
  import.meta.url.endsWith('.ts')
    ? new URL('./article-text-worker-entry.mjs', import.meta.url)
    : existsSync(BUNDLED_WORKER)
      ? BUNDLED_WORKER
      : new URL('./article-text-worker.js', import.meta.url);

interface Pending {
  text: Deferred<Omit<ReadArticle, 'statements'> | undefined>;
  statements: Deferred<{ statements: ReadArticle['statements']; entities?: ArticleEntity[] }>;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  // Awaited by the caller in turn: a failure is reported where it is awaited.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * Starts the thread now, so that it loads the text pipeline while the caller loads its engine.
 * For a one-shot analysis (`sift analyze`): reading the text and screening its entities each
 * keep a core busy, and the statements (attribution) are read while the entities are screened.
 */
export function startArticleTextThread(): ArticleTextThread {
  const thread = new Worker(workerEntry());
  thread.unref();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  const failAll = (error: Error): void => {
    for (const p of pending.values()) {
      p.text.reject(error);
      p.statements.reject(error);
    }
    pending.clear();
  };
  thread.on('message', (reply: ArticleTextReply) => {
    const p = pending.get(reply.id);
    if (p === undefined) return;
    if (reply.stage === 'text') p.text.resolve(reply.text);
    else {
      pending.delete(reply.id);
      if (pending.size === 0) thread.unref();
      if (reply.stage === 'statements')
        p.statements.resolve({
          statements: reply.statements,
          ...(reply.entities === undefined ? {} : { entities: reply.entities }),
        });
      else if (reply.stage === 'unusable') {
        p.text.resolve(undefined);
        p.statements.reject(new AppError('INTERNAL', 'The article tables were not read.'));
      } else {
        const error = new AppError(
          reply.code ?? 'INTERNAL',
          reply.message,
          reply.details === undefined ? {} : { details: reply.details },
        );
        p.text.reject(error);
        p.statements.reject(error);
      }
    }
  });
  thread.on('error', (error) => {
    failAll(new AppError('INTERNAL', `The article thread failed: ${error.message}`));
  });
  thread.on('exit', (code) => {
    failAll(new AppError('INTERNAL', `The article thread exited with code ${code}.`));
  });
  return {
    read: (input, tables) => {
      const id = nextId++;
      const p: Pending = { text: deferred(), statements: deferred() };
      pending.set(id, p);
      // Referenced while it reads: a one-shot command waits for nothing else.
      thread.ref();
      thread.postMessage({ id, input, tables } satisfies ArticleTextRequest);
      return { text: p.text.promise, statements: p.statements.promise };
    },
    close: async () => {
      await thread.terminate();
    },
  };
}
