import type { NameForm, NameToken } from '../names/index.ts';
import {
  forEachTrigram,
  isBlockingToken,
  KEY_EQUIVALENT,
  KEY_LETTERS,
  KEY_SOUND,
  MIN_GRAM_TOKEN,
  sortedLetters,
  termKey,
} from './candidate-index.ts';
import type { CandidateIndex } from './candidate-index.ts';

/** Options of a candidate search. */
export interface CandidateOptions {
  /** Most forms returned, best blocking score first. */
  maxForms: number;
  /** Only forms of entities passing this test are kept (list and schema filters). */
  acceptEntity?: (entity: number) => boolean;
}

/** A token is "common" when more than this share of entities carry it: it cannot block alone. */
const COMMON_SHARE = 0.01;
const COMMON_MIN = 50;
/** Least share of a query token's informative trigrams a listed token must hold to count as a spelling. */
const MIN_GRAM_SHARE = 0.5;
/** Most similar listed tokens followed per query token, best overlap first. */
const MAX_SIMILAR_TERMS = 12;
/** Trigrams shared by more distinct tokens than this are skipped: they say little and cost time. */
const MAX_GRAM_TERMS = 700;
/** A similar (not identical) listed token held by more readings than this is too common to follow. */
const MAX_SIMILAR_READINGS = 500;
/** Key lists longer than this say too little to follow (a sound key shared by many tokens). */
const MAX_KEY_TERMS = 80;

// Scratch accumulators, grown to the index size and reset after each search; JavaScript runs one
// search at a time, so sharing them avoids allocating per query.
let scores = new Float32Array(0);
let masks = new Uint32Array(0);
let rare = new Uint8Array(0);
let termWeights = new Float32Array(0);
let gramHits = new Uint8Array(0);

/** Number of set bits. */
function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Grows the scratch arrays to the index size. */
function ensureScratch(index: CandidateIndex): void {
  if (scores.length < index.forms.length) {
    scores = new Float32Array(index.forms.length);
    masks = new Uint32Array(index.forms.length);
    rare = new Uint8Array(index.forms.length);
  }
  if (termWeights.length < index.readings.length) {
    termWeights = new Float32Array(index.readings.length);
    gramHits = new Uint8Array(index.readings.length);
  }
}

