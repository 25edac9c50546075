// Chinese names written in Hangul by their Mandarin sound, as the Korean press renders people of
// the PRC (리쟈동 Li Jiadong, 옌즈융 Yan Zhiyong, 류위안 Liu Yuan). The Hangul of each pinyin
// syllable follows the Korean standard for Chinese: Foreign Word Notation (외래어 표기법, Ministry
// of Education notice 85-11, 1986), table 7 (주음 부호와 한글 대조표) and chapter 3 section 4
// (ㅈ, ㅉ, ㅊ + ㅑ ㅖ ㅛ ㅠ are written ㅏ ㅔ ㅗ ㅜ: 자 jia, 제 jie). The pinyin syllables are those
// pinyin-pro gives (the values of wade-giles-pinyin.json); the table is built from the rules below.
import wadeGiles from '../data/wade-giles-pinyin.json' with { type: 'json' };
import { loadTable } from '../load-table.ts';

// Hangul jamo indices (Unicode order) of the pinyin initials; z ㅉ and s ㅆ as in 마오쩌둥, 쑨원.
// prettier-ignore
const INITIAL: Readonly<Record<string, number>> = {
  b: 7, p: 17, m: 6, f: 17, d: 3, t: 16, n: 2, l: 5, g: 0, k: 15, h: 18,
  j: 12, q: 14, x: 9, zh: 12, ch: 14, sh: 9, r: 5, z: 13, c: 14, s: 10, '': 11,
};

// Vowel and final-consonant indices: ㅏ0 ㅔ5 ㅓ4 ㅗ8 ㅜ13 ㅡ18 ㅣ20 ㅑ2 ㅖ7 ㅠ17 ㅘ9 ㅝ14 ㅞ15 ㅟ16; ㄴ4 ㄹ8 ㅇ21.
type Part = readonly [vowel: number, final: number];
const A: Part = [0, 0];
const I: Part = [20, 0];
const O: Part = [8, 0];
const U: Part = [13, 0];

/** The Hangul syllables (as vowel and final) of each final, the first taking the initial. */
// prettier-ignore
const FINALS: Readonly<Record<string, readonly Part[]>> = {
  a: [A], o: [O], e: [[4, 0]], ai: [A, I], ei: [[5, 0], I], ao: [A, O], ou: [[4, 0], U],
  an: [[0, 4]], en: [[4, 4]], ang: [[0, 21]], eng: [[4, 21]], er: [[4, 8]], ong: [[13, 21]],
  i: [I], ia: [[2, 0]], ie: [[7, 0]], iao: [[2, 0], O], iu: [[17, 0]], ian: [[7, 4]],
  in: [[20, 4]], iang: [[2, 21]], ing: [[20, 21]], iong: [[17, 21]],
  u: [U], ua: [[9, 0]], uo: [[14, 0]], uai: [[9, 0], I], ui: [U, I], uan: [[9, 4]],
  un: [[13, 4]], uang: [[9, 21]],
  v: [[16, 0]], ve: [[15, 0]], van: [[16, 0], [0, 4]], vn: [[16, 4]],
};

/** Syllables without an initial that pinyin writes with y or w, as the table spells them. */
// prettier-ignore
const ZERO_INITIAL: Readonly<Record<string, readonly Part[]>> = {
  yi: [I], ya: [[2, 0]], ye: [[7, 0]], yao: [[2, 0], O], you: [[17, 0]], yan: [[7, 4]],
  yin: [[20, 4]], yang: [[2, 21]], ying: [[20, 21]], yong: [[17, 21]], wu: [U], wa: [[9, 0]],
  wo: [[14, 0]], wai: [[9, 0], I], wei: [[15, 0], I], wan: [[9, 4]], wen: [[14, 4]],
  wang: [[9, 21]], weng: [[14, 21]], yu: [[16, 0]], yue: [[15, 0]], yuan: [[16, 0], [0, 4]],
  yun: [[16, 4]],
};

