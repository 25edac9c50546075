import { parentPort } from 'node:worker_threads';
import type { ArticleInput, Gazetteer, ReadArticle } from '../analysis/index.ts';
import { readArticle } from '../analysis/index.ts';
import { isAppError, type ErrorCode } from '../core/index.ts';

/** A request to read one article; the gazetteer comes along only when it changed. */
export interface ArticleWorkerRequest {
  id: number;
  input: ArticleInput;
  gazetteerVersion: number;
  gazetteer?: Gazetteer;
}

/** The worker's answer: `ready` once loaded, then per request the read article or its error. */
export type ArticleWorkerReply =
  | { id: 0; ready: true }
  | { id: number; ok: true; read: ReadArticle }
  | { id: number; ok: false; code?: ErrorCode; message: string };

const port = parentPort;
if (port === null) throw new Error('article-worker must run in a worker thread');

let cached: { version: number; gazetteer: Gazetteer } | undefined;

port.on('message', (request: ArticleWorkerRequest) => {
  try {
    if (request.gazetteer !== undefined)
      cached = { version: request.gazetteerVersion, gazetteer: request.gazetteer };
    const gazetteer = cached?.version === request.gazetteerVersion ? cached.gazetteer : undefined;
    const read = readArticle(request.input, gazetteer);
    port.postMessage({ id: request.id, ok: true, read } satisfies ArticleWorkerReply);
  } catch (error) {
    port.postMessage({
      id: request.id,
      ok: false,
      ...(isAppError(error) ? { code: error.code } : {}),
      message: error instanceof Error ? error.message : String(error),
    } satisfies ArticleWorkerReply);
  }
});

// The NLP models are loaded by now (static imports): say so, so time limits start from here.
port.postMessage({ id: 0, ready: true } satisfies ArticleWorkerReply);
