// Chinese company names: 珠海振戎有限公司 is "Zhuhai Zhenrong Co., Ltd." on the OFAC list. The
// legal form and the business words (集团 group, 石化 petrochemical) are read as the English the
// registries and lists print, the distinctive part in pinyin by two-character words (place, then
// trade name), or as a foreign name spelt in sound characters (斯特拉斯林克 Strasselink). Table and
// sources: src/names/data/han-company-terms.json.
import terms from '../data/han-company-terms.json' with { type: 'json' };
import { readChineseWord } from './chinese.ts';
import { foldLatin } from './fold-latin.ts';
import { toSimplified } from './simplified-chinese.ts';

/** A table with its keys in simplified characters (see simplified-chinese.ts). */
function simplifiedKeys(table: Readonly<Record<string, string>>): Map<string, string> {
  return new Map(Object.entries(table).map(([word, english]) => [toSimplified(word), english]));
}

const LEGAL = simplifiedKeys(terms.legal);
const WORDS = simplifiedKeys(terms.words);
const LONGEST = 6;

/** The English of business words that end a company's short name (石化 in 辽阳石化, 集团 …). */
const TRADE_ENDINGS = new Set(terms.tradeEndings);

/** Sound characters that mostly spell foreign names; two or more mark a run as foreign. */
const SOUND = new Set(Array.from('斯特拉克尔爾夫姆布普格赫茨兹弗伯勒德林托干莱萊丽麗娜尼亚亞维維'));

/**
 * A run of characters the tables do not know (`place` when an administrative suffix closed it), or
 * a known word with its English (`place` for place words such as 香港).
 */
type Piece = { run: string; place: boolean } | { english: string; legal: boolean; place: boolean };

/** The English of the place words in the table (香港 hong kong, 中国 china …). */
const PLACES = new Set(terms.places);

/**
 * Suffixes of administrative divisions that follow a place name in a registered PRC company name
 * (深圳市 Shenzhen City, 广东省 Guangdong Province, 浦东新区 Pudong New Area); the English the
 * registries and lists print leaves them out (深圳市大疆创新科技有限公司 = SZ DJI Technology Co.,
 * Ltd.), and read as syllables they would join the trade name (shenzhen shida …). Longest first.
 */
const ADMIN_SUFFIXES = ['自治区', '自治區', '新区', '新區', '省', '市', '区', '區', '县', '縣'];

/** The suffix of an administrative division that starts at `i`, if one does. */
function divisionSuffixAt(chars: readonly string[], i: number): string | undefined {
  return ADMIN_SUFFIXES.find((a) => chars.slice(i, i + Array.from(a).length).join('') === a);
}

/**
 * Splits a Han run into known words (longest first) and unknown runs; words are looked up in
 * simplified characters, runs keep the characters written.
 */
function segment(word: string): Piece[] {
  const chars = Array.from(word);
  const keys = Array.from(toSimplified(word));
  const pieces: Piece[] = [];
  let run = '';
  for (let i = 0; i < chars.length;) {
    // A place name of two or three characters at the start of a run, closed by its suffix.
    const suffix =
      Array.from(run).length >= 2 && Array.from(run).length <= 3
        ? divisionSuffixAt(keys, i)
        : undefined;
    if (suffix !== undefined && i + Array.from(suffix).length < chars.length) {
      pieces.push({ run, place: true });
      run = '';
      i += Array.from(suffix).length;
      continue;
    }
    let matched = false;
    for (let size = Math.min(LONGEST, chars.length - i); size >= 2; size--) {
      const slice = keys.slice(i, i + size).join('');
      const legal = LEGAL.get(slice);
      const english = legal ?? WORDS.get(slice);
      if (english === undefined) continue;
      if (run !== '') pieces.push({ run, place: false });
      run = '';
      const place = PLACES.has(english);
      pieces.push({ english, legal: legal !== undefined, place });
      i += size;
      // 深圳市: the division's suffix after a known place word is dropped as after a run.
      if (place) i += Array.from(divisionSuffixAt(keys, i) ?? '').length;
      matched = true;
      break;
    }
    if (!matched) run += chars[i++]!;
  }
  if (run !== '') pieces.push({ run, place: false });
  return pieces;
}

/** Pinyin of a run by two-character words (珠海振戎 → zhuhai zhenrong), syllables when odd. */
function pinyinWords(run: string): string[] {
  // "Raven国际贸易有限公司", "杭州富阳Koto机械有限公司": a trade name in Latin letters inside the
  // Han name is written as it is, one word of its own.
  const parts = run.match(LATIN_OR_OTHER) ?? [];
  if (parts.some((part) => LATIN_RUN.test(part)))
    return parts.flatMap((part) =>
      LATIN_RUN.test(part) ? [foldLatin(part)] : hanPinyinWords(part),
    );
  return hanPinyinWords(run);
}

const LATIN_RUN = /^[\p{Script=Latin}\d]+$/u;
const LATIN_OR_OTHER = /[\p{Script=Latin}\d]+|[^\p{Script=Latin}\d]+/gu;

