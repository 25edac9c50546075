// The similarity keys of a listed or query token, as small numbers: the kinds of key, trigram
// codes, and the slots under which the candidate index files them.

/** Tokens long enough to get trigrams and letter keys: shorter ones must match exactly anyway. */
export const MIN_GRAM_TOKEN = 4;

/** Key kinds, in the low 3 bits of a numeric similarity key. */
export const KEY_EQUIVALENT = 1;
export const KEY_SOUND = 2;
export const KEY_GRAM = 3;
export const KEY_LETTERS = 4;

/** The slot in `CandidateIndex.keyed` of a key term's list of one kind (equivalent, sound, letters). */
export function keySlot(term: number, kind: number): number {
  return term * 3 + (kind === KEY_EQUIVALENT ? 0 : kind === KEY_SOUND ? 1 : 2);
}

/** Number of distinct trigram codes: 37 characters in each of three places. */
export const GRAM_CODES = 37 * 37 * 37;

/** The numeric code of a character in a trigram: 0 for the padding, 1..36 for a-z and 0-9. */
function gramChar(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 21;
  return 0;
}

/** Calls `emit` with the numeric key of every trigram of a token, padded at both ends. */
export function forEachTrigram(text: string, emit: (key: number) => void): void {
  let a = 0;
  let b = gramChar(text.charCodeAt(0));
  for (let i = 1; i <= text.length; i++) {
    const c = i < text.length ? gramChar(text.charCodeAt(i)) : 0;
    emit((((a * 37 + b) * 37 + c) << 3) | KEY_GRAM);
    a = b;
    b = c;
  }
}

/** The trigram code (without kind bits) of the trigram centred on character `i`, padded at both ends. */
export function gramCode(text: string, i: number): number {
  const a = i > 0 ? gramChar(text.charCodeAt(i - 1)) : 0;
  const c = i + 1 < text.length ? gramChar(text.charCodeAt(i + 1)) : 0;
  return (a * 37 + gramChar(text.charCodeAt(i))) * 37 + c;
}

/** A token's letters in sorted order: swapped letters (Faiz/Afiz) still share it. */
export function sortedLetters(text: string): string {
  return text.split('').sort().join('');
}
