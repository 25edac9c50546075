import { editSimilarity, ofacJaroWinkler, ofacJaroWinklerCeiling } from './ofac-similarity.ts';

/** An OFAC-parity score and the technique that produced it. */
export interface OfacScore {
  /** 0..100, as OFAC Sanctions List Search shows it; 0 when the tool would not list the name. */
  score: number;
  technique: 'whole-name' | 'name-parts' | 'none';
  /** The list name that gave the score. */
  comparedWith: string;
}

/**
 * The choices that define the emulation. `OFAC_RULES` holds the documented rule (decision 007);
 * the parity eval varies them to show how much each choice carries and to cross-validate them.
 */
export interface OfacRules {
  /** Letters of common prefix the Jaro-Winkler bonus counts. */
  prefixCap: number;
  /** Whole-name string: tokens joined without spaces (`compact`) or with them (`spaced`). */
  wholeForm: 'compact' | 'spaced';
  /**
   * Which list parts a query part may pair with: any, those with the same first letter, or those
   * with the same first letter and at least 50 % edit similarity (FAQ 249's pre-filter).
   */
  partGate: 'none' | 'first-letter' | 'first-letter-and-edit';
  /** Whether a list name is listed only when some pair of parts passes FAQ 249's pre-filter. */
  retrievalGate: boolean;
  /**
   * How the name-part composite becomes a whole number of points: to the nearest, or up. The
   * recorded name-part scores with a fraction under one half are one point higher than the nearest
   * in 11 of 14 rows (PUTIN ↔ PUNTI, Pere: 89.3, recorded 90), the whole-name ones in none of 22.
   */
  partRounding: 'nearest' | 'up';
}

/** The rule that reproduces the recorded OFAC scores best (see docs/decisions/007-ofac-parity.md). */
export const OFAC_RULES: Readonly<OfacRules> = Object.freeze({
  prefixCap: 5,
  wholeForm: 'compact',
  partGate: 'first-letter-and-edit',
  retrievalGate: true,
  partRounding: 'up',
});

/** Upper-case ASCII name parts of a name, as the search tool compares them. */
export function ofacTokens(name: string): string[] {
  return splitParts(fold(name));
}

/** Upper-case ASCII with marks, apostrophes, periods and commas gone (O'BRIEN stays one part). */
function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/['’.,]/g, '');
}

function splitParts(folded: string): string[] {
  const spaced = folded.replace(/[^A-Z0-9]+/g, ' ').trim();
  return spaced === '' ? [] : spaced.split(' ');
}

/**
 * The whole-name string. OFAC's recorded scores match the names with their spaces removed
 * ("GEORGE BUSH" ↔ "JAMIL GEORGES, Fahd" is 77 as GEORGEBUSH ↔ JAMILGEORGESFAHD, 64 spaced) while
 * a hyphen typed in the query stays (AL-QAEDA ↔ AL QAIDA is 90, not the 94 of AL QAEDA).
 */
function wholeString(folded: string, form: OfacRules['wholeForm']): string {
  if (form === 'spaced') return folded.replace(/[^A-Z0-9]+/g, ' ').trim();
  return folded.replace(/[^A-Z0-9-]+/g, '');
}

/** FAQ 249's pre-filter for two name parts: the same first letter and ≥ 50 % edit similarity. */
function passesPrefilter(part: string, listed: string): boolean {
  return part[0] === listed[0] && editSimilarity(part, listed) >= 0.5;
}

/**
 * Name-part technique: each query part takes its best Jaro-Winkler over the list parts it may pair
 * with under `rules.partGate`, 0 when none; the composite is their mean. Also reports whether any
 * pair passes FAQ 249's pre-filter, which decides whether the name is listed at all.
 */
function nameParts(
  parts: readonly string[],
  listed: readonly string[],
  rules: OfacRules,
): { score: number; reached: boolean } {
  let sum = 0;
  let reached = false;
  for (const part of parts) {
    let best = 0;
    for (const other of listed) {
      const sameFirst = part[0] === other[0];
      const prefiltered = sameFirst && passesPrefilter(part, other);
      reached ||= prefiltered;
      if (rules.partGate === 'first-letter' && !sameFirst) continue;
      if (rules.partGate === 'first-letter-and-edit' && !prefiltered) continue;
      const similarity = part === other ? 1 : ofacJaroWinkler(part, other, rules.prefixCap);
      if (similarity > best) best = similarity;
    }
    sum += best;
  }
  return { score: parts.length === 0 ? 0 : sum / parts.length, reached };
}

