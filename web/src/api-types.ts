// Copied by hand from src/core/*.ts and src/analysis/article-types.ts: the page talks to the server
// over HTTP only and imports nothing from src/. Only the fields the page reads are listed.

/** How a name relates to its listed entity. */
export type NameKind = 'primary' | 'alias' | 'weak-alias' | 'former' | 'original-script';

/** Entity schemas, close to FollowTheMoney. */
export type Schema = 'Person' | 'Organization' | 'LegalEntity' | 'Vessel' | 'Aircraft';

/** One name to screen (POST /screen body). */
export interface NameQuery {
  name: string;
  schema?: Schema | 'Any';
  birthDate?: string;
  /** ISO 3166-1 code or country name (RU, Russia). */
  country?: string;
  /** IMO, passport, registration numbers, BIC, digital-currency addresses. */
  identifiers?: string[];
  lists?: string[];
  threshold?: number;
  limit?: number;
}

/** How one query part lined up with part(s) of the matched name. */
export interface PartAlignment {
  query: string[];
  matched: string[];
  evidence: string;
  similarity: number;
  weight: number;
  note?: string;
}

/** The effect of one fact other than the name on the score. */
export interface QualifierEffect {
  qualifier: string;
  contribution: number;
  detail: string;
}

/** The version of one list an answer was computed from. */
export interface ListVersion {
  list: string;
  version: number;
  published: string | null;
}

/** Why a hit scored what it did. */
export interface Explanation {
  algorithm: string;
  threshold: number;
  nameScore: number;
  score: number;
  queryTokens: string[];
  queryHonorifics: string[];
  matchedTokens: string[];
  parts: PartAlignment[];
  qualifiers: QualifierEffect[];
  ofac: { score: number; technique: string; comparedWith: string };
  lists: ListVersion[];
  summary: string;
}

/** One listed entity that a query may refer to. */
export interface Hit {
  entityId: string;
  list: string;
  reference: string;
  caption: string;
  schema: Schema;
  score: number;
  match: boolean;
  ofacScore: number;
  matchedName: { full: string; kind: NameKind; list: string };
  explanation: Explanation;
}

/** The answer of POST /screen. */
export interface ScreenResult {
  query: NameQuery;
  results: Hit[];
  lists: ListVersion[];
  algorithm: string;
}

/** A date as precise as the list knows it. */
export interface PartialDate {
  value: string;
  precision: string;
  from?: string;
  to?: string;
  note?: string;
}

/** An identity or registration document or number. */
export interface Identifier {
  type: string;
  value: string;
  country?: string;
  note?: string;
}

/** A postal address; any part may be absent. */
export interface Address {
  full?: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
  note?: string;
}

/** A listed entity in Sift's model (the `entity` field of GET /entities/{id}). */
export interface ListEntity {
  id: string;
  list: string;
  reference: string;
  schema: Schema;
  caption: string;
  names: { full: string; kind: NameKind; script?: string; lang?: string }[];
  birthDates: PartialDate[];
  birthPlaces: string[];
  nationalities: string[];
  countries: string[];
  identifiers: Identifier[];
  addresses: Address[];
  programs: string[];
  titles: string[];
  positions: string[];
  listedOn?: string;
  amendedOn: string[];
  reason?: string;
  gender?: 'male' | 'female';
  properties: Record<string, string[]>;
}

/** The answer of GET /entities/{id}: yente's shape, dated from the stored versions, and Sift's model. */
export interface EntityResponse {
  id: string;
  caption: string;
  schema: string;
  datasets: string[];
  /** Whether the active version of its list holds the entity today. */
  target: boolean;
  /** Import time of the first stored version that held it (no zone, UTC). */
  first_seen: string | null;
  /** Import time of the latest stored version that held it. */
  last_seen: string | null;
  /** Import time of the version since which its record is unchanged. */
  last_change: string | null;
  entity: ListEntity;
  /** The stored versions of its list that held it, oldest first. */
  versions?: number[];
}

