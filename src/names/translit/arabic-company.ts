// Words of company names in Arabic script that the press translates (المحدودة limited, للشحن
// shipping, والتجارة and trading) or spells as English loanwords (لوجيستكس logistics, تكنولوجي
// technology): read as the English the lists print, not letter by letter (the letters of
// لوجيستكس read "lojistks", of المحدودة "al mahadode"). Table and sources:
// src/names/data/arabic-company-terms.json.
import { loadTable } from '../load-table.ts';

let words: ReadonlyMap<string, string> | undefined;

/** The table with its keys normalised as words are (see normalise), read on first use. */
function companyWords(): ReadonlyMap<string, string> {
  words ??= new Map(
    Object.entries(
      (loadTable('arabic-company-terms.json') as { words: Record<string, string> }).words,
    ).map(([key, english]) => [normalise(key), english]),
  );
  return words;
}

/** Hamza seats and the final ى written as the press varies them: أ إ آ as ا, ى as ي. */
function normalise(word: string): string {
  return word.normalize('NFC').replace(/[أإآ]/gu, 'ا').replace(/ى/gu, 'ي');
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

/**
 * The English of one Arabic-script word of a company name (المحدودة → limited, للشحن → shipping,
 * لوجيستكس → logistics), or undefined for any other word.
 */
export function arabicCompanyWord(word: string): string | undefined {
  const table = companyWords();
  for (const stem of stems(normalise(word))) {
    const english = table.get(stem);
    if (english !== undefined) return english;
  }
  return undefined;
}
