// The press names a person with their office in front ("Venezuelan President Nicolas Maduro",
// "Communications Minister Jorge Rodriguez", "el ministro de Defensa, Vladimir Padrino López",
// "وزیر داخلہ سراج الدین حقانی"). The office is not part of the name: every word of it the listed
// name lacks counts against the match, and four such words left Maduro's and Delcy Rodríguez's
// press forms with no hit at all (session 23). A screening query that starts with an office is
// therefore also read without it; the whole query is still read as given. Japanese and Chinese write
// the title or term of address after the name, joined (金正植氏): read without it too.
import { detectScript } from './detect-script.ts';
import { isGenericOrgWord, legalFormOf } from './name-tables.ts';
import { loadTable } from './load-table.ts';

interface OfficeTable {
  heads: Record<string, string[]>;
  suffixes: string[];
  pairedHeads: Record<string, string[]>;
  portfolioAfterHead: Record<string, string[]>;
  joining: string[];
  portfolio: string[];
}

interface OfficeWords {
  heads: Map<string, Set<string>>;
  suffixes: string[];
  pairedHeads: Map<string, Set<string>>;
  portfolioAfterHead: Map<string, Set<string>>;
  joining: Set<string>;
  portfolio: Set<string>;
}

const byScript = (table: Record<string, string[]>): Map<string, Set<string>> =>
  new Map(Object.entries(table).map(([script, list]) => [script, new Set(list.map(fold))]));

let words: OfficeWords | undefined;

function officeWords(): OfficeWords {
  if (words === undefined) {
    const table = loadTable('office-titles.json') as OfficeTable;
    words = {
      heads: byScript(table.heads),
      // Longest first: 被告人 before 被告.
      suffixes: [...table.suffixes].sort((a, b) => b.length - a.length),
      pairedHeads: byScript(table.pairedHeads),
      portfolioAfterHead: byScript(table.portfolioAfterHead),
      joining: new Set(table.joining),
      portfolio: new Set(table.portfolio.map(fold)),
    };
  }
  return words;
}

/**
 * Lower case, the punctuation a sentence puts around a word dropped, and Latin accents off (only
 * Latin: Arabic and Devanagari write vowels as marks, and मंत्री is not मित्र).
 */