/** One result of GET /search/{dataset}. */
export interface SearchResult {
  id: string;
  caption: string;
  schema: string;
  datasets: string[];
  score: number;
}

/** A stretch of the analysed text (end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** The kinds of thing an article names. */
export type MentionType = 'person' | 'organization' | 'place' | 'group';

/** How a sentence is sourced. */
export type StatementKind = 'quote' | 'reported' | 'unattributed' | 'weakly-sourced';

/** One list hit of an article entity. */
export interface EntityHit {
  entityId: string;
  list: string;
  reference: string;
  caption: string;
  score: number;
  match: 'match' | 'partial';
  queryName?: string;
  matchedName: { full: string; kind: NameKind };
  partialReason?: string;
  reason?: string;
  countryEvidence?: string[];
  /** Set on a listing of the same real-world entity as another hit: that hit's "UN QDi.006". */
  sameEntityAs?: string;
  explanation: Explanation;
}

/** An article entity with its screening (places and groups are not screened). */
export interface AnalyzedEntity {
  id: string;
  name: string;
  type: MentionType;
  aliases: string[];
  mentions: TextSpan[];
  screening: { match: 'match' | 'partial' | 'none'; hits: EntityHit[] } | null;
}

/** One sentence with its attribution. */
export interface Statement extends TextSpan {
  kind: StatementKind;
  speaker: string | null;
  speakerName: string | null;
  medium: string | null;
  cue: string | null;
}

/** The answer of POST /analyze. */
export interface ArticleAnalysis {
  title: string | null;
  byline: string | null;
  published: string | null;
  tags: string[];
  text: string;
  removed: { text: string; reason: string }[];
  warnings?: string[];
  entities: AnalyzedEntity[];
  statements: Statement[];
}

/** A batch job's state (POST /batch, GET /batch/{id}). */
export interface BatchJobStatus {
  id: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  stage?: 'queued' | 'loading-lists' | 'screening' | 'finished';
  rowsDone: number;
  rowsTotal: number;
  outputFormat: string;
  summary?: {
    rows: number;
    alerts: number;
    errors: number;
    elapsedMs: number;
    interrupted?: boolean;
  };
  error?: string;
  createdAt?: string;
}

/** One line of a batch job's JSONL results. */
export interface BatchRowResult {
  line: number;
  id?: string;
  name: string;
  status: 'clear' | 'alert' | 'error';
  alertCount: number;
  hits: Hit[];
  error?: string;
}

/** One active list of GET /lists. */
export interface LoadedList {
  list: string;
  version: number;
  published: string | null;
  importedAt: string;
  format: string;
  fileName: string;
  entityCount: number;
  countsBySchema: Record<string, number>;
  issueCount: number;
}

/** One dataset of GET /catalog (yente's shape); a loaded list has `list` and every stored version. */
export interface CatalogDataset {
  /** The yente dataset name, e.g. `un_sc_sanctions`, or a collection (`sanctions`, `default`). */
  name: string;
  /** Sift's list name (`un`), for loaded lists only. */
  list?: string;
  title: string;
  version: string | null;
  load: boolean;
  versions?: {
    version: string;
    number: number;
    published: string | null;
    imported_at: string;
    active: boolean;
  }[];
}

/** The answer of GET /lists/diff/{list}. */
export interface ListDiff {
  list: string;
  from: { version: number; published?: string | null };
  to: { version: number; published?: string | null };
  diff: {
    added: { id: string; caption: string; schema: string }[];
    removed: { id: string; caption: string; schema: string }[];
    changed: {
      id: string;
      caption: string;
      fields: { field: string; from: unknown; to: unknown }[];
    }[];
    unchangedCount: number;
  };
}

/** One record of GET /audit. */
export interface AuditRecord {
  seq: number;
  at: string;
  caller: string;
  kind: string;
  input: unknown;
  lists: unknown;
  engine: string;
  results: { entityId: string; score: number; match: boolean }[];
  hash: string;
}

/** The answer of GET /audit/verify. */
export interface AuditVerification {
  ok: boolean;
  records: number;
  brokenAt?: { seq: number; reason: string };
}
