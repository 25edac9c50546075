// Romanisation of names in any script into lower-case ASCII variants, most likely first. The
// matching engine indexes every variant, so a Cyrillic, Arabic or Chinese spelling can meet the
// Latin spelling on a list. Each script has its own module in ./translit; others use any-ascii.
import anyAscii from 'any-ascii';
import { detectScript } from './detect-script.ts';
import { romanizeArabicPhrase } from './translit/arabic.ts';
import { romanizeChineseWord } from './translit/chinese.ts';
import {
  guessCyrillicLanguage,
  romanizeCyrillicWord,
  type CyrillicLanguage,
} from './translit/cyrillic.ts';
import { cleanRomanized, foldLatin } from './translit/fold-latin.ts';
import { romanizeGreekWord } from './translit/greek.ts';
import { romanizeHebrewWord } from './translit/hebrew.ts';
import { romanizeKanaWord } from './translit/japanese.ts';
import { romanizeHangulWord } from './translit/korean.ts';

/** Most variants `romanize` returns for one text. */
export const MAX_ROMANIZATIONS = 6;

// Words are separated by spaces and by punctuation other than hyphens and apostrophes; the
// Japanese middle dot (ウラジーミル・プーチン) and the Arabic comma separate words too.
const WORD_SEPARATOR = /[\s\p{P}\p{S}]+/u;
const KEPT_PUNCTUATION = /['\-׳’ʼ]/u;

function splitWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const ch of text.normalize('NFC')) {
    if (WORD_SEPARATOR.test(ch) && !KEPT_PUNCTUATION.test(ch)) {
      if (current !== '') words.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '') words.push(current);
  return words;
}

function romanizeWord(word: string, cyrillic: CyrillicLanguage): string[] {
  switch (detectScript(word)) {
    case 'Latn':
    case 'Zyyy':
      return [foldLatin(word)];
    case 'Cyrl':
      return romanizeCyrillicWord(word, cyrillic);
    case 'Grek':
      return romanizeGreekWord(word);
    case 'Hebr':
      return romanizeHebrewWord(word);
    case 'Hani':
      return romanizeChineseWord(word);
    case 'Hira':
    case 'Kana':
      return romanizeKanaWord(word);
    case 'Hang':
      return romanizeHangulWord(word);
    case 'Arab':
      return romanizeArabicPhrase([word])[0] ?? [];
    default:
      return [cleanRomanized(anyAscii(word))];
  }
}

/** Per word (or Arabic compound), its ranked romanisations. */
function romanizeWords(words: readonly string[]): string[][] {
  const out: string[][] = [];
  // The language of a Cyrillic name is read from all its words: Зеленський Володимир is Ukrainian.
  const cyrillic = guessCyrillicLanguage(words.join(' '));
  for (let i = 0; i < words.length; i++) {
    if (detectScript(words[i]!) === 'Arab') {
      // Arabic words are romanised as a run, because عبد joins the word after it.
      let end = i;
      while (end < words.length && detectScript(words[end]!) === 'Arab') end++;
      out.push(...romanizeArabicPhrase(words.slice(i, end)));
      i = end - 1;
      continue;
    }
    out.push(romanizeWord(words[i]!, cyrillic));
  }
  return out
    .map((variants) => [...new Set(variants.map(cleanRomanized).filter((v) => v !== ''))])
    .filter((variants) => variants.length > 0);
}

/** The `limit` best combinations of per-word variants, ordered by the sum of their ranks. */
function combine(perWord: readonly string[][], limit: number): string[] {
  if (perWord.length === 0) return [];
  const results: string[] = [];
  const seenRanks = new Set<string>();
  let frontier: number[][] = [perWord.map(() => 0)];
  while (frontier.length > 0 && results.length < limit) {
    const next: number[][] = [];
    for (const ranks of frontier) {
      const text = ranks.map((rank, i) => perWord[i]![rank]!).join(' ');
      if (!results.includes(text)) results.push(text);
      if (results.length >= limit) break;
      ranks.forEach((rank, i) => {
        if (rank + 1 >= perWord[i]!.length) return;
        const bumped = ranks.map((r, j) => (j === i ? r + 1 : r));
        const key = bumped.join(',');
        if (seenRanks.has(key)) return;
        seenRanks.add(key);
        next.push(bumped);
      });
    }
    frontier = next;
  }
  return results;
}

/**
 * Latin ASCII lower-case romanisations of a name written in any script, most likely first, 1 to 6
 * distinct variants (Путин → putin, poutine; محمد → muhammad, mohammed, mohamed). Latin input is
 * folded to ASCII (Müller → muller) and returned as one variant; an empty result means no letters.
 */
export function romanize(text: string): string[] {
  return combine(romanizeWords(splitWords(text)), MAX_ROMANIZATIONS);
}
