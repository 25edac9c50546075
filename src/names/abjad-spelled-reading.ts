// A query in Arabic script or Hebrew read as the listed Latin name its letters spell (issue #13,
// session 20), as spelled-reading.ts reads Han and Hangul: the engine keeps a few guesses at the
// vowels of each word (بروس: bros, barus, brus), and the list's spelling (Bruce) is often none of
// them. When every word of the query spells a listed name word (abjad-spelling.ts), the query is
// read as those listed words, in its own order; the listed words it lacks stay unmatched.
import type { NameForm, NameToken } from './analyze-name.ts';
import { abjadSpells, latinLetters } from './abjad-spelling.ts';
import { curatedArabicSpellings } from './translit/arabic.ts';

const ARABIC_OR_HEBREW = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const WORD_SEPARATORS = /[\s\u05BE.,،\-‐]+/u;
/** Letters a word needs before its spelling says anything: two-letter words fit too many names. */
const MIN_LETTERS = 3;

/**
 * True when the source word spells the Latin text. A word of the curated table of common names
 * (محمد, حسن) is spelled only by its hand-checked spellings: with its short vowels free, محمد
 * would also spell Mahmud, another name.
 */
function wordSpells(word: string, latin: string): boolean {
  const curated = curatedArabicSpellings(word);
  if (curated !== undefined) return curated.some((s) => latinLetters(s) === latinLetters(latin));
  return abjadSpells(word, latin);
}

/** A listed token a word may spell: a name or particle written in Latin letters. */
function isSpellable(token: NameToken): boolean {
  return (token.role === 'name' || token.role === 'particle') && /^[a-z]+$/.test(token.text);
}

// Readings by the query's source text (every reading of one query has the same source, and so the
// same spelled reading: one object, whose alignments the engine remembers once), then by listed
// form; dropped when full, so that a server fed arbitrary queries does not grow it forever.
const MEMO = new Map<string, WeakMap<NameForm, NameForm | null>>();
const MEMO_LIMIT = 5000;

/**
 * The reading of an Arabic-script or Hebrew query that a listed Latin name spells, or undefined:
 * every word of the query must spell a listed word, or two listed words written joined (الحسن
 * al hassan), each listed word used once; the reading is those listed words in the query's order.
 */
export function abjadSpelledReading(query: NameForm, listed: NameForm): NameForm | undefined {
  const source = query.source;
  if (source === undefined || !ARABIC_OR_HEBREW.test(source)) return undefined;
  const key = `${query.script ?? ''}|${source}`;
  let byListed = MEMO.get(key);
  if (byListed === undefined) {
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    byListed = new WeakMap();
    MEMO.set(key, byListed);
  }
  const known = byListed.get(listed);
  if (known !== undefined) return known ?? undefined;
  const reading = readSpelled(query, source, listed);
  byListed.set(listed, reading ?? null);
  return reading;
}

function readSpelled(query: NameForm, source: string, listed: NameForm): NameForm | undefined {
  // Only a name written in Latin letters: a reading of another script is no list spelling.
  if (listed.romanised && listed.script !== 'Latn') return undefined;
  const words = source.split(WORD_SEPARATORS).filter((w) => w !== '');
  const letterCount = words.reduce((n, w) => n + Array.from(w).length, 0);
  if (words.length === 0 || letterCount < MIN_LETTERS) return undefined;
  const used = new Set<number>();
  const tokens: NameToken[] = [];
  for (const word of words) {
    const found = spelledTokens(word, listed.tokens, used);
    if (found === undefined) return undefined;
    for (const j of found) {
      used.add(j);
      tokens.push(listed.tokens[j]!);
    }
  }
  if (!tokens.some((t) => t.role === 'name')) return undefined;
  const reading: NameForm = { tokens, romanised: true, syllabic: false, source };
  if (query.script !== undefined) reading.script = query.script;
  return reading;
}

/** The positions of the listed token, or two adjacent ones, that `word` spells, or undefined. */
function spelledTokens(
  word: string,
  listed: readonly NameToken[],
  used: ReadonlySet<number>,
): number[] | undefined {
  for (let j = 0; j < listed.length; j++) {
    if (used.has(j) || !isSpellable(listed[j]!)) continue;
    if (wordSpells(word, listed[j]!.text)) return [j];
    const next = listed[j + 1];
    if (next !== undefined && !used.has(j + 1) && isSpellable(next)) {
      if (wordSpells(word, listed[j]!.text + next.text)) return [j, j + 1];
    }
  }
  return undefined;
}
