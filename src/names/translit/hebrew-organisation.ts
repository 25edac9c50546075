// Words of organisations' names that the Hebrew press translates (בנק bank, חברת company, משמרות
// guards, כוח force, הלאומי national): read as the English the lists print, first, beside the
// letters' reading. Adjectives (האיראני Iranian, הלאומי national) are also names, so they read as
// English only beside an institution noun. Table and sources: src/names/data/hebrew-organisation-terms.json.
import { loadTable } from '../load-table.ts';

type Senses = Record<string, string | readonly string[]>;

let tables:
  { words: ReadonlyMap<string, string[]>; adjectives: ReadonlyMap<string, string[]> } | undefined;

/** A table's entries with senses as lists. */
function asMap(senses: Senses): ReadonlyMap<string, string[]> {
  return new Map(
    Object.entries(senses).map(([key, english]) => [
      key,
      typeof english === 'string' ? [english] : [...english],
    ]),
  );
}

/** Both tables, read on first use. */
function organisationTables(): NonNullable<typeof tables> {
  if (tables === undefined) {
    const table = loadTable('hebrew-organisation-terms.json') as {
      words: Senses;
      adjectives: Senses;
    };
    tables = { words: asMap(table.words), adjectives: asMap(table.adjectives) };
  }
  return tables;
}

/**
 * The word without the prefixes it takes: ו (and), then one of ה (the), ל (for), ב (in) (והבנק is
 * ו + ה + בנק); the word itself first, so a word that merely starts with the letters is found whole.
 */
function stems(word: string): string[] {
  const out = [word];
  let rest = word;
  if (rest.startsWith('ו') && rest.length > 3) out.push((rest = rest.slice(1)));
  if (/^[הלב]/u.test(rest) && rest.length > 3) out.push(rest.slice(1));
  return out;
}

/** The senses `table` gives the word or one of its stems, or an empty list. */
function sensesIn(table: ReadonlyMap<string, string[]>, word: string): string[] {
  for (const stem of stems(word.normalize('NFC'))) {
    const english = table.get(stem);
    if (english !== undefined) return english;
  }
  return [];
}

/**
 * The English senses of each Hebrew word of a name of two or more words that holds an institution
 * noun (הבנק המרכזי האיראני → bank; central; iranian), an empty list for other words and for any
 * word of another name (a lone word, or adjectives with no institution noun, are people's names).
 */
export function hebrewOrganisationSenses(words: readonly string[]): string[][] {
  if (words.length < 2) return words.map(() => []);
  const { words: nouns, adjectives } = organisationTables();
  const own = words.map((word) => sensesIn(nouns, word));
  const organisation = own.some((senses) => senses.length > 0);
  return own.map((senses, i) =>
    senses.length > 0 || !organisation ? senses : sensesIn(adjectives, words[i]!),
  );
}