/** A list name as the search tool compares it: its parts and its two whole-name strings. */
interface ListedParts {
  readonly listed: readonly string[];
  readonly compact: string;
  readonly spaced: string;
}

// Every hit scores the query against all of its entity's names, and the same list names come back
// query after query (a designation with forty aliases): their folding (Unicode normalisation and
// four regular expressions) is done once per distinct name, and so is the query's, which every
// hit of a query folded again. Dropped when full, not managed as LRU.
const LISTED_PARTS = new Map<string, ListedParts>();
const MAX_LISTED_PARTS = 100_000;

/** The folded parts and whole-name strings of a list name (or a query), remembered. */
function listedParts(name: string): ListedParts {
  let known = LISTED_PARTS.get(name);
  if (known === undefined) {
    const folded = fold(name);
    known = {
      listed: splitParts(folded),
      compact: wholeString(folded, 'compact'),
      spaced: wholeString(folded, 'spaced'),
    };
    if (LISTED_PARTS.size >= MAX_LISTED_PARTS) LISTED_PARTS.clear();
    LISTED_PARTS.set(name, known);
  }
  return known;
}

/**
 * `ofacScore` under explicit rules, for the parity eval's ablations and cross-validation. Query
 * parts of two letters or fewer are ignored unless all are, as OFAC's KIM JONG UN results show.
 */
export function ofacScoreWith(
  query: string,
  names: readonly string[],
  rules: OfacRules,
): OfacScore {
  const { listed: all, compact, spaced } = listedParts(query);
  const long = all.filter((t) => t.length > 2);
  const parts = long.length > 0 ? long : all;
  const queryWhole = rules.wholeForm === 'compact' ? compact : spaced;
  let best: OfacScore = { score: 0, technique: 'none', comparedWith: '' };
  if (parts.length === 0) return best;
  for (const name of names) {
    const { listed, compact, spaced } = listedParts(name);
    if (listed.length === 0) continue;
    const composite = nameParts(parts, listed, rules);
    // FAQ 249: candidates are first found by the first letter of the search terms and a 50 % edit
    // similarity; a name no query part reaches is not listed, whatever its whole-name score.
    if (rules.retrievalGate && !composite.reached) continue;
    const listedWhole = rules.wholeForm === 'compact' ? compact : spaced;
    const whole =
      queryWhole === '' || listedWhole === ''
        ? 0
        : wholeNameScore(queryWhole, listedWhole, composite.score, best.score, rules);
    if (whole === undefined) continue;
    // Each technique rounds its own way; a tie is the whole name's (a one-part name).
    const value =
      whole >= composite.score || rules.partRounding === 'nearest'
        ? Math.round(Math.max(whole, composite.score) * 100)
        : // Less a rounding error's worth, so that 84.00000001 stays 84.
          Math.ceil(composite.score * 100 - 1e-9);
    if (value > best.score) {
      best = {
        score: value,
        technique: whole >= composite.score ? 'whole-name' : 'name-parts',
        comparedWith: name,
      };
      // No later name can score more than 100 points, and a tie keeps the first.
      if (best.score >= 100) break;
    }
  }
  return best;
}

/**
 * The whole-name Jaro-Winkler of a list name, when it can change the answer: 0 in its stead when
 * it must stay under the name-part composite (which then decides alone, as it would), undefined
 * when no value it can take beats `bestPoints`. Most of an entity's aliases are far from the
 * query, and Jaro over two whole names was the largest cost of a hit's OFAC score: its ceiling
 * (ofacJaroWinklerCeiling) rules them out first.
 */
function wholeNameScore(
  query: string,
  listed: string,
  composite: number,
  bestPoints: number,
  rules: OfacRules,
): number | undefined {
  const ceiling = ofacJaroWinklerCeiling(query, listed, rules.prefixCap);
  const partPoints = Math.ceil(composite * 100 - 1e-9);
  if (ceiling < composite) {
    const points = rules.partRounding === 'nearest' ? Math.round(composite * 100) : partPoints;
    return points > bestPoints ? 0 : undefined;
  }
  const mostPoints = Math.max(Math.round(Math.max(ceiling, composite) * 100), partPoints);
  if (mostPoints <= bestPoints) return undefined;
  return ofacJaroWinkler(query, listed, rules.prefixCap);
}

/**
 * Emulates OFAC Sanctions List Search (FAQ 249): the higher of a whole-name Jaro-Winkler and a
 * per-part composite, maximised over the entity's names, as a 0..100 integer.
 */
export function ofacScore(query: string, names: readonly string[]): OfacScore {
  return ofacScoreWith(query, names, OFAC_RULES);
}
