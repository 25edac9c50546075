import type { NameToken } from '../names/index.ts';
import {
  gramCode,
  KEY_EQUIVALENT,
  KEY_LETTERS,
  KEY_SOUND,
  keySlot,
  MIN_GRAM_TOKEN,
  sortedLetters,
} from './blocking-keys.ts';
import type { CandidateIndex } from './candidate-index.ts';
import { oneEditApart } from './one-edit-apart.ts';
import { postingCount } from './posting-lists.ts';
import { StringHashTable } from './string-hash-table.ts';

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
/**
 * A sound key held by more tokens than MAX_KEY_TERMS (and at most this many) is still followed to
 * the tokens one letter apart from the query token: "Quani" shares its key KN with hundreds of
 * tokens and too few trigrams with "Qaani" to reach it either way.
 */
const MAX_KEY_TERMS_SCANNED = 4000;
/** Least length of a query token followed to the tokens one letter apart from it. */
const MIN_ONE_EDIT_TOKEN = 4;

/** Query tokens whose similar terms are remembered, per index, before the memory is dropped. */
const MAX_REMEMBERED_TOKENS = 20_000;

// Scratch accumulators by term id, reset after each token; see findCandidates.
let termWeights = new Float32Array(0);
let gramHits = new Uint8Array(0);
// The terms a token's trigrams reach, then (in place) the close ones and their trigram counts.
let touchedTerms = new Int32Array(0);
let closeHits = new Uint8Array(0);

// Query tokens repeat across queries (given names, "Trading", a surname screened daily), and a
// token's similar terms depend only on the token and the index, so they are remembered per index
// as [term, weight, term, weight, …]; the memory is dropped when full rather than managed as LRU.
let rememberedFor: CandidateIndex | undefined;
const remembered = new Map<string, number[]>();
// Tokens of analysed names are shared objects (one per role and text), so most lookups go by the
// token itself, rare and common apart: no key string made and hashed per query token.
const rememberedByToken = [new Map<NameToken, number[]>(), new Map<NameToken, number[]>()];

/** Listed terms similar to a query token, each with the strength of the evidence (0..1). */
function similarTerms(
  index: CandidateIndex,
  token: NameToken,
  isRare: boolean,
  out: number[],
): void {
  const readings = index.readings;
  const offer = (term: number, weight: number): void => {
    if (termWeights[term] === 0) out.push(term);
    if (weight > termWeights[term]!) termWeights[term] = weight;
  };
  const exact = index.terms.get(token.text);
  if (exact !== undefined) offer(exact, 1);
  // A rare query token may resemble a common listed one (Muhammadi/Muhammad); following the
  // common one would add thousands of readings on weak evidence.
  const offerSimilar = (term: number, weight: number): void => {
    if (term !== exact && isRare && postingCount(readings, term) > MAX_SIMILAR_READINGS) return;
    offer(term, weight);
  };
  const offerKey = (text: string, kind: number, weight: number): void => {
    const id = index.terms.get(text);
    if (id === undefined) return;
    const slot = keySlot(id, kind);
    const from = index.keyed.start[slot]!;
    const to = index.keyed.start[slot + 1]!;
    if (to - from > MAX_KEY_TERMS) return;
    for (let k = from; k < to; k++) offerSimilar(index.keyed.values[k]!, weight);
  };
  for (const key of token.keys) offerKey(key, KEY_EQUIVALENT, 0.9);
  // Spellings of a common token add thousands of readings and little evidence: exact and
  // equivalent forms of "Mohammad" are enough.
  if (!isRare || token.role !== 'name') return;
  if (token.sound.length >= 2) {
    offerKey(token.sound, KEY_SOUND, 0.5);
    offerOneEditApart(index, token, offerSimilar);
  }
  if (token.text.length >= 3) offerKey(sortedLetters(token.text), KEY_LETTERS, 0.6);
  if (token.text.length < MIN_GRAM_TOKEN) return;
  let touchedCount = 0;
  let grams = 0;
  const text = token.text;
  const length = text.length;
  const { start, values } = index.grams;
  const gramLengths = index.gramLengths;
  for (let i = 0; i < length; i++) {
    const code = gramCode(text, i);
    const from = start[code]!;
    const to = start[code + 1]!;
    if (to === from || to - from > MAX_GRAM_TERMS) continue;
    grams++;
    for (let k = from; k < to; k++) {
      // Tokens far longer or shorter cannot be a spelling of this one (gram count = length + 1).
      if (Math.abs(gramLengths[k]! - 1 - length) > 3) continue;
      const term = values[k]!;
      const hits = gramHits[term]!;
      if (hits === 0) touchedTerms[touchedCount++] = term;
      if (hits < 255) gramHits[term] = hits + 1;
    }
  }
  // Share of the query's informative trigrams (those not shared by hundreds of tokens) that the
  // listed token holds; the length check above keeps long tokens from matching by inclusion. The
  // close tokens are kept in the order first reached, with their trigram counts beside them.
  let closeCount = 0;
  let mostHits = 0;
  for (let t = 0; t < touchedCount; t++) {
    const term = touchedTerms[t]!;
    const hits = gramHits[term]!;
    if (hits / grams >= MIN_GRAM_SHARE) {
      touchedTerms[closeCount] = term;
      closeHits[closeCount++] = hits;
      if (hits > mostHits) mostHits = hits;
    }
    gramHits[term] = 0;
  }
  // The MAX_SIMILAR_TERMS with the largest share, largest first and in the order first reached
  // among equals (what a stable sort by share gives): one pass over the close tokens per trigram
  // count, from the largest down, allocates nothing.
  let offered = 0;
  for (let hits = mostHits; hits > 0 && offered < MAX_SIMILAR_TERMS; hits--) {
    for (let c = 0; c < closeCount && offered < MAX_SIMILAR_TERMS; c++) {
      if (closeHits[c] !== hits) continue;
      offerSimilar(touchedTerms[c]!, 0.8 * (hits / grams));
      offered++;
    }
  }
}

