import type { PartAlignment } from '../core/index.ts';
import type { NameForm, NameToken } from '../names/index.ts';
import {
  COMMON_ONLY_LISTED_COST,
  COMMON_ONLY_QUERY_COST,
  DEFAULT_ALIGN_OPTIONS,
} from './align-names.ts';
import type { AlignOptions, NameAlignment, TokenWeigher } from './align-names.ts';
import { evidenceWeight } from './name-evidence.ts';
import { ALIAS_SUPPORT } from './alignment-costs.ts';
import { SHARED_TITLE_WEIGHT } from './shared-title.ts';

/**
 * The explanation of an alignment: each kept pairing with its evidence, similarity and weight, in
 * query order, then the unmatched query parts (those another name of the entity holds with their
 * partial credit) and the unmatched listed parts.
 */
export function describeAlignment(
  alignment: NameAlignment,
  query: NameForm,
  listed: NameForm,
  weigh: TokenWeigher,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): PartAlignment[] {
  const q = query.tokens;
  const r = listed.tokens;
  const weightOf = (token: NameToken): number => evidenceWeight(weigh, token);
  // When every matched name is common, names left over on either side cost more (sift-match-4).
  const identity = (token: NameToken): boolean => token.role === 'name' || token.role === 'number';
  const queryCost = (token: NameToken): number =>
    alignment.commonOnly === true && identity(token)
      ? COMMON_ONLY_QUERY_COST
      : (alignment.queryCost ?? options.extraQueryCost);
  const listedCost = (token: NameToken): number =>
    alignment.commonOnly === true && identity(token)
      ? Math.max(COMMON_ONLY_LISTED_COST, options.extraListedCost)
      : options.extraListedCost;
  const parts: PartAlignment[] = [...alignment.edges]
    .sort((a, b) => a.qFrom - b.qFrom)
    .map((edge) => ({
      query: q.slice(edge.qFrom, edge.qTo).map((t) => t.text),
      matched: r.slice(edge.rFrom, edge.rTo).map((t) => t.text),
      evidence: edge.evidence,
      similarity: round(edge.similarity),
      weight: round(edge.weight),
    }));
  if (alignment.sharedTitle !== undefined) {
    parts.push({
      query: [alignment.sharedTitle],
      matched: [alignment.sharedTitle],
      evidence: 'exact',
      similarity: 1,
      weight: round(SHARED_TITLE_WEIGHT),
      note: 'a title the list gives this person',
    });
  }
  for (const i of alignment.unmatchedQuery) {
    const token = q[i]!;
    if (alignment.supported?.includes(i) === true) {
      parts.push({
        query: [token.text],
        matched: [],
        evidence: 'unmatched',
        similarity: ALIAS_SUPPORT,
        weight: round(weightOf(token)),
        note: 'held by another name of the entity',
      });
      continue;
    }
    parts.push({
      query: [token.text],
      matched: [],
      evidence: 'unmatched',
      similarity: 0,
      weight: round(weightOf(token) * queryCost(token)),
      ...(token.role === 'name' ? {} : { note: token.role }),
    });
  }
  for (const j of alignment.unmatchedListed) {
    const token = r[j]!;
    parts.push({
      query: [],
      matched: [token.text],
      evidence: 'unmatched',
      similarity: 0,
      weight: round(weightOf(token) * listedCost(token)),
      ...(token.role !== 'name'
        ? { note: token.role }
        : alignment.commonOnly === true
          ? { note: 'every matched name is common, so a name left over counts more' }
          : {}),
    });
  }
  if (alignment.characterScore !== undefined && query.characters !== undefined) {
    parts.push({
      query: [query.characters],
      matched: listed.characters === undefined ? [] : [listed.characters],
      evidence: 'unmatched',
      similarity: round(alignment.characterScore),
      weight: 0,
      note: 'characters differ in the original script; the score is capped at their agreement',
    });
  }
  return parts;
}

/** Rounds to 3 decimals for explanations. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
