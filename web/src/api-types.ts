/**
 * The types of the API's answers, from the declarations the server's OpenAPI document is written
 * from (src/server/api-types.ts and the core types they use), so the page cannot fall out of step
 * with the server. Type-only: nothing of the server reaches the page's bundle.
 */
export type {
  BatchRowResult,
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
  AlertAnswer,
  AlertsAnswer,
  AnalyzeAnswer,
  AuditAnswer,
  AuditVerifyAnswer,
  BatchJobAnswer,
  CatalogDataset as ServerCatalogDataset,
  DiffAnswer,
  EntityAnswer,
  DecisionAnswer as ServerDecisionAnswer,
  ListsAnswer,
  SearchAnswer,
  SubjectImportAnswer,
  SubjectsAnswer,
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
/** One watched subject of GET /subjects. */
export type WatchedSubject = SubjectsAnswer['subjects'][number];
/** The answer of POST /subjects/import. */
export type SubjectImportReport = SubjectImportAnswer;
/** One alert of GET /alerts. */
export type Alert = AlertsAnswer['alerts'][number];
/** The answer of GET /alerts/{id}: the alert, its decisions and its subject while watched. */
export type AlertDetail = AlertAnswer;
/** One recorded decision on an alert. */
export type Decision = AlertAnswer['decisions'][number];
/** The answer of POST /alerts/{id}/decisions. */
export type DecisionAnswer = ServerDecisionAnswer;
