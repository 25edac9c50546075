// A ceiling on what scoreEntity can make of a pair of readings, worked out from the pairings an
// alignment may keep before it chooses among them (issue #12): most readings a query's blocking
// finds score far under the reporting floor, and for those the greedy choice, the cost rules and
// the qualifiers were most of the work. The ceiling counts every part that could line up as lined
// up at its best similarity, and every other part at the least it can cost, so it is never below
// the score; alignment-ceiling.test.ts checks that on the eval's pairs.
import type { NameToken } from '../names/index.ts';
import type { AlignOptions, TokenWeigher } from './align-names.ts';
import {
  ALIAS_SUPPORT,
  ALIAS_SUPPORT_FROM,
  isOrganisationWord,
  isSlavicPatronymic,
  LONG_FORM_QUERY_COST,
  LONG_RARE_SHORT_FORM_COST,
  SHORT_FORM_LISTED_COST,
  SHORT_FORM_SIMILARITY,
  SHORT_FORM_TYPO_SIMILARITY,
  SLAVIC_PATRONYMIC_SHARE,
} from './alignment-costs.ts';
import { isIdentity } from './is-identity.ts';
import { COMMON_NAME_WEIGHT, evidenceWeight } from './name-evidence.ts';

/** A pairing an alignment may keep: query tokens [qFrom, qTo) with listed tokens [rFrom, rTo). */
export interface EdgeSpan {
  qFrom: number;
  qTo: number;
  rFrom: number;
  rTo: number;
  similarity: number;
}

/**
 * Whether another name of the entity may hold a query token, so that alias support could credit
 * it (scoreEntity); without one, every token that alias support does not refuse by weight may be.
 */
export type SupportTest = (token: NameToken) => boolean;

// Per token of the pair being bounded, grown as needed (one pair is bounded at a time): the best
// similarity of a pairing holding the token (-1 when none does), and for query tokens the most
// one pairing holding it adds to the score's numerator.
let querySimilarity = new Float64Array(16);
let queryGain = new Float64Array(16);
let listedSimilarity = new Float64Array(16);
let listedWeight = new Float64Array(16);

/** The scratch arrays cleared for `queryLength` and `listedLength` tokens. */
function clearScratch(queryLength: number, listedLength: number): void {
  const size = Math.max(queryLength, listedLength);
  if (size > querySimilarity.length) {
    const grown = Math.max(size, 2 * querySimilarity.length);
    querySimilarity = new Float64Array(grown);
    queryGain = new Float64Array(grown);
    listedSimilarity = new Float64Array(grown);
    listedWeight = new Float64Array(grown);
  }
  querySimilarity.fill(-1, 0, queryLength);
  queryGain.fill(0, 0, queryLength);
  listedSimilarity.fill(-1, 0, listedLength);
}

/**
 * The most scoreEntity can score a query reading `q` against a listed reading `r` (before a shared
 * title, which it adds apart), given every pairing the alignment may keep (`edges`, with the
 * similarity of each): the numerator counts each listed token at its best pairing and each query
 * token at most once; the denominator counts the parts no pairing holds at the lowest cost the
 * alignment's rules could give them. Infinity when a rule it does not bound could apply. Only the
 * first `edgeCount` of `edges` are read.
 */
