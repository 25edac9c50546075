import type { ListName, NameKind, Schema } from './list-entity.ts';

/** One name to screen, with the optional facts that raise or lower a hit's score. */
export interface NameQuery {
  /**
   * The name as typed, in any script; may be left out (or empty) when `identifiers` are given, to
   * find an entity by identifier alone (a vessel by its IMO number).
   */
  name?: string;
  /** The kind of thing named; `Any` (the default) compares with every schema. */
  schema?: Schema | 'Any';
  /** Birth date as YYYY, YYYY-MM or YYYY-MM-DD. */
  birthDate?: string;
  /**
   * Country or nationality: ISO 3166-1 alpha-2 or alpha-3 code in any case, or a name such as
   * "Russia", "Russian Federation" or "Iran (Islamic Republic of)"; validation turns it into the
   * alpha-2 code.
   */
  country?: string;
  /**
   * Identifiers of the subject as written anywhere: IMO numbers, passport and national ID numbers,
   * registration numbers, SWIFT/BIC codes, digital-currency addresses. Compared after
   * normalisation ("IMO 9179834" = "9179834"); an exact match is strong evidence.
   */
  identifiers?: string[];
  /** Only screen against these lists (`un`, `ofac`, `eu`, `uk` …); all loaded lists when absent. */
  lists?: string[];
  /** Score (0..1) at and above which a hit is flagged as a match; DEFAULT_THRESHOLD when absent. */
  threshold?: number;
  /** Most hits returned, best first. */
  limit?: number;
}

/**
 * The kind of evidence that aligned one query part with one listed part: `exact` (same token),
 * `transliteration` (same after romanising another script), `equivalent` (a known variant of the
 * same given name, e.g. Mohammed/Muhammad), `phonetic` (same sound key), `typo` (small edit),
 * `initial` (a single letter standing for the listed part), `joined` (tokens merged or split,
 * "Siraj udin" ↔ "Sirajuddin"), `unmatched` (a part with no counterpart on the other side).
 */
export type EvidenceKind =
  | 'exact'
  | 'transliteration'
  | 'equivalent'
  | 'phonetic'
  | 'typo'
  | 'initial'
  | 'joined'
  | 'unmatched';

/** How one query part (or several merged query tokens) lined up with part(s) of the matched name. */
export interface PartAlignment {
  /** Query tokens, normalised; empty when a listed part has no counterpart in the query. */
  query: string[];
  /** Tokens of the matched list name, normalised; empty when a query part found no counterpart. */
  matched: string[];
  evidence: EvidenceKind;
  /** Similarity of the aligned parts, 0..1 (0 for unmatched parts). */
  similarity: number;
  /** Weight of the part in the name score: rare parts weigh more, common or generic ones less. */
  weight: number;
  /** Why the weight is low, when it is: `common`, `particle`, `legal-form`, `generic`, `initial`. */
  note?: string;
}

/** The effect of one fact other than the name on the score. */
export interface QualifierEffect {
  qualifier: 'birthDate' | 'country' | 'schema' | 'weakAlias' | 'nameKind' | 'identifier';
  /** Signed change to the score (e.g. +0.04 for a matching birth date, −0.2 for a different one). */
  contribution: number;
  /** A sentence saying what was compared, e.g. "query 1977 vs listed 1977-07-03 (same year)". */
  detail: string;
}

/** Why a hit scored what it did: every number in it can be traced back to the inputs. */
export interface Explanation {
  /** Engine version that produced the score, e.g. `sift-match-2`. */
  algorithm: string;
  /** Threshold used to set `match`. */
  threshold: number;
  /** Score of the name alone, before qualifiers, 0..1. */
  nameScore: number;
  /** Final score after qualifiers, clamped to 0..1 (equals Hit.score). */
  score: number;
  /** The query name after normalisation, as the tokens that were compared. */
  queryTokens: string[];
  /** Honorifics and titles found in the query and kept aside, not matched (Mullah, Haji, Dr …). */
  queryHonorifics: string[];
  /** The matched list name's tokens after normalisation. */
  matchedTokens: string[];
  /** Alignment of name parts, in query order, then listed parts left unmatched. */
  parts: PartAlignment[];
  /** Every qualifier's signed contribution. */
  qualifiers: QualifierEffect[];
  /** The OFAC-parity score (0..100) and which technique produced it. */
  ofac: { score: number; technique: 'whole-name' | 'name-parts' | 'none'; comparedWith: string };
  /** Versions of the lists the hit was screened against. */
  lists: ListVersion[];
  /** A short human-readable sentence summarising the above. */
  summary: string;
}

/** The version of one list an answer was computed from. */
export interface ListVersion {
  list: ListName;
  version: number;
  /** Publication date from the list file, YYYY-MM-DD, or null when the file gives none. */
  published: string | null;
}

/** One listed entity that the query may refer to. */
export interface Hit {
  /** `<list>:<reference>`, e.g. `un:TAi.144`. */
  entityId: string;
  list: ListName;
  reference: string;
  caption: string;
  schema: Schema;
  /** 0..1; the same meaning for every schema. */
  score: number;
  /** True when `score` reaches the threshold in force. */
  match: boolean;
  /** What OFAC's Sanctions List Search would score this pair, 0..100. */
  ofacScore: number;
  /** The entity's name that produced the best score. */
  matchedName: { full: string; kind: NameKind; list: ListName };
  explanation: Explanation;
}

/** The answer to one name query: the query as understood, the hits, and the list versions used. */
export interface ScreenResult {
  /** The query with defaults filled in (schema, threshold, limit, lists). */
  query: NameQuery;
  /** Hits, best first, at most `query.limit`. */
  results: Hit[];
  /** The list versions screened against. */
  lists: ListVersion[];
  /** Engine version, e.g. `sift-match-2`. */
  algorithm: string;
}
