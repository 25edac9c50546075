// Japanese kana: modified Hepburn, with the long-vowel spellings lists use (Ōno → ono, ohno, oono),
// and for katakana a "foreign name" variant that drops the vowels Japanese adds to consonants
// (プーチン puuchin → putin, トゥホルスキー → tuhorski). Kanji fall back to any-ascii's reading.
import anyAscii from 'any-ascii';
import { readKatakanaEnglish, splitEnglishPrefix } from './katakana-english.ts';
import { minedReadings } from './mined-readings.ts';

const BASE: Readonly<Record<string, string>> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  ゐ: 'i',
  ゑ: 'e',
  を: 'o',
  ん: 'n',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ゔ: 'vu',
  ぁ: 'a',
  ぃ: 'i',
  ぅ: 'u',
  ぇ: 'e',
  ぉ: 'o',
  ゃ: 'ya',
  ゅ: 'yu',
  ょ: 'yo',
  ゎ: 'wa',
};

// Digraphs: a kana followed by a small kana (しゃ sha, ティ ti, ファ fa, ウィ wi).
const DIGRAPHS: Readonly<Record<string, string>> = {
  きゃ: 'kya',
  きゅ: 'kyu',
  きょ: 'kyo',
  しゃ: 'sha',
  しゅ: 'shu',
  しょ: 'sho',
  ちゃ: 'cha',
  ちゅ: 'chu',
  ちょ: 'cho',
  にゃ: 'nya',
  にゅ: 'nyu',
  にょ: 'nyo',
  ひゃ: 'hya',
  ひゅ: 'hyu',
  ひょ: 'hyo',
  みゃ: 'mya',
  みゅ: 'myu',
  みょ: 'myo',
  りゃ: 'rya',
  りゅ: 'ryu',
  りょ: 'ryo',
  ぎゃ: 'gya',
  ぎゅ: 'gyu',
  ぎょ: 'gyo',
  じゃ: 'ja',
  じゅ: 'ju',
  じょ: 'jo',
  びゃ: 'bya',
  びゅ: 'byu',
  びょ: 'byo',
  ぴゃ: 'pya',
  ぴゅ: 'pyu',
  ぴょ: 'pyo',
  しぇ: 'she',
  じぇ: 'je',
  ちぇ: 'che',
  てぃ: 'ti',
  でぃ: 'di',
  とぅ: 'tu',
  どぅ: 'du',
  ふぁ: 'fa',
  ふぃ: 'fi',
  ふぇ: 'fe',
  ふぉ: 'fo',
  うぃ: 'wi',
  うぇ: 'we',
  うぉ: 'wo',
  ゔぁ: 'va',
  ゔぃ: 'vi',
  ゔぇ: 've',
  ゔぉ: 'vo',
  つぁ: 'tsa',
  つぃ: 'tsi',
  つぇ: 'tse',
  つぉ: 'tso',
  てゅ: 'tyu',
  でゅ: 'dyu',
  ふゅ: 'fyu',
  いぇ: 'ye',
  くぁ: 'kwa',
  くぃ: 'kwi',
  くぇ: 'kwe',
  くぉ: 'kwo',
  ぐぁ: 'gwa',
};

function toHiragana(text: string): string {
  // Katakana and hiragana are 0x60 apart; ヷ-ヺ and the prolonged mark are handled separately.
  return Array.from(text)
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      return code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : ch;
    })
    .join('');
}

/** One kana syllable in Hepburn, and whether a long-vowel mark (ー) follows it. */
export interface Mora {
  readonly roman: string;
  readonly long: boolean;
}

/** The syllables of a kana word in Hepburn (ジョンウン → jo, n, u, n), a small っ doubling the next consonant. */
export function morae(word: string): Mora[] {
  const chars = Array.from(toHiragana(word));
  const out: Mora[] = [];
  let geminate = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === 'っ') {
      geminate = true;
      continue;
    }
    if (ch === 'ー') {
      const last = out.pop();
      if (last !== undefined) out.push({ roman: last.roman, long: true });
      continue;
    }
    const pair = DIGRAPHS[ch + (chars[i + 1] ?? '')];
    let roman = pair ?? BASE[ch];
    if (pair !== undefined) i++;
    if (roman === undefined) continue;
    if (geminate) roman = (roman.startsWith('ch') ? 't' : roman[0]!) + roman;
    geminate = false;
    out.push({ roman, long: false });
  }
  return out;
}

function join(list: readonly Mora[], longAs: (vowel: string) => string, reduce: boolean): string {
  let out = '';
  list.forEach((mora, i) => {
    let roman = mora.roman;
    const next = list[i + 1];
    // Foreign names: a u/o after a consonant, before another consonant or at the end, is usually
    // epenthetic (su → s, ku → k, to → t, do → d); ru at the end is often -r/-l.
    if (reduce && roman.length > 1) {
      const nextStartsConsonant = next === undefined || !/^[aeiou]/.test(next.roman);
      if (nextStartsConsonant && /^(su|ku|gu|bu|pu|fu|mu|zu|ru|tsu)$/.test(roman))
        roman = roman.slice(0, -1);
      else if (nextStartsConsonant && /^(to|do)$/.test(roman)) roman = roman.slice(0, -1);
      else if (nextStartsConsonant && roman === 'chi' && next === undefined) roman = 'ch';
    }
    out += roman;
    if (mora.long) out += longAs(roman.slice(-1));
  });
  return out;
}