function fold(word: string): string {
  const bare = word.toLowerCase().replace(/^[«"“'‘(]+|[»"”'’),.:;،]+$/gu, '');
  return /^[\p{Script=Latin}\p{M}'’-]+$/u.test(bare)
    ? bare.normalize('NFD').replace(/\p{M}/gu, '')
    : bare;
}

// The office comes first: a title word further in is more likely part of a long name.
const MAX_OFFICE_WORDS = 6;
const NAME_PARTICLE =
  /^(?:al|el|ul|ud|bin|ibn|bint|abu|de|da|do|dos|das|del|di|van|von|der|den|le|la)(?:-|$)/u;

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const isLowerCase = (word: string): boolean => /^\p{Ll}/u.test(word);

/**
 * The name after an office at the start of a query, in each way it may be cut, or none when the
 * query does not start with one. At least two words of name must remain, and in Latin or
 * Cyrillic written in mixed case they must start with a capital (or be a name particle); the words
 * left must not be an organisation's (a legal form or a generic organisation word), so "Chief
 * Directorate of General Staff" is never cut.
 */
export function namesAfterOfficeTitle(query: string): string[] {
  const all = query.trim().split(/\s+/u);
  if (all.length < 3) return [];
  const script = detectScript(query);
  const office = officeWords();
  const head = lastHead(all, script, office);
  if (head < 0) return [];
  const cased =
    (script === 'Latn' || script === 'Cyrl') && /\p{Lu}/u.test(query) && /\p{Ll}/u.test(query);
  const cuts = cased ? [casedCut(all, head, office)] : uncasedCuts(all, head, script, office);
  const names: string[] = [];
  for (const cut of cuts) {
    const rest = all.slice(cut).map((w) => w.replace(/^[,:]+|[,:]+$/gu, ''));
    if (rest.length < 2 || !looksLikePersonName(rest, cased)) continue;
    names.push(rest.join(' '));
  }
  return names;
}

/**
 * The place of the last office word among a query's first words with two words after it, or -1.
 * A word that is also a given name in its script (وزیر Wazir, رئيس Rais) is an office only before a
 * portfolio (وزیر داخلہ), and Hindi मंत्री only after one (गृह मंत्री).
 */
function lastHead(all: readonly string[], script: string, office: OfficeWords): number {
  const heads = office.heads.get(script);
  const paired = office.pairedHeads.get(script);
  const portfolio = office.portfolioAfterHead.get(script);
  let head = -1;
  for (let i = 0; i < Math.min(MAX_OFFICE_WORDS, all.length - 2); i++) {
    const word = fold(all[i]!);
    if (heads?.has(word) === true) head = i;
    else if (paired?.has(word) === true) {
      if (portfolio === undefined ? i > 0 : portfolio.has(fold(all[i + 1]!))) head = i;
    }
  }
  return head;
}

/**
 * Where the name starts after the office in mixed-case Latin or Cyrillic: at the first capitalised
 * word after the office's head, past the lower-case words that qualify it ("presidente
 * venezolano", "министр обороны") and a portfolio brought in by a joining word ("Minister of
 * Defense", "Commander in Chief", "ministro de Defensa").
 */
function casedCut(all: readonly string[], head: number, office: OfficeWords): number {
  let k = head + 1;
  while (k < all.length - 2) {
    const word = fold(all[k]!);
    if (office.joining.has(word)) {
      k += 2;
      while (k < all.length - 2 && office.portfolio.has(fold(all[k]!))) k++;
    } else if (isLowerCase(all[k]!)) k++;
    else break;
  }
  return k;
}

/**
 * In scripts without capitals (and queries in one case), where the name starts: just after the
 * head, or one word further when that word is a portfolio or an adjective of nationality (وزیر
 * داخلہ, الرئيس السوري); in Latin and Cyrillic, past a portfolio brought in by a joining word.
 */
function uncasedCuts(
  all: readonly string[],
  head: number,
  script: string,
  office: OfficeWords,
): number[] {
  if (script !== 'Latn' && script !== 'Cyrl') {
    // The portfolio or country word after the head (وزیر داخلہ, الرئيس السوري) is the office's too.
    const next = fold(all[head + 1] ?? '');
    const portfolio = office.portfolioAfterHead.get(script)?.has(next) === true;
    const nisba = script === 'Arab' && /^ال.+ي$/u.test(next);
    return portfolio || nisba ? [head + 2] : [head + 1];
  }
  let k = head + 1;
  while (k < all.length - 2 && office.joining.has(fold(all[k]!))) {
    k += 2;
    while (k < all.length - 2 && office.portfolio.has(fold(all[k]!))) k++;
  }
  return [k];
}

function looksLikePersonName(rest: readonly string[], cased: boolean): boolean {
  for (const word of rest) {
    const folded = fold(word);
    if (legalFormOf(folded) !== undefined || isGenericOrgWord(folded)) return false;
    if (cased && !isCapitalised(word) && !NAME_PARTICLE.test(folded)) return false;
  }
  return true;
}

const SUFFIXED_SCRIPTS = new Set(['Hani', 'Hira', 'Kana']);

/**
 * The name before a title or term of address that Japanese and Chinese write after it, joined
 * (金正植氏, 金正恩総書記, 习近平主席), or undefined. Two characters of name at least must remain.
 */
export function nameBeforeTitleSuffix(query: string): string | undefined {
  const text = query.trim();
  if (!SUFFIXED_SCRIPTS.has(detectScript(text)) || /\s/u.test(text)) return undefined;
  const suffix = officeWords().suffixes.find((s) => text.endsWith(s));
  if (suffix === undefined) return undefined;
  const name = text.slice(0, -suffix.length);
  return Array.from(name).length >= 2 &&
    /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u.test(name)
    ? name
    : undefined;
}