function hanPinyinWords(run: string): string[] {
  const reading = readChineseWord(run).find((r) => r.syllabic)?.text ?? '';
  // The native readings of a 2–4 character run put the syllables as "sur given"; rebuild by pairs.
  const syllables = Array.from(run).map((ch) => readChineseWord(ch)[0]?.text ?? '');
  if (syllables.some((s) => s === '')) return reading === '' ? [] : [reading.replace(/ /g, '')];
  const words: string[] = [];
  for (let i = 0; i < syllables.length; i += 2) words.push(syllables.slice(i, i + 2).join(''));
  return words;
}

/**
 * Readings of a Chinese company name, most likely first, or undefined when the text ends in no
 * legal form nor trade word (then it is read as a person's or other name). The distinctive part is read in
 * pinyin by two-character words and, when written in sound characters, as a foreign name.
 */
export function readHanCompanyName(word: string): string[] | undefined {
  const pieces = segment(word);
  const last = pieces[pieces.length - 1];
  if (last === undefined) return undefined;
  if (!('legal' in last)) {
    if (!isPlaceAndTradeName(pieces)) return undefined;
  }
  // The press drops the legal form (辽阳石化 for 辽阳石化有限公司): a name that ends in a trade word
  // after a distinctive part is a company too. Place words (中国, 香港) end no company name.
  else if (!last.legal && !(pieces.length >= 2 && TRADE_ENDINGS.has(last.english)))
    return undefined;
  const [native, foreign] = readPieces(pieces);
  const readings = foreign === undefined ? [native] : [foreign, native];
  // A three-character trade name is one word on the lists (永宏安 = YONGHONGAN TRADE LIMITED); the
  // pairs reading (yonghong an) stays first, as for longer runs.
  const joined = readPieces(pieces, true)[0];
  if (joined !== native) readings.push(joined);
  // Lists print many PRC and Hong Kong companies without the place their registered name starts
  // with (香港托尔干有限公司 = TORGAN CO., LIMITED): a reading without it, when a distinctive part
  // (not only business words) remains.
  const start = pieces.findIndex((piece) => !piece.place);
  const rest = pieces.slice(start);
  if (start > 0 && rest.some((piece) => 'run' in piece)) {
    const [restNative, restForeign] = readPieces(rest);
    readings.push(restForeign ?? restNative);
  }
  readings.push(...countryReadings(pieces));
  return [...new Set(readings)];
}

/** The English adjective of a country word (iran → iranian), from the table. */
const PLACE_ADJECTIVES: Readonly<Record<string, string>> = terms.placeAdjectives;

/**
 * Readings of a name that starts with its country before two or more words (伊朗中央银行, 伊朗国家
 * 石油公司) in the two English orders the lists print: the country after 'of' (CENTRAL BANK OF
 * IRAN, NATIONAL BANK OF IRAN) and its adjective first (NATIONAL IRANIAN OIL COMPANY). Chinese
 * puts every modifier before its noun; English puts a country's name after it.
 */
function countryReadings(pieces: readonly Piece[]): string[] {
  const [first, ...rest] = pieces;
  if (first === undefined || !('english' in first) || rest.length < 2) return [];
  const adjective = PLACE_ADJECTIVES[first.english];
  if (adjective === undefined) return [];
  const words = readPieces(rest)[0];
  return [`${words} of ${first.english}`, `${adjective} ${words}`];
}

/**
 * True for a place and a two-character trade name, nothing else (珠海振戎 = Zhuhai Zhenrong Co.,
 * Ltd.): the press writes a PRC firm so. Four characters are no Chinese personal name without a
 * compound surname (none is a place), and a run of sound characters (吉林斯基) is a foreign name.
 */
function isPlaceAndTradeName(pieces: readonly Piece[]): boolean {
  const [place, trade] = pieces;
  return (
    pieces.length === 2 &&
    place?.place === true &&
    trade !== undefined &&
    'run' in trade &&
    Array.from(trade.run).length === 2 &&
    !Array.from(trade.run).some((ch) => SOUND.has(ch))
  );
}

/**
 * The pinyin reading of the pieces (three-character runs joined when `joinOdd`), and their
 * foreign-name reading when a run is one.
 */
function readPieces(pieces: readonly Piece[], joinOdd = false): [string, string | undefined] {
  const native: string[] = [];
  const foreign: string[] = [];
  let hasForeign = false;
  for (const piece of pieces) {
    if ('english' in piece) {
      native.push(piece.english);
      foreign.push(piece.english);
      continue;
    }
    const words = pinyinWords(piece.run);
    native.push(...(joinOdd && Array.from(piece.run).length === 3 ? [words.join('')] : words));
    const sounds = Array.from(piece.run).filter((ch) => SOUND.has(ch)).length;
    const other =
      sounds >= 2 ? readChineseWord(piece.run).find((r) => !r.syllabic)?.text : undefined;
    if (other !== undefined) hasForeign = true;
    foreign.push(other ?? pinyinWords(piece.run).join(' '));
  }
  return [native.join(' '), hasForeign ? foreign.join(' ') : undefined];
}

/**
 * The English of a run of Han characters made only of the table's words (商業銀行 → commercial
 * bank, 朝鮮 → korea), as a name written partly in another script holds them (タンチョン商業銀行);
 * undefined when any part is not such a word.
 */
export function translateHanTerms(run: string): string | undefined {
  const pieces = segment(run);
  const english = pieces.map((piece) => ('english' in piece ? piece.english : undefined));
  return english.every((e) => e !== undefined) ? english.join(' ') : undefined;
}