/**
 * The Hepburn romanisation of a native Japanese word in kana, long vowels written once as the
 * lists print Japanese names (ショウロク shoroku, コウドウ kodo, オオノ ono); a u or o that starts
 * a syllable of its own before another vowel stays (イノウエ inoue).
 */
export function hepburn(word: string): string {
  return join(morae(word), () => '', false)
    .replace(/([ou])u(?![aeiou])/g, '$1')
    .replace(/oo(?![aeiou])/g, 'o');
}

// Four segment-model spellings: the third and fourth often hold the English one (long vowels, r/l
// and ッ read several ways), and with more the Hepburn-based reductions fall out of the six
// readings a query keeps (cross-script tune half, katakana: 2 → 0.695, 4 → 0.758, 6 → 0.747).
const KANA_MODEL = 4;

// The Japanese press joins the kunya Abu to the name after it (アブイブラヒム Abu Ibrahim, アブ
// アラ Abu Ala); before a vowel the join is plain, since no Arabic name starts Abui-, Abua-.
const JOINED_ABU = /^アブー?(?=[アイウエオ])/u;

/** Romanisations of one kana word, most likely first (プーチン → puchin, puuchin, putin). */
export function romanizeKanaWord(word: string): string[] {
  if (/\p{Script=Han}/u.test(word)) return [anyAscii(word).toLowerCase()];
  const abu = JOINED_ABU.exec(word);
  if (abu !== null && Array.from(word).length - abu[0].length >= 3) {
    const rest = readKanaWord(word.slice(abu[0].length)).map((r) => `abu ${r}`);
    return [...new Set([...rest.slice(0, 2), ...readKanaWord(word), ...rest.slice(2)])];
  }
  return readKanaWord(word);
}

/** Romanisations of one kana word (see romanizeKanaWord), no kunya split off. */
function readKanaWord(word: string): string[] {
  const list = morae(word);
  if (list.length === 0) return [];
  // ン before b, p or m is m, as Hepburn writes it (難波 Namba) and as the English words and
  // foreign names katakana spells have it (ハンバリ Hambali, オリンピック olympic); the n
  // reading stays behind it.
  const plain = assimilateNasal(join(list, () => '', false));
  const doubled = join(list, (v) => v, false);
  const ohVariant = join(list, (v) => (v === 'o' ? 'h' : v), false);
  const foreign = assimilateNasal(join(list, () => '', true));
  const foreignEr = join(list, (v) => (v === 'a' || v === 'i' ? '' : 'r'), true).replace(
    /chin$/,
    'tin',
  );
  const isKatakana = /\p{Script=Katakana}/u.test(word.replace(/ー/g, ''));
  // Katakana spells foreign names: the English spellings mined from Wikidata pairs (プーチン →
  // putin) lead, then the Hepburn reading and its foreign-name reductions.
  const mined = isKatakana
    ? minedReadings('katakana', word, (kana) => [morae(kana)[0]?.roman ?? ''], KANA_MODEL)
    : { lexicon: [], model: [] };
  const english = isKatakana ? readKatakanaEnglish(word) : undefined;
  // An English first word before a coined remainder comes after the mined spellings, which
  // already read most names of that shape (ゴールドマン goldman, グリーンバーグ greenberg).
  const prefixed = isKatakana && english === undefined ? englishPrefixed(word) : undefined;
  const variants = isKatakana
    ? [
        ...(english === undefined ? [] : [english]),
        ...mined.lexicon.slice(0, 1),
        ...mined.model.slice(0, 1),
        ...(prefixed === undefined ? [] : [prefixed]),
        plain,
        ...mined.model.slice(1, KANA_MODEL),
        foreign,
        foreignEr.replace(/ch(?=i)/g, 't'),
        doubled,
      ]
    : [plain, doubled, ohVariant];
  if (plain !== join(list, () => '', false)) variants.push(join(list, () => '', false));
  return [...new Set(variants)];
}

/**
 * A romanisation with ン written m before b, p or m. Read without the foreign-name reductions,
 * an n before those letters can only be ン: every other kana ending in n carries a vowel.
 */
function assimilateNasal(roman: string): string {
  return roman.replace(/n(?=[bpm])/g, 'm');
}

/** A katakana word read as an English first word joined to its remainder's reading (ブルーノロフ → bluenorof). */
function englishPrefixed(word: string): string | undefined {
  const split = splitEnglishPrefix(word);
  if (split === undefined) return undefined;
  const rest = join(morae(split.rest), () => '', true);
  return rest === '' ? undefined : split.english + rest;
}
