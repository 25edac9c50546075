// Persian family names ending in the nisba -avi (موسوی Mousavi, مرتضوی Mortazavi, صفوی Safavi,
// رضوی Razavi) write و for the v and leave out the a before it: the mined model reads them as
// Arabic (muswi, martadwi) and misses the listed spelling. A Persian query word of that shape is
// also read as its stem plus -avi, with the Persian values of the Arabic letters (ض ظ ذ z, ث s:
// ALA-LC Persian romanization table, 2012; و as a consonant v).
import { arabicUnits } from './arabic-letters.ts';
import { standardArabicReadings } from './arabic-standard.ts';

/** Persian letter yeh, which only Persian (and Urdu, Pashto) writes at the end of a word. */
const PERSIAN_FINAL_YEH = /\u06CC$/u;

/** Arabic letters Persian says otherwise, as the letter that spells that sound. */
const PERSIAN_SOUND: Readonly<Record<string, string>> = { ض: 'ز', ظ: 'ز', ذ: 'ز', ث: 'س' };

/** Letters that stand for vowels: the nisba follows a consonant. */
const VOWEL_LETTERS = new Set(['ا', 'آ', 'و', 'ي', 'ى', 'ة', 'ه']);

/** Fewest letters of the stem before -وی: رضوی (Razavi) has two. */
const MIN_STEM_UNITS = 2;

/**
 * The -avi reading of a Persian word ending in a consonant and وی (مرتضوی → martazavi), or
 * undefined for any other word.
 */
export function persianNisbaReading(word: string): string | undefined {
  if (!PERSIAN_FINAL_YEH.test(word)) return undefined;
  const units = arabicUnits(word);
  const n = units.length;
  if (n < MIN_STEM_UNITS + 2 || units[n - 2] !== 'و' || units[n - 1] !== 'ي') return undefined;
  if (VOWEL_LETTERS.has(units[n - 3]!)) return undefined;
  const stem = units.slice(0, -2).map((unit) => PERSIAN_SOUND[unit] ?? unit);
  const [reading] = standardArabicReadings(stem);
  return reading === undefined ? undefined : `${reading.replace(/w/g, 'v')}avi`;
}
