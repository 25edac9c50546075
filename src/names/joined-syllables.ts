import type { NameForm } from './analyze-name.ts';
import { tokenizeName } from './tokenize-name.ts';

// One romanised Korean or Chinese syllable: an optional onset, vowels, an optional coda, as Revised
// Romanization, McCune–Reischauer, pinyin and Wade-Giles spell them (jong, un, seok, hyun, ing).
const SYLLABLE =
  /^(?:[bcdghjkmnprstwy]|ch|kk|tt|pp|ss|jj|ts|hs|sh|zh|ph|th|kh)?[aeiouwy]+(?:ng|n|k|l|m|p|t|r)?$/i;

/** True for a word shaped as one romanised Korean or Chinese syllable. */
export function isRomanisedSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}

/**
 * Marks on each form of a Latin query the syllables written as one hyphenated given name ("Kim
 * Seok-jin": seok and jin), counted from the end of the name so that a reading with other
 * spellings of the same syllables (sok jin) keeps them. Only forms with as many tokens as the text.
 */
export function markJoinedSyllables(text: string, forms: NameForm[]): void {
  const words = text.trim().split(/\s+/u);
  const count = tokenizeName(text).length;
  const joined: number[] = [];
  let position = 0;
  for (const word of words) {
    const parts = tokenizeName(word);
    const hyphenated = /\p{L}-\p{L}/u.test(word) && parts.every(isRomanisedSyllable);
    for (let k = 0; k + 1 < parts.length; k++) if (hyphenated) joined.push(count - position - k);
    position += parts.length;
  }
  if (joined.length === 0) return;
  for (const form of forms) if (form.tokens.length === count) form.joinedSyllables = joined;
}
