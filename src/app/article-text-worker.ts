import { parentPort } from 'node:worker_threads';
import type { ArticleEntity, ArticleInput, Gazetteer, ReadArticle } from '../analysis/index.ts';
import { attributeArticleText, readArticleText, useNerModel } from '../analysis/index.ts';
import { SnapshotInvalidError } from '../candidates/index.ts';
import { isAppError, type ErrorCode } from '../core/index.ts';
import { readArticleTables } from './article-tables-file.ts';

/** A request to read one article with the article tables file at `tables.path`. */
export interface ArticleTextRequest {
  id: number;
  input: ArticleInput;
  tables: { path: string; key: string };
}

/**
 * The worker's answers to one request, in order: the text read up to its entities, then the
 * statements (with the entities again when attribution added or renamed one). `unusable` says
 * the tables file could not be used (damaged, stale or gone): the caller reads in-process.
 */
export type ArticleTextReply =
  | { id: number; stage: 'text'; text: Omit<ReadArticle, 'statements'> }
  | {
      id: number;
      stage: 'statements';
      statements: ReadArticle['statements'];
      entities?: ArticleEntity[];
    }
  | { id: number; stage: 'unusable' }
  | {
      id: number;
      stage: 'failed';
      code?: ErrorCode;
      message: string;
      details?: Record<string, unknown>;
    };

const port = parentPort;
if (port === null) throw new Error('article-text-worker must run in a worker thread');

let loaded: { key: string; gazetteer: Gazetteer } | undefined;

/** The gazetteer of the tables file, with its tagger installed; read once per key. */
function gazetteerOf(tables: ArticleTextRequest['tables']): Gazetteer {
  if (loaded?.key !== tables.key) {
    const { gazetteer, model, lexiconStarts } = readArticleTables(tables.path, tables.key);
    useNerModel(model, lexiconStarts);
    loaded = { key: tables.key, gazetteer };
  }
  return loaded.gazetteer;
}

function read({ id, input, tables }: ArticleTextRequest): void {
  let gazetteer: Gazetteer;
  try {
    gazetteer = gazetteerOf(tables);
  } catch (error) {
    if (error instanceof SnapshotInvalidError || (error as NodeJS.ErrnoException).code === 'ENOENT')
      return port?.postMessage({ id, stage: 'unusable' } satisfies ArticleTextReply);
    throw error;
  }
  const text = readArticleText(input, gazetteer);
  const { segmentation: _segmentation, grouped: _grouped, ...screened } = text;
  port?.postMessage({ id, stage: 'text', text: screened } satisfies ArticleTextReply);
  // The entities were posted before attribution; it seldom changes them (a letter's signer).
  const before = JSON.stringify(text.entities);
  const statements = attributeArticleText(text);
  const changed = JSON.stringify(text.entities) !== before;
  port?.postMessage({
    id,
    stage: 'statements',
    statements,
    ...(changed ? { entities: text.entities } : {}),
  } satisfies ArticleTextReply);
}

port.on('message', (request: ArticleTextRequest) => {
  try {
    read(request);
  } catch (error) {
    port.postMessage({
      id: request.id,
      stage: 'failed',
      ...(isAppError(error)
        ? { code: error.code, ...(error.details === undefined ? {} : { details: error.details }) }
        : {}),
      message: error instanceof Error ? error.message : String(error),
    } satisfies ArticleTextReply);
  }
});
