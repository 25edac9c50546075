import type { NameForm, NameToken } from '../names/index.ts';
import { isBlockingToken, titleTerm } from './candidate-index.ts';
import type { CandidateIndex } from './candidate-index.ts';
import { postingCount } from './posting-lists.ts';
import { isCommonMerge, mergedPairTerms } from './merged-pair.ts';
import { similarPairs } from './similar-terms.ts';

/** Options of a candidate search. */
export interface CandidateOptions {
  /** Most forms returned, best blocking score first. */
  maxForms: number;
  /** Only forms of entities passing this test are kept (list and schema filters). */
  acceptEntity?: (entity: number) => boolean;
  /** The query's religious titles (Mullah, Mawlawi …; see titleTerm), evidence beside its names. */
  titles?: readonly string[];
  /**
   * Entities whose readings made of exactly the query's words keep a place beside the best-scoring
   * ones (see completeForms); none when absent.
   */
  keepsComplete?: (entity: number) => boolean;
}

/** A token is "common" when more than this share of entities carry it: it cannot block alone. */
const COMMON_SHARE = 0.01;
const COMMON_MIN = 50;

// Scratch accumulators, grown to the index size and reset after each search; JavaScript runs one
// search at a time, so sharing them avoids allocating per query. A form's score and mask sit side
// by side in one buffer (score at 2·id of the float view, mask at 2·id + 1 of the integer view):
// the posting walk visits forms in no useful order, and one cache line per form instead of three
// is what it costs. The query-token bits use bits 0..29 of the mask; bit 31 marks a form reached
// by a rare token.
let scratch = new ArrayBuffer(0);
let scores = new Float32Array(scratch);
let masks = new Uint32Array(scratch);
let commonMasks = new Uint32Array(0);
let touchedForms = new Int32Array(0);
let eligibleForms = new Int32Array(0);
/** Bit of a form's mask set when a rare query token reached it. */
const RARE_BIT = 0x80000000;
/** The query-token bits of a mask: one per token position, modulo TOKEN_POSITIONS. */
const TOKEN_BITS = 0x3fffffff;
const TOKEN_POSITIONS = 30;

/** The mask bit of the query token at a position. */
function bitOf(position: number): number {
  return 1 << (position % TOKEN_POSITIONS);
}

/** Number of set bits. */
function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Grows the scratch arrays to the index size. */
function ensureScratch(index: CandidateIndex): void {
  if (scores.length < 2 * index.forms.length) {
    scratch = new ArrayBuffer(8 * index.forms.length);
    scores = new Float32Array(scratch);
    masks = new Uint32Array(scratch);
    touchedForms = new Int32Array(index.forms.length);
    eligibleForms = new Int32Array(index.forms.length);
  }
  if (commonMasks.length < index.terms.size) commonMasks = new Uint32Array(index.terms.size);
}

/** Entities whose best form scores at least this share of the best one each get a place first. */
const NEAR_BEST = 0.9;

/** The k-th largest score of the forms `ids[0 .. count)` (k ≤ count), with no allocation. */
function kthLargestScore(ids: Int32Array, count: number, k: number): number {
  if (largest.length < k) largest = new Float64Array(k);
  // The k largest so far, largest first: forms that cannot enter are refused by one comparison.
  let size = 0;
  for (let i = 0; i < count; i++) {
    const score = scores[2 * ids[i]!]!;
    if (size === k && score <= largest[k - 1]!) continue;
    let at = size < k ? size++ : k - 1;
    while (at > 0 && largest[at - 1]! < score) {
      largest[at] = largest[at - 1]!;
      at--;
    }
    largest[at] = score;
  }
  return largest[k - 1]!;
}

let largest = new Float64Array(16);

/**
 * The k best of `ids` by score, best first, with the best form of every entity scoring near the
 * best (NEAR_BEST) placed before any entity's second. An entity with dozens of readings that
 * share the query's token (the EU's "Hizballah Military Wing" in twenty languages) would otherwise
 * fill every place and push out the entity whose name is the query ("HIZBALLAH" was never
 * scored). The places left go to the next forms by score. Equal scores keep their order in `ids`.
 */
