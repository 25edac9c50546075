import type {
  ArticleAnalysis,
  ArticleInput,
  Gazetteer,
  ReadArticle,
  AnalyzeOptions,
} from '../analysis/index.ts';
import { getEntity, type ScreeningIndex } from '../screening/index.ts';
import { AppError } from '../core/index.ts';
import type { ArticleReader } from './article-reader.ts';
import { articleTablesFile, loadArticleTables } from './article-snapshot.ts';
import {
  startArticleTextThread,
  type ArticleTextRead,
  type ArticleTextThread,
} from './article-text-thread.ts';
import type { SnapshotOptions } from './engine-snapshot.ts';
import type { ScreeningService } from './screening-service.ts';

/** Options of one article analysis. */
export interface ArticleRequest {
  /** Who asked, for the audit trail: `cli` or the API key id. */
  caller: string;
  lists?: string[];
}

/** Article analysis over the loaded lists, with every named person and organisation screened. */
export interface ArticleService {
  /** Analyses decoded article text or HTML. */
  analyze(input: ArticleInput, request: ArticleRequest): Promise<ArticleAnalysis>;
  /** Reads an article file's bytes (any encoding) as input for `analyze`. */
  decode(bytes: Uint8Array): Promise<ArticleInput>;
  /** The report of an analysis, as Markdown or HTML. */
  report(analysis: ArticleAnalysis, format: 'md' | 'html'): Promise<string>;
  /** Stops the worker thread, if any. */
  close(): Promise<void>;
  /** Fetches a URL (with the network safeguards) and analyses what it returns. */
  analyzeUrl(
    url: string,
    request: ArticleRequest & { allowPrivate: boolean; timeoutMs?: number },
  ): Promise<ArticleAnalysis>;
}

/** The pipeline loads NLP models (about 1.5 s): only a process that analyses articles pays for it. */
let analysisModule: Promise<typeof import('../analysis/index.ts')> | undefined;
const loadAnalysis = (): Promise<typeof import('../analysis/index.ts')> =>
  (analysisModule ??= import('../analysis/index.ts'));

/**
 * Creates the article service; the gazetteer of list names is made once per index (read from the
 * article tables beside the engine snapshot, see loadArticleTables). With a `reader`, the text
 * stages run on its worker thread and only the screening runs here.
 */
export function createArticleService(
  screening: ScreeningService,
  reader?: ArticleReader,
  snapshots: SnapshotOptions = { dir: undefined, log: () => undefined },
): ArticleService {
  let cached: { index: ScreeningIndex; gazetteer: Gazetteer } | undefined;
  let textThread: ArticleTextThread | undefined;
  const analyze = async (
    input: ArticleInput,
    request: ArticleRequest,
  ): Promise<ArticleAnalysis> => {
    // In one process, the text is read on a thread of its own (started first: it loads the text
    // pipeline while this thread loads the engine) and screened here as soon as its entities are
    // known, while that thread reads the statements. Needs the article tables file to read from.
    if (reader === undefined && snapshots.dir !== undefined)
      textThread ??= startArticleTextThread();
    const analysis = await loadAnalysis();
    const { checkHtmlDepth, readArticle, screenOncePerQuery, screenReadArticle } = analysis;
    // Refused here, at the cost of one scan, before any costly stage or a trip to a worker.
    if (input.format !== 'text') checkHtmlDepth(input.content);
    const engine = await screening.engine();
    const index = engine.index;
    if (request.lists?.length === 0)
      throw new AppError('QUERY_INVALID', 'No list selected: name at least one, or leave it out.');
    // Read here, the article keeps this thread busy for a while: the engine's tables its queries
    // will use are read on libuv's pool meanwhile (about a tenth of `sift analyze` on four lists).
    const tablesRead = reader === undefined ? engine.readAhead?.() : undefined;
    const options = {
      // Once per article across both screenings below, so each query has one audit record.
      screen: screenOncePerQuery((query) => screening.screen(query, request.caller, 'analyze')),
      lookupEntity: (id: string) => getEntity(index, id),
      ...(request.lists === undefined ? {} : { lists: request.lists }),
    };
    const tables = textThread === undefined ? undefined : articleTablesFile(engine, snapshots);
    if (textThread !== undefined && tables !== undefined) {
      const { text, statements } = textThread.read(input, tables);
      const entities = await text;
      if (entities !== undefined) {
        await tablesRead;
        return screenBesideAttribution(entities, statements, options, analysis);
      }
    }
    if (cached?.index !== index)
      cached = { index, gazetteer: loadArticleTables(engine, snapshots, analysis) };
    const read =
      reader === undefined
        ? readArticle(input, cached.gazetteer)
        : await reader.read(input, cached.gazetteer);
    await tablesRead;
    return screenReadArticle(read, options);
  };
  return {
    close: async () => {
      await Promise.all([reader?.close(), textThread?.close()]);
    },
    analyze,
    decode: async (bytes) => {
      const { decodeBytes } = await loadAnalysis();
      return { content: decodeBytes(bytes), format: 'auto' };
    },
    report: async (analysis, format) => (await loadAnalysis()).formatReport(analysis, format),
    analyzeUrl: async (url, request) => {
      const { decodeBytes, DEFAULT_FETCH_OPTIONS, detectFormat, fetchArticle } =
        await loadAnalysis();
      const fetched = await fetchArticle(url, {
        ...DEFAULT_FETCH_OPTIONS,
        allowPrivate: request.allowPrivate,
        ...(request.timeoutMs === undefined ? {} : { timeoutMs: request.timeoutMs }),
      });
      const content = decodeBytes(fetched.bytes, fetched.contentType);
      const format = /html/i.test(fetched.contentType) ? 'html' : detectFormat(content);
      return analyze({ content, format, url: fetched.url }, request);
    },
  };
}

/**
 * Screens the entities of a text while its statements are read; when attribution changed the
 * entities (a letter's signer added or renamed), screens them again: the answer is then the one
 * reading the whole article first gives. `options.screen` answers a query it was asked once.
 */
async function screenBesideAttribution(
  text: Omit<ReadArticle, 'statements'>,
  attribution: ArticleTextRead['statements'],
  options: Pick<AnalyzeOptions, 'screen' | 'lookupEntity' | 'lists'>,
  analysis: typeof import('../analysis/index.ts'),
): Promise<ArticleAnalysis> {
  const screened = await analysis.screenReadArticle({ ...text, statements: [] }, options);
  const { statements, entities } = await attribution;
  if (entities === undefined) return { ...screened, statements };
  return analysis.screenReadArticle(
    { ...text, entities, countries: analysis.articleCountries(entities), statements },
    options,
  );
}
