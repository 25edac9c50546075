// Korean names in katakana (キム・ジョンウン is KIM, Jong Un; リ・ビョンチョル RI, Pyong Chol).
// Read as Japanese, ジョンウン is "jonun": katakana has one ン for Korean -n and -ng, writes a
// syllable-final l, k, p, m with a vowel (チョル, パク), and voices a given name's first consonant
// as the Korean is heard inside the full name (리병철 ri-byong-chol, listed Pyong Chol). A name
// whose first word is a Korean surname in katakana is read syllable by syllable, as the lists
// write Korean given names (Jong Un, Pyong Chol).
import { morae } from './japanese.ts';

/**
 * Korean surnames as Japanese writes them, with the spellings the lists use (DPRK McCune-Reischauer
 * first: RI, PAK, CHOE; then the South's). Own selection of the commonest Korean surnames.
 */
const SURNAMES: Readonly<Record<string, readonly string[]>> = {
  キム: ['kim'],
  リ: ['ri', 'li', 'lee'],
  イ: ['yi', 'lee', 'ri'],
  パク: ['pak', 'park'],
  チェ: ['choe', 'choi'],
  チョン: ['jong', 'chong', 'jeong', 'jon', 'chon'],
  カン: ['kang'],
  チョ: ['jo', 'cho'],
  ユン: ['yun', 'yoon'],
  チャン: ['jang', 'chang'],
  イム: ['im', 'lim'],
  ハン: ['han'],
  ソ: ['so', 'seo'],
  シン: ['sin', 'shin'],
  クォン: ['kwon'],
  ファン: ['hwang'],
  アン: ['an', 'ahn'],
  ソン: ['song', 'son'],
  ホン: ['hong'],
  ユ: ['yu', 'ryu'],
  リュ: ['ryu', 'yu'],
  コ: ['ko'],
  ムン: ['mun', 'moon'],
  ヤン: ['yang'],
  ペ: ['pae', 'bae'],
  ペク: ['paek', 'baek'],
  ノ: ['no', 'roh'],
  ナム: ['nam'],
  ミン: ['min'],
  ヒョン: ['hyon', 'hyun'],
  ピョン: ['pyon', 'byun'],
  チュ: ['ju', 'chu'],
  キル: ['kil'],
  ソク: ['sok'],
  テ: ['thae', 'tae'],
  ウ: ['u', 'woo'],
  ハ: ['ha'],
  オ: ['o', 'oh'],
};

/** Kana that close a Korean syllable (チョル chol, パク pak), and the letter each stands for. */
const CODAS: Readonly<Record<string, string>> = { n: 'n', mu: 'm', ru: 'l', ku: 'k', pu: 'p' };

/** Voiced first consonants the Japanese hear inside a full name, and the listed letter. */
const DEVOICED: Readonly<Record<string, string>> = { b: 'p', d: 't', g: 'k' };

interface Syllable {
  readonly onset: string;
  readonly coda: string;
}

/** The Korean syllables of a katakana word, or undefined when it cannot be one (a long vowel). */
function syllables(word: string): Syllable[] | undefined {
  if (word.includes('ー')) return undefined;
  const out: Syllable[] = [];
  for (const mora of morae(word)) {
    const last = out[out.length - 1];
    const coda = CODAS[mora.roman];
    // ン always closes; ム, ル, ク, プ close a syllable that has no final yet (ジョンウン, イル).
    if (coda !== undefined && last !== undefined && last.coda === '')
      out[out.length - 1] = { onset: last.onset, coda };
    else if (mora.roman !== 'n') out.push({ onset: mora.roman, coda: '' });
    else return undefined;
  }
  return out.length > 0 ? out : undefined;
}

/**
 * The lists' spelling of one syllable: ン is -ng after a or o, where Korean -ng is the commoner
 * (정 Jong, 광 Kwang), and -n after other vowels and after wo (은 Un, 진 Jin, 원 Won: Korean has
 * no wong) unless `flip`.
 */
function spell(syllable: Syllable, flip: boolean): string {
  const onset = syllable.onset.replace(/^shi/, 'si').replace(/^sh/, 's').replace(/^tsu/, 'chu');
  if (syllable.coda !== 'n') return onset + syllable.coda;
  const ng = /(?<!w)[ao]$/.test(onset) !== flip;
  return onset + (ng ? 'ng' : 'n');
}

/** Readings of a Korean given name in katakana, one word per syllable (ジョンウン → jong un). */
function givenReadings(word: string): string[] {
  const list = syllables(word);
  if (list === undefined || list.length > 3) return [];
  const usual = list.map((s) => spell(s, false));
  const flipped = list.map((s) => spell(s, true));
  const first = usual[0]!;
  const devoiced = [(DEVOICED[first[0]!] ?? first[0]!) + first.slice(1), ...usual.slice(1)];
  return [...new Set([usual, devoiced, flipped].map((parts) => parts.join(' ')))];
}

/**
 * Per word of a name, its readings as a Korean name when the first word is a Korean surname in
 * katakana and every other word reads as one to three Korean syllables (リ・ビョンチョル → ri |
 * byong chol, pyong chol); undefined otherwise.
 */
export function readKoreanKatakanaName(words: readonly string[]): string[][] | undefined {
  if (words.length < 2 || words.length > 3) return undefined;
  const surname = SURNAMES[words[0]!];
  if (surname === undefined) return undefined;
  const given = words.slice(1).map(givenReadings);
  if (given.some((readings) => readings.length === 0)) return undefined;
  return [[...surname], ...given];
}
