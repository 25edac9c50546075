/**
 * The types of the API's answers, from the declarations the server's OpenAPI document is written
 * from (src/server/api-types.ts and the core types they use), so the page cannot fall out of step
 * with the server. Type-only: nothing of the server reaches the page's bundle.
 */
export type {
  Explanation,
  Hit,
  ListEntity,
  ListVersion,
  NameKind,
  NameQuery,
  PartAlignment,
  PartialDate,
  QualifierEffect,
  Schema,
  ScreenResult,
} from '../../src/core/index.ts';
export type {
  AnalyzedEntity,
  EntityHit,
  MentionType,
  Statement,
  StatementKind,
  TextSpan,
} from '../../src/analysis/article-types.ts';
import type {
  AnalyzeAnswer,
  AuditAnswer,
  AuditVerifyAnswer,
  BatchJobAnswer,
  CatalogDataset as ServerCatalogDataset,
  DiffAnswer,
  EntityAnswer,
  ListsAnswer,
  SearchAnswer,
} from '../../src/server/api-types.ts';

/** The answer of POST /analyze. */
export type ArticleAnalysis = AnalyzeAnswer;
/** The answer of GET /entities/{id}. */
export type EntityResponse = EntityAnswer;
/** One result of GET /search/{dataset}. */
export type SearchResult = SearchAnswer['results'][number];
/** A batch job's state (POST /batch, GET /batch/{id}). */
export type BatchJobStatus = BatchJobAnswer;
/** One active list of GET /lists. */
export type LoadedList = ListsAnswer['lists'][number];
/** One dataset of GET /catalog. */
export type CatalogDataset = ServerCatalogDataset;
/** The answer of GET /lists/diff/{list}. */
export type ListDiff = DiffAnswer;
/** One record of GET /audit. */
export type AuditRecord = AuditAnswer['records'][number];
/** The answer of GET /audit/verify. */
export type AuditVerification = AuditVerifyAnswer;
