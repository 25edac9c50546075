import type { ArticleAnalysis, ArticleInput, Gazetteer } from '../analysis/index.ts';
import { getEntity, type ScreeningIndex } from '../screening/index.ts';
import { AppError } from '../core/index.ts';
import type { ArticleReader } from './article-reader.ts';
import { loadArticleTables } from './article-snapshot.ts';
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
  const analyze = async (
    input: ArticleInput,
    request: ArticleRequest,
  ): Promise<ArticleAnalysis> => {
    const analysis = await loadAnalysis();
    const { checkHtmlDepth, readArticle, screenReadArticle } = analysis;
    // Refused here, at the cost of one scan, before any costly stage or a trip to a worker.
    if (input.format !== 'text') checkHtmlDepth(input.content);
    const engine = await screening.engine();
    const index = engine.index;
    if (request.lists?.length === 0)
      throw new AppError('QUERY_INVALID', 'No list selected: name at least one, or leave it out.');
    // Read here, the article keeps this thread busy for a while: the engine's tables its queries
    // will use are read on libuv's pool meanwhile (about a tenth of `sift analyze` on four lists).
    const tablesRead = reader === undefined ? engine.readAhead?.() : undefined;
    if (cached?.index !== index)
      cached = { index, gazetteer: loadArticleTables(engine, snapshots, analysis) };
    const read =
      reader === undefined
        ? readArticle(input, cached.gazetteer)
        : await reader.read(input, cached.gazetteer);
    await tablesRead;
    return screenReadArticle(read, {
      screen: (query) => screening.screen(query, request.caller, 'analyze'),
      lookupEntity: (id) => getEntity(index, id),
      ...(request.lists === undefined ? {} : { lists: request.lists }),
    });
  };
  return {
    close: () => reader?.close() ?? Promise.resolve(),
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
