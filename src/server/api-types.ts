/**
 * The bodies the HTTP API answers with, declared once. Routes return these types (so the compiler
 * holds the handlers to them), `npm run build:api-schemas` turns them into the JSON Schemas of the
 * OpenAPI document, and the web page imports them instead of keeping a copy.
 */
import type {
  Alert,
  ListedAlert,
  ArticleAnalysis,
  AuditRecord,
  AuditVerification,
  BatchJobStatus,
  DeltaSummary,
  ImportReport,
  ListDiffReport,
  ListStatus,
  StoredDecision,
  StoredSubject,
} from '../app/index.ts';
import type { SubjectImportReport } from '../app/index.ts';
import type { ErrorCode, ListEntity, ScreenResult } from '../core/index.ts';
import type { YenteResult } from './yente-match.ts';
import type { SearchFacet } from './yente/search-entities.ts';
import type { YenteEntity } from './yente/yente-entity.ts';

/** Every error of Sift's own routes. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** Errors of the yente-compatible routes, in yente's shape. */
export interface YenteErrorBody {
  detail: string | { loc: (string | number)[]; msg: string; type: string }[];
}

/** GET /healthz: the process answers. */
export interface HealthAnswer {
  status: 'ok';
}

/**
 * GET /readyz: the list versions the engine screens with; `warnings` says which lists are stale
 * (their newest version older than the configured age), and is absent when none is.
 */
export interface ReadyAnswer {
  status: 'ready';
  lists: { list: string; version: number; published: string | null; stale: boolean }[];
  warnings?: string[];
}

/** POST /screen. */
export type ScreenAnswer = ScreenResult;

/** POST /explain: the chosen entity scored against the query, even below the threshold. */
export type ExplainAnswer = ScreenResult['results'][number];

/** GET /lists. */
export interface ListsAnswer {
  lists: ListStatus[];
}

/** POST /lists/import; `delta` is the re-screen of watched subjects, when there are any. */
export type ImportAnswer = ImportReport & { delta?: DeltaSummary };

/** GET /subjects. */
export interface SubjectsAnswer {
  subjects: StoredSubject[];
}

/** POST /subjects/import. */
export type SubjectImportAnswer = SubjectImportReport;

/** DELETE /subjects/{id}. */
export interface SubjectRemovedAnswer {
  id: string;
  removed: true;
}

/** GET /alerts. */
export interface AlertsAnswer {
  alerts: ListedAlert[];
}

/** GET /alerts/{id}: the alert and every decision on it, oldest first. */
export interface AlertAnswer {
  alert: Alert;
  decisions: StoredDecision[];
  /** The subject's facts; absent once it is no longer watched. */
  subject?: StoredSubject;
}

/** POST /alerts/{id}/decisions. */
export interface DecisionAnswer {
  alert: Alert;
  decision: StoredDecision;
}

/** GET /lists/diff/{list}. */
export type DiffAnswer = ListDiffReport;

/** POST /batch and GET /batch/{id}. */
export type BatchJobAnswer = BatchJobStatus;

/** GET /audit. */
export interface AuditAnswer {
  records: AuditRecord[];
}

/** GET /audit/verify. */
export type AuditVerifyAnswer = AuditVerification;

/** POST /analyze. */
export type AnalyzeAnswer = ArticleAnalysis;

/** How many results there are, as yente counts them. */
export interface YenteTotal {
  value: number;
  relation: 'eq' | 'gte';
}

/** The answer to one query of POST /match. */
export interface MatchQueryAnswer {
  status: number;
  results: YenteResult[];
  total: YenteTotal;
  query: { id: string | null; schema: string; properties: Record<string, string[]> };
  /** The watched subject whose alerts are on the results (the query's `subject` or `id`). */
  subject?: string;
}

/** POST /match/{dataset}. */
export interface MatchAnswer {
  responses: Record<string, MatchQueryAnswer>;
  limit: number;
  algorithm: string;
}