function topByScore(
  ids: Int32Array,
  count: number,
  k: number,
  floor: number,
  entityOf: Int32Array,
): number[] {
  if (k <= 0) return [];
  // Only forms scoring at least the k-th best score, or NEAR_BEST of the best if that is lower,
  // can be chosen: the first pass below takes only forms near the best, the second only the k
  // best. Sorting the hundreds of other forms a query touches (a comparator call each) would
  // change nothing, so they are left out first.
  let kept = 0;
  let best = 0;
  for (let i = 0; i < count; i++) {
    const score = scores[2 * ids[i]!]!;
    if (score < floor) continue;
    ids[kept++] = ids[i]!;
    if (score > best) best = score;
  }
  const cut = kept > k ? Math.min(kthLargestScore(ids, kept, k), best * NEAR_BEST) : floor;
  const ranked: number[] = [];
  for (let i = 0; i < kept; i++) if (scores[2 * ids[i]!]! >= cut) ranked.push(ids[i]!);
  // Stable: equal scores keep their order in `ids`.
  ranked.sort((a, b) => scores[2 * b]! - scores[2 * a]!);
  if (ranked.length <= k) return ranked;
  const chosen = new Set<number>();
  const entities = new Set<number>();
  const near = scores[2 * ranked[0]!]! * NEAR_BEST;
  for (const id of ranked) {
    if (chosen.size === k || scores[2 * id]! < near) break;
    if (entities.has(entityOf[id]!)) continue;
    entities.add(entityOf[id]!);
    chosen.add(id);
  }
  for (const id of ranked) {
    if (chosen.size === k) break;
    chosen.add(id);
  }
  return ranked.filter((id) => chosen.has(id));
}

/**
 * Finds the indexed forms a query may refer to: each query token reaches listed tokens that equal
 * it, share its equivalence group, sound key or letters, or most of its trigrams, and those reach
 * their readings with rarity-weighted evidence; merged adjacent query tokens are looked up too.
 * A form is kept only when a rare query token reached it or at least two different query tokens
 * did, so a token as common as "Mohammad" or "Corp" never brings a candidate on its own.
 */