/**
 * The listed tokens one letter apart from a query token among those sharing its sound key, when
 * the key is too common for offerKey to follow whole.
 */
function offerOneEditApart(
  index: CandidateIndex,
  token: NameToken,
  offer: (term: number, weight: number) => void,
): void {
  if (token.text.length < MIN_ONE_EDIT_TOKEN) return;
  const id = index.terms.get(token.sound);
  if (id === undefined) return;
  const slot = keySlot(id, KEY_SOUND);
  const from = index.keyed.start[slot]!;
  const to = index.keyed.start[slot + 1]!;
  if (to - from <= MAX_KEY_TERMS || to - from > MAX_KEY_TERMS_SCANNED) return;
  const texts = termTexts(index);
  const length = token.text.length;
  for (let k = from; k < to; k++) {
    const term = index.keyed.values[k]!;
    if (Math.abs(texts.length(term) - length) > 1) continue;
    if (oneEditApart(token.text, texts.string(term))) offer(term, 0.6);
  }
}

/** Term texts by id: the loaded string table, or the built map's keys in id order. */
function termTexts(index: CandidateIndex): Pick<StringHashTable, 'length' | 'string'> {
  const terms = index.terms;
  if (terms instanceof StringHashTable) return terms;
  let texts = builtTermTexts.get(index);
  if (texts === undefined) {
    const all = [...terms.keys()];
    texts = { length: (term) => all[term]!.length, string: (term) => all[term]! };
    builtTermTexts.set(index, texts);
  }
  return texts;
}
const builtTermTexts = new WeakMap<CandidateIndex, Pick<StringHashTable, 'length' | 'string'>>();

/**
 * The listed terms similar to a query token (equal, same equivalence group, sound key or letters,
 * or most of its trigrams) as [term, weight, term, weight, …], weights 0..1, remembered per
 * distinct token and index.
 */
export function similarPairs(index: CandidateIndex, token: NameToken, isRare: boolean): number[] {
  const byToken = rememberedByToken[isRare ? 1 : 0]!;
  if (rememberedFor === index) {
    const known = byToken.get(token);
    if (known !== undefined) return known;
  }
  const pairs = similarPairsOfText(index, token, isRare);
  if (byToken.size >= MAX_REMEMBERED_TOKENS) byToken.clear();
  byToken.set(token, pairs);
  return pairs;
}

/**
 * similarPairs remembered by the token's text, role, sound and keys only: for tokens made for one
 * lookup (query tokens merged), which similarPairs would remember one object at a time.
 */
export function similarPairsOfText(
  index: CandidateIndex,
  token: NameToken,
  isRare: boolean,
): number[] {
  const key = `${isRare ? 'r' : 'c'}${token.role}|${token.text}|${token.sound}|${token.keys.join(' ')}`;
  if (rememberedFor !== index) {
    remembered.clear();
    for (const byToken of rememberedByToken) byToken.clear();
    rememberedFor = index;
    termWeights = new Float32Array(index.terms.size);
    gramHits = new Uint8Array(index.terms.size);
    touchedTerms = new Int32Array(index.terms.size);
    closeHits = new Uint8Array(index.terms.size);
  }
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const terms: number[] = [];
  similarTerms(index, token, isRare, terms);
  const pairs: number[] = [];
  for (const term of terms) {
    pairs.push(term, termWeights[term]!);
    termWeights[term] = 0;
  }
  if (remembered.size >= MAX_REMEMBERED_TOKENS) remembered.clear();
  remembered.set(key, pairs);
  return pairs;
}
