import type { NameForm } from '../names/index.ts';
import {
  forEachTrigram,
  isBlockingToken,
  KEY_EQUIVALENT,
  KEY_LETTERS,
  KEY_SOUND,
  KEY_WORD,
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

// Scratch accumulators, grown to the index size and reset after each search; JavaScript runs one
// search at a time, so sharing them avoids allocating per query.
let scores = new Float32Array(0);
let masks = new Uint32Array(0);
let rare = new Uint8Array(0);

/** Number of set bits. */
function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Finds the indexed forms a query may refer to, by rarity-weighted overlap of blocking keys
 * (tokens, equivalence keys, sound keys, trigrams, merged tokens). A form is kept only when a
 * rare query token reached it or at least two different query tokens did, so a token as common
 * as "Mohammad" or "Corp" never brings a candidate on its own.
 */
export function findCandidates(
  index: CandidateIndex,
  queryForms: readonly NameForm[],
  options: CandidateOptions,
): number[] {
  const size = index.forms.length;
  if (scores.length < size) {
    scores = new Float32Array(size);
    masks = new Uint32Array(size);
    rare = new Uint8Array(size);
  }
  const total = Math.max(1, index.forms.length);
  const commonAt = Math.max(COMMON_MIN, index.rarity.entityCount * COMMON_SHARE);
  const touched: number[] = [];
  const gramCap = Math.max(150, total * 0.002);
  const visit = (key: number, weight: number, bits: number, isRare: boolean): void => {
    const list = index.postings.get(key);
    if (list === undefined) return;
    // A trigram shared by hundreds of names says little and would only cost time.
    if ((key & 7) === 3 && list.length > gramCap) return;
    const w = weight * Math.log(1 + total / list.length);
    for (let k = 0; k < list.length; k++) {
      const id = list[k]!;
      if (masks[id] === 0 && scores[id] === 0) touched.push(id);
      scores[id]! += w;
      masks[id]! |= bits;
      if (isRare) rare[id] = 1;
    }
  };
  const visitTerm = (
    term: string,
    kind: number,
    weight: number,
    bits: number,
    isRare: boolean,
  ): void => {
    const id = index.terms.find(term);
    if (id >= 0) visit(termKey(id, kind), weight, bits, isRare);
  };
  for (const form of queryForms) {
    const tokens = form.tokens;
    tokens.forEach((token, position) => {
      if (!isBlockingToken(token)) return;
      const bit = 1 << (position % 31);
      let df = index.rarity.frequency(token.text);
      for (const key of token.keys) df = Math.max(df, index.rarity.frequency(key));
      const isRare = df <= commonAt;
      visitTerm(token.text, KEY_WORD, 1, bit, isRare);
      for (const key of token.keys) visitTerm(key, KEY_EQUIVALENT, 0.9, bit, isRare);
      if (token.sound.length >= 2) visitTerm(token.sound, KEY_SOUND, 0.5, bit, isRare);
      if (token.text.length >= MIN_GRAM_TOKEN && token.role === 'name') {
        visitTerm(sortedLetters(token.text), KEY_LETTERS, 0.5, bit, isRare);
        const share = 0.8 / token.text.length;
        forEachTrigram(token.text, (gram) => {
          visit(gram, share, bit, isRare);
        });
      }
    });
    for (let i = 0; i + 1 < tokens.length; i++) {
      const pair = tokens[i]!.text + tokens[i + 1]!.text;
      const bits = (1 << (i % 31)) | (1 << ((i + 1) % 31));
      visitTerm(pair, KEY_WORD, 1, bits, true);
      if (i + 2 < tokens.length) {
        visitTerm(pair + tokens[i + 2]!.text, KEY_WORD, 1, bits | (1 << ((i + 2) % 31)), true);
      }
    }
  }
  let best = 0;
  for (const id of touched) {
    if (scores[id]! > best && (rare[id] === 1 || popcount(masks[id]!) >= 2)) best = scores[id]!;
  }
  // Forms far below the best blocking score cannot win; dropping them first keeps the sort short.
  const floor = best * 0.2;
  const kept: number[] = [];
  for (const id of touched) {
    if (scores[id]! < floor || (rare[id] !== 1 && popcount(masks[id]!) < 2)) continue;
    if (options.acceptEntity?.(index.forms[id]!.entity) ?? true) kept.push(id);
  }
  kept.sort((a, b) => scores[b]! - scores[a]!);
  const result = kept.slice(0, options.maxForms);
  for (const id of touched) {
    scores[id] = 0;
    masks[id] = 0;
    rare[id] = 0;
  }
  return result;
}
