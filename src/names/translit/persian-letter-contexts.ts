// The letter-table model of Arabic-script names (translit-arabic.json) was mined from names written
// in Arabic letters, which have no پ ڤ گ ژ چ ڨ: those letters had no context and were read by the
// letter table as a bare consonant. As the model writes a vowel with the consonant before it (ب|و
// "bo", then و ""), the vowel letter after them was dropped too: پول read "pl", پزشکیان "pzshkin",
// ڤيكتور "vctor", ژاله "zhlh". Each of them borrows the contexts of the Arabic letter that Arabic
// spellings write for its sound (p as ب: Paul بول; v as ف: Victor فيكتور; French j as ج: Jean
// جان; ch as ش; g as ك, whose values include g; the Algerian ڨ is the g of ق), its own consonant
// put in place of the Arabic one.
import { ARABIC_LETTERS } from './arabic-letters.ts';
import type { SegmentCounts } from './segment-model.ts';

/** Each letter without contexts of its own, with the Arabic letter whose contexts it borrows. */
const BORROWED_CONTEXTS: Readonly<Record<string, string>> = {
  پ: 'ب',
  ڤ: 'ف',
  گ: 'ك',
  ژ: 'ج',
  چ: 'ش',
  ڨ: 'ق',
};

/**
 * `contexts` with contexts for the letters of BORROWED_CONTEXTS where they had none as the middle
 * letter: the Arabic letter's segments, its consonant replaced by each of the letter's own values
 * (ژ zh, j, g, s), the later values counted less, as the letter table ranks them.
 */
export function withPersianLetterContexts(contexts: SegmentCounts): SegmentCounts {
  const out: Record<string, Readonly<Record<string, number>>> = { ...contexts };
  for (const [key, counts] of Object.entries(contexts)) {
    const [prev, unit, next] = key.split('|');
    for (const [letter, arabic] of Object.entries(BORROWED_CONTEXTS)) {
      if (unit !== arabic) continue;
      const borrowedKey = `${prev ?? ''}|${letter}|${next ?? ''}`;
      if (contexts[borrowedKey] !== undefined) continue;
      out[borrowedKey] = respelledCounts(counts, ARABIC_LETTERS[arabic]!, ARABIC_LETTERS[letter]!);
    }
  }
  return out;
}

/** Segment counts with the consonant (one of `from`) replaced by the values of `to`, ranked. */
function respelledCounts(
  counts: Readonly<Record<string, number>>,
  from: readonly string[],
  to: readonly string[],
): Record<string, number> {
  // Longest value first, so that "ph" of ف is taken off before "p".
  const consonants = from.filter((value) => value !== '').sort((a, b) => b.length - a.length);
  const out: Record<string, number> = {};
  for (const [segment, count] of Object.entries(counts)) {
    const consonant = consonants.find((value) => segment.startsWith(value));
    if (consonant === undefined) continue;
    const vowel = segment.slice(consonant.length);
    to.forEach((value, rank) => {
      const respelled = value + vowel;
      out[respelled] = (out[respelled] ?? 0) + count / (rank + 1);
    });
  }
  return out;
}
