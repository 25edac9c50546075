// Words of organisations' names in Arabic script that the press translates (المحدودة limited, للشحن
// shipping, وزارة ministry, الحرس guards; Persian شرکت company, کشتیرانی shipping) or spells as
// English loanwords (لوجيستكس logistics, تكنولوجي technology): read as the English the lists print,
// not letter by letter (the letters of لوجيستكس read "lojistks", of المحدودة "al mahadode").
// Adjectives of nationality and kind (الإيرانية Iranian, الوطنية national, المركزي central) are
// also people's nisbas (al-Iraqi, al-Masri in listed names), so they read as English only beside
// one of those words. Table and sources: src/names/data/arabic-company-terms.json.
import { loadTable } from '../load-table.ts';

type Senses = Record<string, string | readonly string[]>;

let tables:
  { words: ReadonlyMap<string, string[]>; adjectives: ReadonlyMap<string, string[]> } | undefined;

/** A table's entries with keys normalised as words are (see normalise), senses as lists. */
function normalisedTable(senses: Senses): ReadonlyMap<string, string[]> {
  return new Map(
    Object.entries(senses).map(([key, english]) => [
      normalise(key),
      typeof english === 'string' ? [english] : [...english],
    ]),
  );
}

/** Both tables, read on first use. */
function companyTables(): NonNullable<typeof tables> {
  if (tables === undefined) {
    const table = loadTable('arabic-company-terms.json') as { words: Senses; adjectives: Senses };
    tables = { words: normalisedTable(table.words), adjectives: normalisedTable(table.adjectives) };
  }
  return tables;
}

/**
 * Hamza seats and the final ى written as the press varies them: أ إ آ as ا, ى as ي; Persian ک and
 * ی as Arabic ك and ي (the same letters, encoded apart), and the zero-width non-joiner dropped
 * (سرمایه‌گذاری is written with and without it).
 */
function normalise(word: string): string {
  return word
    .normalize('NFC')
    .replace(/[أإآ]/gu, 'ا')
    .replace(/[ىی]/gu, 'ي')
    .replace(/ک/gu, 'ك')
    .replace(/\u200C/gu, '');
}

/**
 * The word without the prefixes a company word takes: و (and), then لل / ل (for: للشحن is ل + الشحن),
 * then the article ال; the word itself first. Longest-stripped last, so a word that merely starts
 * with the letters (لوجيستكس, not ل + وجيستكس) is found whole.
 */
function stems(word: string): string[] {
  const out = [word];
  let rest = word;
  if (rest.startsWith('و') && rest.length > 3) out.push((rest = rest.slice(1)));
  if (rest.startsWith('لل') && rest.length > 4) out.push((rest = rest.slice(2)));
  else if (rest.startsWith('ل') && rest.length > 3) out.push((rest = rest.slice(1)));
  if (rest.startsWith('ال') && rest.length > 4) out.push(rest.slice(2));
  return out;
}

/** The senses `table` gives the word or one of its stems, or an empty list. */
function sensesIn(table: ReadonlyMap<string, string[]>, word: string): string[] {
  for (const stem of stems(normalise(word))) {
    const english = table.get(stem);
    if (english !== undefined) return english;
  }
  return [];
}

/**
 * The English of one Arabic-script word of a company name (المحدودة → limited, للشحن → shipping,
 * لوجيستكس → logistics), or undefined for any other word.
 */
export function arabicCompanyWord(word: string): string | undefined {
  return sensesIn(companyTables().words, word)[0];
}

/**
 * The English senses of each word of an Arabic-script phrase that names an organisation, first
 * sense first (شركة النفط الوطنية → company; oil; national), an empty list for other words. A lone
 * word is no organisation's name; adjectives (الوطنية, الإيراني) count only in a phrase that holds a
 * word of the main table, as in a person's name they are nisbas.
 */
export function arabicOrganisationSenses(words: readonly string[]): string[][] {
  if (words.length < 2) return words.map(() => []);
  const { words: nouns, adjectives } = companyTables();
  const own = words.map((word) => sensesIn(nouns, word));
  const organisation = own.some((senses) => senses.length > 0);
  return own.map((senses, i) =>
    senses.length > 0 || !organisation ? senses : sensesIn(adjectives, words[i]!),
  );
}