// After these initials -i is the buzzed vowel ㅡ (즈 zhi, 쯔 zi); after j, q, x, u is ü.
const BUZZED = new Set(['zh', 'ch', 'sh', 'r', 'z', 'c', 's']);
const PALATAL = new Set(['j', 'q', 'x']);
// The 1986 rule: after ㅈ ㅉ ㅊ, ㅑ ㅖ ㅛ ㅠ lose their y (2→0, 7→5, 12→8, 17→13).
const AFFRICATES = new Set([12, 13, 14]);
const PLAIN_VOWEL: Readonly<Record<number, number>> = { 2: 0, 7: 5, 12: 8, 17: 13 };

function syllable(initial: number, [vowel, final]: Part): string {
  const plain = AFFRICATES.has(initial) ? (PLAIN_VOWEL[vowel] ?? vowel) : vowel;
  return String.fromCodePoint(0xac00 + initial * 588 + plain * 28 + final);
}

/** The Hangul of one toneless pinyin syllable, or undefined when the rules do not cover it. */
export function hangulOfPinyin(pinyin: string): string | undefined {
  const zero = ZERO_INITIAL[pinyin];
  if (zero !== undefined) return zero.map((part) => syllable(11, part)).join('');
  const initial = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcs])/.exec(pinyin)?.[0] ?? '';
  let final = pinyin.slice(initial.length);
  if (PALATAL.has(initial)) final = final.replace(/^u/, 'v');
  const parts = BUZZED.has(initial) && final === 'i' ? [[18, 0] as Part] : FINALS[final];
  if (parts === undefined || initial === '') return undefined;
  const lead = INITIAL[initial]!;
  return parts.map((part, i) => syllable(i === 0 ? lead : 11, part)).join('');
}

let byHangul: Map<string, string[]> | undefined;

/** Hangul spelling → the pinyin syllables it stands for, zh/ch/sh before j/q/x (built on use). */
function pinyinByHangul(): Map<string, string[]> {
  if (byHangul !== undefined) return byHangul;
  byHangul = new Map();
  const all = [...new Set(Object.values(wadeGiles.syllables).flat())].sort(
    (a, b) => Number(/^[jqxzcs](?!h)/.test(a)) - Number(/^[jqxzcs](?!h)/.test(b)),
  );
  for (const pinyin of all) {
    const hangul = hangulOfPinyin(pinyin);
    if (hangul === undefined) continue;
    // The press often writes -ong as 옹 rather than the standard's 웅 (리쟈동 Li Jiadong).
    const press = pinyin.endsWith('ong') ? hangul.replace(/[^]$/u, roundOng) : hangul;
    // It also writes s- as plain ㅅ rather than the standard's tense ㅆ (순웨이 Sun Wei, 쑨 in the
    // standard): a second choice after the syllable the standard spells so (순 shun).
    const plain = [hangul, press].map(plainS);
    for (const spelling of new Set([hangul, press, ...plain]))
      byHangul.set(spelling, [...(byHangul.get(spelling) ?? []), pinyin]);
  }
  return byHangul;
}

/** The spelling with a leading tense ㅆ written plain ㅅ (쑨 → 순). */
function plainS(hangul: string): string {
  const code = hangul.codePointAt(0)! - 0xac00;
  const tenseS = 10;
  return Math.floor(code / 588) === tenseS
    ? String.fromCodePoint(hangul.codePointAt(0)! - 588) + hangul.slice(1)
    : hangul;
}

/** The syllable with ㅗ for ㅜ (둥 → 동). */
function roundOng(ch: string): string {
  return String.fromCodePoint(ch.codePointAt(0)! - (13 - 8) * 28);
}

/** The press also writes ㅈ ㅉ ㅊ before ㅑ ㅖ ㅛ ㅠ (쟈 for 자): folded to the standard's spelling. */
function foldAffricates(word: string): string {
  return Array.from(word, (ch) => {
    const code = ch.codePointAt(0)! - 0xac00;
    const initial = Math.floor(code / 588);
    const vowel = Math.floor((code % 588) / 28);
    if (code < 0 || code > 11171 || !AFFRICATES.has(initial)) return ch;
    return String.fromCodePoint(ch.codePointAt(0)! + ((PLAIN_VOWEL[vowel] ?? vowel) - vowel) * 28);
  }).join('');
}