export function findCandidates(
  index: CandidateIndex,
  queryForms: readonly NameForm[],
  options: CandidateOptions,
): number[] {
  ensureScratch(index);
  const readings = index.readings;
  const total = Math.max(1, index.forms.length);
  const commonAt = Math.max(COMMON_MIN, index.rarity.entityCount * COMMON_SHARE);
  // The forms reached, in the order first reached, in a scratch array (see touchedForms).
  let touchedCount = 0;
  const visit = (term: number, weight: number, bits: number, isRare: boolean): void => {
    const from = readings.start[term]!;
    const to = readings.start[term + 1]!;
    if (to === from) return;
    const w = weight * Math.log(1 + total / (to - from));
    const values = readings.values;
    // A visit always sets a token bit, so a form is new exactly when its mask is still 0.
    const mark = isRare ? bits | RARE_BIT : bits;
    for (let k = from; k < to; k++) {
      const at = 2 * values[k]!;
      const mask = masks[at + 1]!;
      if (mask === 0) touchedForms[touchedCount++] = at >>> 1;
      scores[at]! += w;
      masks[at + 1] = mask | mark;
    }
  };
  const commonTokens: { bit: number; weights: Map<number, number> }[] = [];
  // A token several readings share ("mihail" in three readings of "Mihail Guțeriev") is evidence
  // once: counted per reading, it would outweigh the rare token the readings differ on.
  const looked = new Set<string>();
  const commonMerges: { text: string; pairs: number[]; bits: number }[] = [];
  const isCommon = (token: NameToken): boolean => {
    let df = index.rarity.frequency(token.text);
    for (const key of token.keys) df = Math.max(df, index.rarity.frequency(key));
    return df > commonAt;
  };
  for (const form of queryForms) {
    const tokens = form.tokens;
    tokens.forEach((token, position) => {
      if (!isBlockingToken(token)) return;
      if (looked.has(token.text)) return;
      looked.add(token.text);
      const bit = bitOf(position);
      const isRare = !isCommon(token);
      const pairs = similarPairs(index, token, isRare);
      if (isRare) {
        for (let k = 0; k < pairs.length; k += 2) visit(pairs[k]!, pairs[k + 1]!, bit, true);
        return;
      }
      const weights = new Map<number, number>();
      for (let k = 0; k < pairs.length; k += 2) weights.set(pairs[k]!, pairs[k + 1]!);
      commonTokens.push({ bit, weights });
    });
    // Merged adjacent query tokens ("Siraj udin" → "sirajudin"; see mergedPairTerms); those of
    // common names only wait until every rare token has been looked up (see isCommonMerge).
    const merge = (parts: readonly NameToken[], pairs: number[], bits: number): void => {
      if (isCommonMerge(parts, isCommon)) {
        commonMerges.push({ text: parts.map((t) => t.text).join(' '), pairs, bits });
        return;
      }
      for (let k = 0; k < pairs.length; k += 2) visit(pairs[k]!, pairs[k + 1]!, bits, true);
    };
    for (let i = 0; i + 1 < tokens.length; i++) {
      const first = tokens[i]!;
      const second = tokens[i + 1]!;
      if (first.role === 'number' || second.role === 'number') continue;
      const bits = bitOf(i) | bitOf(i + 1);
      merge([first, second], mergedPairTerms(index, first, second), bits);
      const third = tokens[i + 2];
      if (third !== undefined && second.text.length <= 3) {
        const triple = index.terms.get(first.text + second.text + third.text);
        if (triple !== undefined) merge([first, second, third], [triple, 1], bits | bitOf(i + 2));
      }
    }
  }
  // With a rare token, a merge of common names counts like a common token, on the readings the rare
  // tokens found; with none, it is looked up as a rare token would be, or common names alone
  // would find nothing ("Hamid Hamad Hamid al-Ali").
  const anyRare = touchedCount > 0;
  for (const { text, pairs, bits } of commonMerges) {
    if (!anyRare) {
      for (let k = 0; k < pairs.length; k += 2) visit(pairs[k]!, pairs[k + 1]!, bits, true);
      continue;
    }
    if (pairs.length === 0 || looked.has(text)) continue;
    looked.add(text);
    const weights = new Map<number, number>();
    for (let k = 0; k < pairs.length; k += 2) weights.set(pairs[k]!, pairs[k + 1]!);
    commonTokens.push({ bit: bits, weights });
  }
  if (touchedCount === 0 && commonTokens.length > 0) {
    // Only common tokens: the readings of the least common one are visited in full, the others
    // are checked on those readings below, and the two-token rule decides.
    const size = (t: { weights: Map<number, number> }): number => {
      let sum = 0;
      for (const term of t.weights.keys()) sum += postingCount(readings, term);
      return sum;
    };
    commonTokens.sort((a, b) => size(a) - size(b));
    const { bit, weights } = commonTokens.shift()!;
    for (const [term, weight] of weights) visit(term, weight, bit, false);
  }
  // A title the list gives an entity tells it from its namesakes, as in scoring (sharedTitle):
  // the readings of entities holding the query's title are reached as by one more query token and
  // checked for the query's common names whatever their blocking score ("Mullah Mohammad Hasan"
  // found the readings holding "Mohammad Hasan" as typed, never the mullah's "Muhammad Hasan").
  const titled: number[] = [];
  for (const title of options.titles ?? []) {
    const term = index.terms.get(titleTerm(title));
    if (term === undefined) continue;
    visit(term, 1, bitOf(TOKEN_POSITIONS - 1), false);
    for (let k = readings.start[term]!; k < readings.start[term + 1]!; k++)
      titled.push(readings.values[k]!);
  }
  // The walks over the forms reached below index the scratch array: a for-of over it made an
  // iterator result per form, the largest garbage of a first screening (session 18).
  const touched = touchedForms.subarray(0, touchedCount);
  if (commonTokens.length > 0) {
    let top = 0;
    for (let t = 0; t < touchedCount; t++) {
      const id = touchedForms[t]!;
      if (scores[2 * id]! > top) top = scores[2 * id]!;
    }
    addCommonEvidence(index, touched, commonTokens, total, top * 0.3, Infinity);
    // The titled readings below that cut got no evidence from the names yet.
    if (titled.length > 0) addCommonEvidence(index, titled, commonTokens, total, 0, top * 0.3);
  }
  // The eligible forms, in the order first reached, in a scratch array (see eligibleForms).
  let eligible = 0;
  let best = 0;
  for (let t = 0; t < touchedCount; t++) {
    const id = touchedForms[t]!;
    const mask = masks[2 * id + 1]!;
    if ((mask & RARE_BIT) === 0 && popcount(mask & TOKEN_BITS) < 2) continue;
    if (options.acceptEntity !== undefined && !options.acceptEntity(index.formEntity[id]!))
      continue;
    eligibleForms[eligible++] = id;
    if (scores[2 * id]! > best) best = scores[2 * id]!;
  }
  const complete =
    options.keepsComplete === undefined
      ? []
      : completeForms(
          index,
          eligibleForms,
          eligible,
          queryWidth(queryForms),
          options.keepsComplete,
        );
  // Forms far below the best blocking score cannot win: they are skipped before ranking.
  const result = topByScore(
    eligibleForms,
    eligible,
    options.maxForms,
    best * 0.2,
    index.formEntity,
  );
  for (const id of complete) if (!result.includes(id)) result.push(id);
  for (let t = 0; t < touchedCount; t++) {
    const id = touchedForms[t]!;
    scores[2 * id] = 0;
    masks[2 * id + 1] = 0;
  }
  return result;
}

