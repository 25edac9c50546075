import type { ArticleAnalysis, ArticleInput, Gazetteer } from '../analysis/index.ts';
import { getEntity, type ScreeningIndex } from '../screening/index.ts';
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

/** Creates the article service; the gazetteer of list names is built once per index. */
export function createArticleService(screening: ScreeningService): ArticleService {
  let cached: { index: ScreeningIndex; gazetteer: Gazetteer } | undefined;
  const analyze = async (
    input: ArticleInput,
    request: ArticleRequest,
  ): Promise<ArticleAnalysis> => {
    const { analyzeArticle, buildGazetteer } = await loadAnalysis();
    const index = await screening.index();
    if (cached?.index !== index) cached = { index, gazetteer: buildGazetteer(index.entities) };
    return analyzeArticle(input, {
      gazetteer: cached.gazetteer,
      screen: (query) => screening.screen(query, request.caller, 'analyze'),
      lookupEntity: (id) => getEntity(index, id),
      ...(request.lists === undefined ? {} : { lists: request.lists }),
    });
  };
  return {
    analyze,
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