/**
 * The pinyin syllables of a Hangul word read as Mandarin (리쟈동 → li, jia, dong), each with the
 * syllables it may stand for, in the fewest syllables; undefined when some part is no Mandarin.
 */
export function readHangulAsMandarin(word: string): string[][] | undefined {
  const table = pinyinByHangul();
  const chars = Array.from(foldAffricates(word));
  // best[i]: the fewest pinyin syllables spelling chars[0..i); a two-Hangul spelling (위안 yuan,
  // 샤오 xiao) beats two one-Hangul ones.
  const best: (string[][] | undefined)[] = [[]];
  for (let i = 1; i <= chars.length; i++) {
    for (const size of [2, 1]) {
      const before = best[i - size];
      const readings = i - size >= 0 ? table.get(chars.slice(i - size, i).join('')) : undefined;
      if (before === undefined || readings === undefined) continue;
      if (best[i] === undefined || best[i]!.length > before.length + 1)
        best[i] = [...before, readings];
    }
  }
  return best[chars.length];
}

let sinoKorean: Set<string> | undefined;

/**
 * True for a Hangul syllable some Han character is read as in Korean (hanja-readings.json, on
 * use); the others (멜, 트, 훙) only write loanwords and foreign names.
 */
export function isSinoKorean(syllable: string): boolean {
  sinoKorean ??= new Set(
    Object.keys((loadTable('hanja-readings.json') as { readings: object }).readings).map((key) =>
      key.replace(/2$/, ''),
    ),
  );
  return sinoKorean.has(syllable);
}

/** A Chinese name read from Hangul: its pinyin readings, and whether they should lead. */
export interface MandarinReadings {
  /** "surname given" in pinyin, the given name joined as lists print it (li jiadong), best first. */
  readonly readings: readonly string[];
  /** The word holds a syllable no Han character is read as in Korean (쟈, 즈, 옌): not Korean. */
  readonly leads: boolean;
}

/**
 * The Mandarin readings of a Hangul word of two or three pinyin syllables (a Chinese personal
 * name), or undefined: up to three, fewest second choices first (자 is zha or jia, 장 zhang or
 * jiang).
 */
export function readHangulChineseName(word: string): MandarinReadings | undefined {
  const syllables = readHangulAsMandarin(word);
  if (syllables === undefined || syllables.length < 2 || syllables.length > 3) return undefined;
  let choices: { picked: string[]; cost: number }[] = [{ picked: [], cost: 0 }];
  for (const options of syllables) {
    choices = choices.flatMap(({ picked, cost }) =>
      options
        .slice(0, 2)
        .map((option, rank) => ({ picked: [...picked, option], cost: cost + rank })),
    );
  }
  const readings = choices
    .sort((a, b) => a.cost - b.cost)
    .slice(0, 3)
    .map(({ picked: [surname = '', ...given] }) => `${surname} ${given.join('')}`);
  return { readings, leads: Array.from(word).some((ch) => !isSinoKorean(ch)) };
}

/**
 * A Hangul run of a Chinese firm's name read as Mandarin by two-syllable words, as the lists print
 * place and trade name (단둥훙샹 → dandong hongxiang), or undefined; `leads` as in MandarinReadings.
 */
export function spellHangulRunAsMandarin(
  run: string,
): { text: string; leads: boolean } | undefined {
  const syllables = readHangulAsMandarin(run)?.map((choices) => choices[0]!);
  if (syllables === undefined || syllables.length < 2) return undefined;
  const words: string[] = [];
  for (let i = 0; i < syllables.length; i += 2) words.push(syllables.slice(i, i + 2).join(''));
  return { text: words.join(' '), leads: Array.from(run).some((ch) => !isSinoKorean(ch)) };
}
