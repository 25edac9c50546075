// Romanisation of names in any script into lower-case ASCII variants, most likely first. The
// matching engine indexes every variant, so a Cyrillic, Arabic or Chinese spelling can meet the
// Latin spelling on a list. Each script has its own module in ./translit; others use any-ascii.
import anyAscii from 'any-ascii';
import { detectScript, type ScriptCode } from './detect-script.ts';
import { romanizeArabicPhrase } from './translit/arabic.ts';
import { readChineseWord, type TaggedReading } from './translit/chinese.ts';
import { isBrahmicWord, romanizeBrahmicWord } from './translit/brahmic.ts';
import { romanizeDevanagariWord } from './translit/devanagari.ts';
import { readHanCompanyName } from './translit/han-company.ts';
import {
  guessCyrillicLanguage,
  romanizeCyrillicWord,
  type CyrillicLanguage,
} from './translit/cyrillic.ts';
import { cleanRomanized, foldLatin } from './translit/fold-latin.ts';
import { romanizeGreekWord } from './translit/greek.ts';
import { romanizeHebrewWord } from './translit/hebrew.ts';
import { hebrewOrganisationSenses } from './translit/hebrew-organisation.ts';
import { HEBREW_QUERY_FORMS, isHebrewName } from './translit/hebrew-query-forms.ts';
import { romanizeKanaWord } from './translit/japanese.ts';
import { readKoreanKatakanaName } from './translit/katakana-korean.ts';
import { readJapaneseKanjiWord, readMixedJapaneseWord } from './translit/japanese-kanji.ts';
import { readHangulCompanyName } from './translit/hangul-company.ts';
import { readHangulWord } from './translit/korean.ts';
import { rememberByKey } from './remember-by-key.ts';

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

/** One romanisation of a whole name; `syllabic` when it reads Chinese or Korean syllables as such. */
export interface RomanForm {
  readonly latin: string;
  readonly syllabic: boolean;
}

const plain = (variants: readonly string[]): TaggedReading[] =>
  variants.map((text) => ({ text, syllabic: false }));

/** Whether the sound-spelt parts of a name are foreign: how Hangul and Han words are read. */
interface ForeignName {
  readonly hangul: boolean;
  readonly han: boolean;
}

// Chinese (and Japanese) writing separates the parts of a foreign name with a middle dot (谢尔盖·
// 拉夫罗夫 Sergey Lavrov, Xinhua's usage); a Chinese name is never written so.
const NAME_PART_DOT = /[·・•‧･]/u;

function romanizeWord(
  word: string,
  cyrillic: CyrillicLanguage,
  foreign: ForeignName,
  query: boolean,
) {
  switch (detectScript(word)) {
    case 'Latn':
      return plain([foldLatin(word)]);
    case 'Zyyy':
      if (isBrahmicWord(word)) return plain(romanizeBrahmicWord(word));
      // Letters of a script detectScript does not name (Bengali, Kannada, Khmer, Myanmar, Ethiopic
      // …) go to any-ascii whole: folding them as Latin strips their vowel signs, which are marks
      // (ভ্লাদিমির read "bhldmr" instead of "bhladimir").
      return plain([/\p{L}/u.test(word) ? cleanRomanized(anyAscii(word)) : foldLatin(word)]);
    case 'Cyrl':
      return plain(romanizeCyrillicWord(word, cyrillic));
    case 'Grek':
      return plain(romanizeGreekWord(word));
    case 'Hebr':
      return plain(romanizeHebrewWord(word));
    case 'Hani': {
      const company = readHanCompanyName(word);
      const chinese =
        company === undefined ? readChineseWord(word, foreign.han, query) : plain(company);
      // A query in kanji may be Japanese (篠田建市, 山口組): its Japanese readings lead. Lists write
      // Japanese names in Latin letters, so their Han aliases are read as Chinese only.
      const japanese = query ? readJapaneseKanjiWord(word) : undefined;
      if (japanese === undefined) return chinese;
      const readings = japanese.readings.map((text) => ({ text, syllabic: true }));
      return japanese.leads
        ? [...readings, ...chinese]
        : [...chinese.slice(0, 2), ...readings.slice(0, 1), ...chinese.slice(2)];
    }
    case 'Hira':
    case 'Kana':
      return plain(
        /[\p{Script=Han}\p{Script=Latin}\d]/u.test(word)
          ? readMixedJapaneseWord(word)
          : romanizeKanaWord(word),
      );
    case 'Hang': {
      const company = readHangulCompanyName(word, query);
      return company === undefined ? readHangulWord(word, foreign.hangul, query) : plain(company);
    }
    case 'Arab':
      return plain(romanizeArabicPhrase([word], query)[0] ?? []);
    case 'Deva':
      return plain(romanizeDevanagariWord(word));
    default:
      return plain([cleanRomanized(anyAscii(word))]);
  }
}