export function scoreCeiling(
  q: readonly NameToken[],
  r: readonly NameToken[],
  edges: readonly EdgeSpan[],
  weigh: TokenWeigher,
  options: AlignOptions,
  syllabic: boolean,
  supportable?: SupportTest,
  edgeCount = edges.length,
): number {
  if (options.patronymSwapFactor > 1 || options.mononymFactor > 1) return Infinity;
  // No pairing: nothing in the numerator (a third of the pairs the blocking brings, session 16).
  if (edgeCount === 0) return 0;
  clearScratch(q.length, r.length);
  for (let j = 0; j < r.length; j++) listedWeight[j] = evidenceWeight(weigh, r[j]!);
  for (let k = 0; k < edgeCount; k++) {
    const edge = edges[k]!;
    let weight = 0;
    for (let j = edge.rFrom; j < edge.rTo; j++) {
      weight += listedWeight[j]!;
      if (edge.similarity > listedSimilarity[j]!) listedSimilarity[j] = edge.similarity;
    }
    const gain = weight * edge.similarity;
    for (let i = edge.qFrom; i < edge.qTo; i++) {
      if (edge.similarity > querySimilarity[i]!) querySimilarity[i] = edge.similarity;
      if (gain > queryGain[i]!) queryGain[i] = gain;
    }
  }
  // Each kept pairing adds its listed weight times its similarity, and holds query tokens no
  // other kept pairing holds: both sums below bound the numerator.
  let byListed = 0;
  let byQuery = 0;
  let listedLeft = 0;
  let longFormPossible = !syllabic && identityCount(r) >= 2;
  for (let j = 0; j < r.length; j++) {
    if (listedSimilarity[j]! > 0) byListed += listedWeight[j]! * listedSimilarity[j]!;
    if (!isIdentity(r[j]!)) continue;
    // A patronymic left over counts as a conflict at its share too (when two parts line up).
    if (listedSimilarity[j]! < 0) listedLeft += listedWeight[j]! * patronymicShare(r[j]!);
    if (listedSimilarity[j]! < SHORT_FORM_SIMILARITY) longFormPossible = false;
  }
  for (let i = 0; i < q.length; i++) byQuery += queryGain[i]!;
  const matched = Math.min(byListed, byQuery);
  if (matched <= 0) return 0;
  let queryLeft = 0;
  let shortFormPossible = true;
  for (let i = 0; i < q.length; i++) {
    const token = q[i]!;
    if (!isIdentity(token)) continue;
    // Every query name of a short form lines up at SHORT_FORM_TYPO_SIMILARITY or better.
    if (querySimilarity[i]! < SHORT_FORM_TYPO_SIMILARITY) shortFormPossible = false;
    if (querySimilarity[i]! >= 0) continue;
    queryLeft += evidenceWeight(weigh, token);
    // A rare name typed twice costs less than a missing one (repeatsRareName): not bounded here.
    if (repeatsText(q, i)) return Infinity;
  }
  const listedOrganisation = r.some(isOrganisationWord);
  if (listedOrganisation) shortFormPossible = false;
  if (listedOrganisation || q.some(isOrganisationWord)) longFormPossible = false;
  const listedCost = shortFormPossible
    ? Math.min(options.extraListedCost, SHORT_FORM_LISTED_COST, LONG_RARE_SHORT_FORM_COST)
    : options.extraListedCost;
  const queryCost = longFormPossible
    ? Math.min(options.extraQueryCost, LONG_FORM_QUERY_COST)
    : options.extraQueryCost;
  let fixed = Math.min(queryLeft, listedLeft) * options.conflictCost;
  for (let j = 0; j < r.length; j++) {
    if (listedSimilarity[j]! >= 0) continue;
    fixed += listedWeight[j]! * patronymicShare(r[j]!) * listedCost;
  }
  let queryFixed = 0;
  for (let i = 0; i < q.length; i++) {
    if (querySimilarity[i]! < 0) queryFixed += evidenceWeight(weigh, q[i]!) * queryCost;
  }
  const plain = matched / (matched + fixed + queryFixed);
  if (plain < ALIAS_SUPPORT_FROM) return plain;
  return Math.max(plain, supportedCeiling(q, weigh, byListed, fixed, queryCost, supportable));
}

/**
 * The ceiling when alias support credits unmatched query tokens: each one credited adds
 * ALIAS_SUPPORT times its weight to the numerator and its whole weight to the denominator, and is
 * then held by no pairing; 0 when no token can be credited.
 */
function supportedCeiling(
  q: readonly NameToken[],
  weigh: TokenWeigher,
  byListed: number,
  fixed: number,
  queryCost: number,
  supportable: SupportTest | undefined,
): number {
  let credit = 0;
  let byQuery = 0;
  let queryFixed = 0;
  for (let i = 0; i < q.length; i++) {
    const token = q[i]!;
    const weight = evidenceWeight(weigh, token);
    const credited =
      !(token.role === 'name' && weight <= COMMON_NAME_WEIGHT) && (supportable?.(token) ?? true);
    // A rare name typed twice costs less than a missing one when left over (repeatsRareName), so
    // crediting it can lift the score past this bound, and past 1 (session 20): not bounded here.
    if (credited && repeatsText(q, i)) return Infinity;
    const support = credited ? ALIAS_SUPPORT * weight : 0;
    credit += support;
    byQuery += Math.max(queryGain[i]!, support);
    if (!credited && querySimilarity[i]! < 0) queryFixed += weight * queryCost;
  }
  if (credit === 0) return 0;
  const numerator = Math.min(byListed + credit, byQuery);
  return numerator / (numerator + fixed + queryFixed);
}

/** The least share of its weight a listed token left over counts at (a Slavic patronymic's). */
function patronymicShare(token: NameToken): number {
  return isSlavicPatronymic(token) ? SLAVIC_PATRONYMIC_SHARE : 1;
}

/** True when another token of `tokens` has the text of token `i`. */
function repeatsText(tokens: readonly NameToken[], i: number): boolean {
  const text = tokens[i]!.text;
  for (let k = 0; k < tokens.length; k++) if (k !== i && tokens[k]!.text === text) return true;
  return false;
}

/** Number of tokens that identify (names and numbers). */
function identityCount(tokens: readonly NameToken[]): number {
  let count = 0;
  for (const token of tokens) if (isIdentity(token)) count++;
  return count;
}
