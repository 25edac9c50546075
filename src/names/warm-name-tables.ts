import { analyzeName } from './analyze-name.ts';

/**
 * One name in each script whose readings come from a table read on first use (see loadTable): the
 * English letter model, the Arabic (with its Persian letters) and Hebrew models, and the mined
 * models of Cyrillic, Chinese, Korean and katakana, with the paths that lead to them (a Ukrainian
 * name, a foreign name spelt in Hangul, Greek and Devanagari, Latin with diacritics).
 */
export const NAME_TABLE_SAMPLES: readonly string[] = [
  'John Smith',
  'Jürgen Müller',
  'محمد علي حسين',
  'علی رضایی',
  'משה כהן',
  'Иван Петров',
  'Іван Петренко',
  '王伟',
  '克魯森',
  '김정은',
  '데이비드 배키스',
  'ウラジーミル・プーチン',
  'Γιώργος Παπαδόπουλος',
  'राहुल गांधी',
];

/**
 * Reads the name tables loaded on first use, by analysing `samples` (all of NAME_TABLE_SAMPLES by
 * default), so that a long-running process pays for them once at start, not in the answer to the
 * first name in each script (0.1–0.3 s of CPU each for Arabic, Hebrew, Japanese and Korean).
 */
export function warmNameTables(samples: readonly string[] = NAME_TABLE_SAMPLES): void {
  for (const sample of samples) analyzeName(sample, 'any', { query: true });
}