// Names share their words (محمد, 김, Иван), and a word's readings depend only on the word and the
// flags below, so each non-Latin word is romanised once per process: with a loaded snapshot,
// romanising a query's non-Latin words was ~10 % of a first screening's CPU. Bounded: dropped at
// this many words.
const MAX_REMEMBERED_WORDS = 50_000;
const romanizeWordOnce = rememberByKey(
  romanizeWord,
  (word, cyrillic, foreign, query) =>
    `${query ? 'q' : 'l'}${cyrillic}${foreign.hangul ? 'k' : '-'}${foreign.han ? 'h' : '-'}|${word}`,
  MAX_REMEMBERED_WORDS,
);
const romanizeArabicRunOnce = rememberByKey(
  (words: readonly string[], query: boolean) => romanizeArabicPhrase(words, query),
  (words, query) => `${query ? 'q' : 'l'}|${words.join(' ')}`,
  MAX_REMEMBERED_WORDS,
);

/**
 * The company readings of a run of two or more Hangul or Han words from `from`, read joined, and
 * the index after the run; undefined when the run is shorter or, joined, no company name.
 */
function companyRun(
  words: readonly string[],
  scripts: readonly ScriptCode[],
  from: number,
  query: boolean,
): { readings: string[]; end: number } | undefined {
  const script = scripts[from];
  if (script !== 'Hang' && script !== 'Hani') return undefined;
  let end = from;
  while (end < words.length && scripts[end] === script) end++;
  if (end - from < 2) return undefined;
  const joined = words.slice(from, end).join('');
  const readings =
    script === 'Hang' ? readHangulCompanyName(joined, query) : readHanCompanyName(joined);
  return readings === undefined ? undefined : { readings, end };
}

