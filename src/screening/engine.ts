import { createHash } from 'node:crypto';
import { ROLE_WEIGHTS } from '../candidates/index.ts';
import {
  ALIAS_SUPPORT,
  COMMON_ALIAS_FACTOR,
  COMMON_ALIAS_SPECIFICITY,
  COMMON_NAME_WEIGHT,
  COMMON_ONLY_LISTED_COST,
  COMMON_ONLY_QUERY_COST,
  COMMON_ORGANISATION_PART_FACTOR,
  DEFAULT_ALIGN_OPTIONS,
  DROPPED_GIVEN_NAME_FACTOR,
  ESTIMATED_YEAR_TOLERANCE,
  FORMER_NAME_PENALTY,
  GIVEN_NAME_ALONE_FACTOR,
  IDENTIFIER_BONUS,
  IDENTIFIER_MATCH_SCORE,
  LEFT_OUT_RARE_NAME_FACTOR,
  LONG_FORM_QUERY_COST,
  MATERNAL_SURNAME_ALONE_FACTOR,
  PART_OF_OTHER_ALIAS_FACTOR,
  QUALIFIER_MIN_NAME_SCORE,
  QUALIFIER_WEIGHTS,
  RARE_CREDIT_FROM,
  RARE_NAME_WEIGHT,
  REVERSED_SYLLABLES_FACTOR,
  SHARED_TITLE_WEIGHT,
  SHORT_ALIAS_FACTOR,
  SOURCE_LETTER_CONFLICT_FACTOR,
  TYPO_ONLY_FACTOR,
  TYPO_SIMILARITY,
  WEAK_ALIAS_FACTOR,
} from '../matching/index.ts';
import { ALGORITHM_VERSION, DEFAULT_THRESHOLD } from './screening-index.ts';

// The one description of the engine: GET /algorithms shows it, the audit trail records the hash
// of its settings, and a test checks the weights table of docs/matching.md against it. The
// weights are read from where matching and candidates define them, never copied, so tuning them
// there changes all three.

/** Named numbers of the score, grouped by the step that uses them. */
export type EngineWeights = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** What the screening engine is: its version, default threshold, weights and score features. */
export interface EngineDescriptor {
  /** Recorded in every explanation and audit record; bumped on any scoring change. */
  readonly version: string;
  /** Score at and above which a hit is a match, unless a request says otherwise. */
  readonly defaultThreshold: number;
  readonly weights: EngineWeights;
  /** The parts of a score an explanation names, with what each means. */
  readonly features: Readonly<Record<string, string>>;
}

/** The screening engine as it runs in this build. */
export const ENGINE: EngineDescriptor = Object.freeze({
  version: ALGORITHM_VERSION,
  defaultThreshold: DEFAULT_THRESHOLD,
  weights: Object.freeze({
    roles: Object.freeze({ ...ROLE_WEIGHTS }),
    align: Object.freeze({
      ...DEFAULT_ALIGN_OPTIONS,
      commonOnlyQueryCost: COMMON_ONLY_QUERY_COST,
      commonOnlyListedCost: COMMON_ONLY_LISTED_COST,
      longFormQueryCost: LONG_FORM_QUERY_COST,
    }),
    names: Object.freeze({
      aliasSupport: ALIAS_SUPPORT,
      weakAliasFactor: WEAK_ALIAS_FACTOR,
      shortAliasFactor: SHORT_ALIAS_FACTOR,
      commonNameWeight: COMMON_NAME_WEIGHT,
      rareNameWeight: RARE_NAME_WEIGHT,
      rareCreditFrom: RARE_CREDIT_FROM,
      commonAliasFactor: COMMON_ALIAS_FACTOR,
      commonAliasSpecificityLow: COMMON_ALIAS_SPECIFICITY.low,
      commonAliasSpecificityHigh: COMMON_ALIAS_SPECIFICITY.high,
      droppedGivenNameFactor: DROPPED_GIVEN_NAME_FACTOR,
      formerNamePenalty: FORMER_NAME_PENALTY,
      qualifierMinNameScore: QUALIFIER_MIN_NAME_SCORE,
      sharedTitleWeight: SHARED_TITLE_WEIGHT,
      typoSimilarity: TYPO_SIMILARITY,
      typoOnlyFactor: TYPO_ONLY_FACTOR,
      commonOrganisationPartFactor: COMMON_ORGANISATION_PART_FACTOR,
      givenNameAloneFactor: GIVEN_NAME_ALONE_FACTOR,
      leftOutRareNameFactor: LEFT_OUT_RARE_NAME_FACTOR,
      maternalSurnameAloneFactor: MATERNAL_SURNAME_ALONE_FACTOR,
      reversedSyllablesFactor: REVERSED_SYLLABLES_FACTOR,
      partOfOtherAliasFactor: PART_OF_OTHER_ALIAS_FACTOR,
      sourceLetterConflictFactor: SOURCE_LETTER_CONFLICT_FACTOR,
    }),
    qualifiers: Object.freeze({ ...QUALIFIER_WEIGHTS }),
    dates: Object.freeze({ estimatedYearTolerance: ESTIMATED_YEAR_TOLERANCE }),
    identifiers: Object.freeze({
      matchScore: IDENTIFIER_MATCH_SCORE,
      bonus: IDENTIFIER_BONUS,
    }),
  }),
  features: Object.freeze({
    name: 'Rarity-weighted alignment of name parts after transliteration, name equivalents, phonetic keys and typo allowance (0..1).',
    birthDate: 'Signed change for a matching, near or different birth date.',
    country: 'Signed change for a shared or different nationality or country.',
    schema: 'Signed change when the kinds of entity differ.',
    weakAlias: 'Penalty when only a weak alias matched (OFAC FAQ 122).',
    coverage:
      'Penalty when the matched names are all borne by many listed entities and form only an alias or part of the listed name, or leave out its given name.',
    nameKind: 'Signed change by the kind of listed name that matched (former, original script …).',
    identifier:
      'Lift to at least the identifier match score when a query identifier equals a listed one.',
    ofac_parity:
      'What OFAC’s Sanctions List Search would score the pair, 0..1 (reported, not added).',
  }),
});

/** The weights as `group.name` → value, in a stable order: the rows of the docs table. */
export function flattenWeights(weights: EngineWeights): [string, number][] {
  return Object.entries(weights).flatMap(([group, values]) =>
    Object.entries(values).map(([name, value]): [string, number] => [`${group}.${name}`, value]),
  );
}

/** Short hash of what decides a score (version, threshold, every weight), for the audit trail. */
export function engineSettingsHash(engine: EngineDescriptor): string {
  const settings = {
    algorithm: engine.version,
    defaultThreshold: engine.defaultThreshold,
    weights: flattenWeights(engine.weights),
  };
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16);
}

/** The engine's identity as the audit trail records it: a hash of its settings. */
export const ENGINE_SETTINGS_HASH = engineSettingsHash(ENGINE);