/** Listed terms similar to a query token, each with the strength of the evidence (0..1). */
function similarTerms(
  index: CandidateIndex,
  token: NameToken,
  isRare: boolean,
  out: number[],
): void {
  const offer = (term: number, weight: number): void => {
    if (termWeights[term] === 0) out.push(term);
    if (weight > termWeights[term]!) termWeights[term] = weight;
  };
  const exact = index.terms.get(token.text);
  if (exact !== undefined) offer(exact, 1);
  // A rare query token may resemble a common listed one (Muhammadi/Muhammad); following the
  // common one would add thousands of readings on weak evidence.
  const offerSimilar = (term: number, weight: number): void => {
    if (term !== exact && isRare && (index.readings[term]?.length ?? 0) > MAX_SIMILAR_READINGS)
      return;
    offer(term, weight);
  };
  const offerKey = (text: string, kind: number, weight: number): void => {
    const id = index.terms.get(text);
    const list = id === undefined ? undefined : index.similar.get(termKey(id, kind));
    if (list === undefined || list.length > MAX_KEY_TERMS) return;
    for (let k = 0; k < list.length; k++) offerSimilar(list[k]!, weight);
  };
  for (const key of token.keys) offerKey(key, KEY_EQUIVALENT, 0.9);
  // Spellings of a common token add thousands of readings and little evidence: exact and
  // equivalent forms of "Mohammad" are enough.
  if (!isRare || token.role !== 'name') return;
  if (token.sound.length >= 2) offerKey(token.sound, KEY_SOUND, 0.5);
  if (token.text.length >= 3) offerKey(sortedLetters(token.text), KEY_LETTERS, 0.6);
  if (token.text.length < MIN_GRAM_TOKEN) return;
  const touched: number[] = [];
  let grams = 0;
  const length = token.text.length;
  forEachTrigram(token.text, (key) => {
    const list = index.similar.get(key);
    if (list === undefined || list.length > MAX_GRAM_TERMS) return;
    grams++;
    for (let k = 0; k < list.length; k++) {
      const term = list[k]!;
      // Tokens far longer or shorter cannot be a spelling of this one (gram count = length + 1).
      if (Math.abs(index.gramCount[term]! - 1 - length) > 3) continue;
      if (gramHits[term] === 0) touched.push(term);
      if (gramHits[term]! < 255) gramHits[term]! += 1;
    }
  });
  const close: [number, number][] = [];
  for (const term of touched) {
    // Share of the query's informative trigrams (those not shared by hundreds of tokens) that
    // the listed token holds; the length check above keeps long tokens from matching by inclusion.
    const share = gramHits[term]! / grams;
    if (share >= MIN_GRAM_SHARE) close.push([term, share]);
    gramHits[term] = 0;
  }
  close.sort((a, b) => b[1] - a[1]);
  for (const [term, dice] of close.slice(0, MAX_SIMILAR_TERMS)) offerSimilar(term, 0.8 * dice);
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
  const total = Math.max(1, index.forms.length);
  const commonAt = Math.max(COMMON_MIN, index.rarity.entityCount * COMMON_SHARE);
  const touched: number[] = [];
  const visit = (term: number, weight: number, bits: number, isRare: boolean): void => {
    const list = index.readings[term];
    if (list === undefined) return;
    const w = weight * Math.log(1 + total / list.length);
    for (let k = 0; k < list.length; k++) {
      const id = list[k]!;
      if (masks[id] === 0 && scores[id] === 0) touched.push(id);
      scores[id]! += w;
      masks[id]! |= bits;
      if (isRare) rare[id] = 1;
    }
  };
  const terms: number[] = [];
  const commonTokens: { bit: number; weights: Map<number, number> }[] = [];
  for (const form of queryForms) {
    const tokens = form.tokens;
    tokens.forEach((token, position) => {
      if (!isBlockingToken(token)) return;
      const bit = 1 << (position % 31);
      let df = index.rarity.frequency(token.text);
      for (const key of token.keys) df = Math.max(df, index.rarity.frequency(key));
      const isRare = df <= commonAt;
      terms.length = 0;
      similarTerms(index, token, isRare, terms);
      const weights = new Map<number, number>();
      for (const term of terms) {
        if (isRare) visit(term, termWeights[term]!, bit, true);
        else weights.set(term, termWeights[term]!);
        termWeights[term] = 0;
      }
      if (!isRare) commonTokens.push({ bit, weights });
    });
    // Merged adjacent query tokens ("Siraj udin" → "sirajudin") are looked up exactly, and
    // fuzzily when one part is short enough to be a fragment (ud, din, haq, llah).
    for (let i = 0; i + 1 < tokens.length; i++) {
      const first = tokens[i]!;
      const second = tokens[i + 1]!;
      if (first.role === 'number' || second.role === 'number') continue;
      const bits = (1 << (i % 31)) | (1 << ((i + 1) % 31));
      const text = first.text + second.text;
      terms.length = 0;
      if (Math.min(first.text.length, second.text.length) <= 4) {
        similarTerms(index, { ...second, text, keys: [], sound: '', role: 'name' }, true, terms);
      } else {
        const id = index.terms.get(text);
        if (id !== undefined) termWeights[id] = 1;
        if (id !== undefined) terms.push(id);
      }
      for (const term of terms) {
        visit(term, termWeights[term]!, bits, true);
        termWeights[term] = 0;
      }
      const third = tokens[i + 2];
      if (third !== undefined && second.text.length <= 3) {
        const triple = index.terms.get(text + third.text);
        if (triple !== undefined) visit(triple, 1, bits | (1 << ((i + 2) % 31)), true);
      }
    }
  }
  if (touched.length === 0 && commonTokens.length > 0) {
    // Only common tokens: the readings of the least common one are visited in full, the others
    // are checked on those readings below, and the two-token rule decides.
    const size = (t: { weights: Map<number, number> }): number => {
      let sum = 0;
      for (const term of t.weights.keys()) sum += index.readings[term]?.length ?? 0;
      return sum;
    };
    commonTokens.sort((a, b) => size(a) - size(b));
    const { bit, weights } = commonTokens.shift()!;
    for (const [term, weight] of weights) visit(term, weight, bit, false);
  }
  {
    // Common tokens only add evidence to the best readings that rare tokens found: checking those
    // readings' tokens is far cheaper than walking the thousands of readings holding "Mohammad".
    let top = 0;
    for (const id of touched) if (scores[id]! > top) top = scores[id]!;
    for (const id of touched) {
      if (scores[id]! < top * 0.3) continue;
      for (let k = index.formTermStart[id]!; k < index.formTermStart[id + 1]!; k++) {
        const term = index.formTerms[k]!;
        for (const { bit, weights } of commonTokens) {
          const weight = weights.get(term);
          if (weight === undefined) continue;
          const list = index.readings[term];
          scores[id]! += weight * Math.log(1 + total / (list?.length ?? 1));
          masks[id]! |= bit;
        }
      }
    }
  }
  const eligible: number[] = [];
  let best = 0;
  for (const id of touched) {
    if (rare[id] !== 1 && popcount(masks[id]!) < 2) continue;
    if (!(options.acceptEntity?.(index.formEntity[id]!) ?? true)) continue;
    eligible.push(id);
    if (scores[id]! > best) best = scores[id]!;
  }
  // Forms far below the best blocking score cannot win; dropping them first keeps the sort short.
  const kept = eligible.filter((id) => scores[id]! >= best * 0.2);
  kept.sort((a, b) => scores[b]! - scores[a]!);
  const result = kept.slice(0, options.maxForms);
  for (const id of touched) {
    scores[id] = 0;
    masks[id] = 0;
    rare[id] = 0;
  }
  return result;
}