/** Per word (or Arabic compound), its ranked romanisations. */
function romanizeWords(words: readonly string[], han: boolean, query: boolean): TaggedReading[][] {
  const out: TaggedReading[][] = [];
  // The language of a Cyrillic name is read from all its words: Зеленський Володимир is Ukrainian.
  const cyrillic = guessCyrillicLanguage(words.join(' '));
  // A Korean name is written as one word or with its one-syllable surname apart (김 정은); a name
  // of several longer Hangul words is a foreign name spelled in Hangul (데이비드 배키스).
  // Each word's script, read once: the steps below all ask it.
  const scripts = words.map((word) => detectScript(word));
  const hangul = words.filter((_, i) => scripts[i] === 'Hang');
  const foreignHangul = hangul.length >= 2 && hangul.every((word) => Array.from(word).length >= 2);
  // A Korean name in katakana (キム・ジョンウン) is read as the lists write Korean names first.
  const korean = readKoreanKatakanaName(words);
  // The words of a Hebrew organisation's name the press translates (בנק מלי: bank) read as English first.
  const hebrew = scripts.includes('Hebr') ? hebrewOrganisationSenses(words) : undefined;
  for (let i = 0; i < words.length; i++) {
    if (scripts[i] === 'Arab') {
      // Arabic words are romanised as a run, because عبد joins the word after it.
      let end = i;
      while (end < words.length && scripts[end] === 'Arab') end++;
      out.push(...romanizeArabicRunOnce(words.slice(i, end), query).map(plain));
      i = end - 1;
      continue;
    }
    const company = companyRun(words, scripts, i, query);
    if (company !== undefined) {
      // "조선 단군무역회사", "남촌강 무역": the press spaces a Korean firm's name as it likes; read
      // as one word, its legal form and business words are those the lists print in English. A
      // Chinese firm's registered name may hold a place in brackets (寶港(東營東港)物流倉儲有限公司,
      // 華信船務(香港)有限公司), which the lists print in its place (BAOGANG DONGYING DONGGANG …).
      out.push(company.readings.map((text) => ({ text, syllabic: false })));
      i = company.end - 1;
      continue;
    }
    const asKorean = (korean?.[i] ?? []).map((text) => ({ text, syllabic: true }));
    // Latin words are only folded, for less than remembering them would cost (and hold).
    const read = scripts[i] === 'Latn' ? romanizeWord : romanizeWordOnce;
    // The surname's table spellings replace its Japanese readings (キム is never kimu).
    const own =
      i === 0 && asKorean.length > 0
        ? []
        : read(words[i]!, cyrillic, { hangul: foreignHangul, han }, query);
    const english = plain(hebrew?.[i] ?? []);
    out.push([...english, ...asKorean, ...own]);
  }
  return out
    .map((variants) => {
      const seen = new Set<string>();
      return variants
        .map((v) => ({ text: cleanRomanized(v.text), syllabic: v.syllabic }))
        .filter((v) => v.text !== '' && !seen.has(v.text) && seen.add(v.text));
    })
    .filter((variants) => variants.length > 0);
}

/** The `limit` best combinations of per-word variants, ordered by the sum of their ranks. */
function combine(perWord: readonly TaggedReading[][], limit: number): RomanForm[] {
  if (perWord.length === 0) return [];
  const results: RomanForm[] = [];
  const seenRanks = new Set<string>();
  let frontier: number[][] = [perWord.map(() => 0)];
  while (frontier.length > 0 && results.length < limit) {
    const next: number[][] = [];
    for (const ranks of frontier) {
      const chosen = ranks.map((rank, i) => perWord[i]![rank]!);
      const latin = chosen.map((v) => v.text).join(' ');
      if (!results.some((r) => r.latin === latin))
        results.push({ latin, syllabic: chosen.some((v) => v.syllabic) });
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
 * Latin romanisations of a name in any script, most likely first, 1 to maxRomanizations distinct
 * variants, each marked `syllabic` when it reads Chinese or Korean syllables as such (习近平 → xi
 * jinping) rather than a foreign name spelled in them (克魯森 → kruson): the engine may allow such
 * readings less spelling drift.
 */
export function romanizeForms(text: string, options: RomanizeOptions = {}): RomanForm[] {
  return combine(
    romanizeWords(splitWords(text), NAME_PART_DOT.test(text), options.query === true),
    maxRomanizations(text, options.query === true),
  );
}

/** Most variants romanizeForms returns for a text: more for a Hebrew query (hebrew-query-forms.ts). */
export function maxRomanizations(text: string, query: boolean): number {
  return query && isHebrewName(text) ? HEBREW_QUERY_FORMS : MAX_ROMANIZATIONS;
}

/** Options of a romanisation. */
export interface RomanizeOptions {
  /** A name typed or printed, not read from a list: it also gets guesses lists do not need. */
  readonly query?: boolean;
}

/**
 * Latin ASCII lower-case romanisations of a name written in any script, most likely first, 1 to 6
 * distinct variants (Путин → putin, poutine; محمد → muhammad, mohammed, mohamed). Latin input is
 * folded to ASCII (Müller → muller) and returned as one variant; an empty result means no letters.
 */
export function romanize(text: string, options: RomanizeOptions = {}): string[] {
  return romanizeForms(text, options).map((form) => form.latin);
}