/** Most complete readings (see completeForms) kept beside the best-scoring ones. */
const MAX_COMPLETE = 4;

/** The number of blocking words of the query's first reading. */
function queryWidth(queryForms: readonly NameForm[]): number {
  return queryForms[0]?.tokens.filter(isBlockingToken).length ?? 0;
}

/**
 * Of the eligible forms of entities `keeps` accepts, the best-scoring MAX_COMPLETE with `width`
 * blocking words, each reached by a different query word: the reading that is exactly the query.
 * Dozens of longer readings holding every query word (the EU's names of IRGC units, in many
 * languages) otherwise tie with it and take every place in the order they were reached, and
 * "Islamic Revolutionary Guard Corps" never met ISLAMIC REVOLUTIONARY GUARD CORPS. A one-word query
 * keeps no such place: one word alone reaches too many readings for the place to mean anything.
 */
function completeForms(
  index: CandidateIndex,
  ids: Int32Array,
  count: number,
  width: number,
  keeps: (entity: number) => boolean,
): number[] {
  if (width < 2) return [];
  const found: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = ids[i]!;
    // The word mask first: most forms fail it, and it shares a cache line with the form's score,
    // read just before, where the word count lies elsewhere in memory.
    if (
      popcount(masks[2 * id + 1]! & TOKEN_BITS) === width &&
      index.formTermStart[id + 1]! - index.formTermStart[id]! === width &&
      keeps(index.formEntity[id]!)
    )
      found.push(id);
  }
  if (found.length <= MAX_COMPLETE) return found;
  found.sort((a, b) => scores[2 * b]! - scores[2 * a]!);
  return found.slice(0, MAX_COMPLETE);
}

/**
 * Common tokens only add evidence to the best readings that rare tokens found (of `touched`, those
 * scoring from `from` up to, not including, `to`): checking those readings' tokens is far cheaper
 * than walking the thousands of readings holding "Mohammad".
 */
function addCommonEvidence(
  index: CandidateIndex,
  touched: Int32Array | readonly number[],
  commonTokens: readonly { bit: number; weights: Map<number, number> }[],
  total: number,
  from: number,
  to: number,
): void {
  // Each term records which common tokens reach it, so that the loop below skips the form tokens
  // no common token reaches without a Map lookup per token.
  const all = commonTokens.length > 32;
  if (!all) {
    commonTokens.forEach(({ weights }, c) => {
      for (const term of weights.keys()) commonMasks[term]! |= 1 << c;
    });
  }
  for (let t = 0; t < touched.length; t++) {
    const id = touched[t]!;
    const score = scores[2 * id]!;
    if (score < from || score >= to) continue;
    for (let k = index.formTermStart[id]!; k < index.formTermStart[id + 1]!; k++) {
      const term = index.formTerms[k]!;
      const reached = all ? -1 : commonMasks[term]!;
      if (reached === 0) continue;
      for (let c = 0; c < commonTokens.length; c++) {
        if (!all && ((reached >>> c) & 1) === 0) continue;
        const { bit, weights } = commonTokens[c]!;
        const weight = weights.get(term);
        if (weight === undefined) continue;
        scores[2 * id]! += weight * Math.log(1 + total / (postingCount(index.readings, term) || 1));
        masks[2 * id + 1]! |= bit;
      }
    }
  }
  if (!all)
    for (const { weights } of commonTokens)
      for (const term of weights.keys()) commonMasks[term] = 0;
}