/** GET /search/{dataset}. */
export interface SearchAnswer {
  results: (YenteEntity & { score?: number })[];
  facets: Record<string, SearchFacet>;
  total: YenteTotal;
  limit: number;
  offset: number;
}

/**
 * GET /entities/{id}: yente's entity, with Sift's own record of it beside (not on a Sanction) and
 * the stored versions of its list that held it, oldest first.
 */
export type EntityAnswer = YenteEntity & { entity?: ListEntity; versions?: number[] };

/** GET /entities/{id}/adjacent. */
export interface AdjacentAnswer {
  entity: YenteEntity;
  adjacent: Record<
    string,
    { results: (string | YenteEntity)[]; total: YenteTotal; limit: number; offset: number }
  >;
}

/** GET /entities/{id}/adjacent/{property}: one page of one adjacent property. */
export interface AdjacentPropertyAnswer {
  results: (string | YenteEntity)[];
  total: YenteTotal;
  limit: number;
  offset: number;
}

/** One dataset or collection of GET /catalog. */
export interface CatalogDataset {
  name: string;
  title: string;
  /** Sift's short list name (un, ofac, eu, uk); absent on collections. */
  list?: string;
  version: string | null;
  updated_at: string | null;
  last_export?: string | null;
  published?: string | null;
  entity_count: number;
  children: string[];
  load: boolean;
  index_version: string | null;
  index_current: boolean;
  aliases?: string[];
  /** True when the list's newest version is older than the configured age; absent on collections. */
  stale?: boolean;
  /** Why the list is stale, when it is. */
  stale_warning?: string;
  versions?: {
    version: string;
    number: number;
    published: string | null;
    imported_at: string | null;
    sha256: string;
    active: boolean;
  }[];
}

/** GET /catalog. */
export interface CatalogAnswer {
  datasets: CatalogDataset[];
  current: string[];
  outdated: string[];
  index_stale: boolean;
}

/** One algorithm of GET /algorithms. */
export interface AlgorithmDescription {
  name: string;
  description: string;
  features: Record<string, AlgorithmFeature>;
  docs: {
    name: string;
    features: Record<string, AlgorithmFeature>;
    /** The engine's effective settings, as yente's config variables (Sift does not take them per request). */
    config: Record<string, AlgorithmConfigVar>;
  };
  /** yente's algorithm names this one answers for. */
  aliases: string[];
  default_threshold: number;
}

/** One setting of an algorithm, as yente's ConfigVar: its type and the value in effect. */
export interface AlgorithmConfigVar {
  type: 'string' | 'integer' | 'float' | 'boolean';
  description: string;
  default: number;
}

/** One feature of an algorithm's score. */
export interface AlgorithmFeature {
  description: string;
  coefficient: number | null;
  url: string | null;
}

/** GET /algorithms. */
export interface AlgorithmsAnswer {
  algorithms: AlgorithmDescription[];
  default: string;
  best: string;
}

/** The names of the types above that the OpenAPI document declares, in the order it lists them. */
export const API_TYPE_NAMES = [
  'ErrorBody',
  'YenteErrorBody',
  'HealthAnswer',
  'ReadyAnswer',
  'ScreenAnswer',
  'ExplainAnswer',
  'ListsAnswer',
  'ImportAnswer',
  'SubjectsAnswer',
  'SubjectImportAnswer',
  'SubjectRemovedAnswer',
  'AlertsAnswer',
  'AlertAnswer',
  'DecisionAnswer',
  'DiffAnswer',
  'BatchJobAnswer',
  'AuditAnswer',
  'AuditVerifyAnswer',
  'AnalyzeAnswer',
  'MatchAnswer',
  'SearchAnswer',
  'EntityAnswer',
  'AdjacentAnswer',
  'AdjacentPropertyAnswer',
  'CatalogAnswer',
  'AlgorithmsAnswer',
] as const;
