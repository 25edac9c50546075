// The Latin sounds a Hangul syllable stands for when it transcribes a foreign name (블라디미르
// Vladimir, 조너선 Jonathan, 리샤오펑 Li Xiaopeng). Source: the Korean loanword orthography,
// 외래어 표기법 (Ministry of Education notice 85-11, 1986; National Institute of the Korean
// Language), read backwards: its table 1 writes p and f as ㅍ, b and v as ㅂ, s, θ and ʃ as ㅅ,
// z, ʒ and dʒ as ㅈ, ts and tʃ as ㅊ, l and r as ㄹ (ㄹㄹ between vowels), and adds the vowel ㅡ
// after a consonant that has none (Propp 프로프), or ㅣ after ㅈ and ㅊ at the end (Rich 리치);
// its Chinese table (pinyin → Hangul: 샤 xia, 위안 yuan, 펑 peng) uses the same letters.
import { SOUND, vowelOf, type SyllableSound } from './sound-classes.ts';

/** Initial consonants in Unicode order (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ). */
const ONSETS: readonly string[] = [
  SOUND.k, // ㄱ g
  SOUND.k, // ㄲ
  SOUND.n, // ㄴ
  SOUND.t, // ㄷ d
  SOUND.t, // ㄸ
  SOUND.l, // ㄹ l, r
  SOUND.m, // ㅁ
  SOUND.b, // ㅂ b, v
  SOUND.b, // ㅃ
  SOUND.sibilant, // ㅅ s, θ, ʃ
  SOUND.sibilant, // ㅆ
  '', // ㅇ none
  SOUND.sibilant, // ㅈ z, ʒ, dʒ
  SOUND.sibilant, // ㅉ
  SOUND.sibilant, // ㅊ ts, tʃ
  SOUND.k, // ㅋ k
  SOUND.t, // ㅌ t
  SOUND.p, // ㅍ p, f
  SOUND.h, // ㅎ h
];

/**
 * The Latin vowels each Hangul vowel is written for, in Unicode order (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ
 * ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ): the orthography's vowel table (ㅏ a and ʌ, ㅐ æ, ㅓ ə and ʌ, ㅔ e,
 * ㅗ o and ɔ, ㅜ u, ㅣ i), as English, German or French spellings write those sounds.
 */
const VOWEL_LETTERS: readonly string[] = [
  'aeouy',
  'aeiy',
  'aeiyj',
  'aeyj',
  'aeiouy',
  'eaiy',
  'aeiouy',
  'eiyj',
  'oauw',
  'aouw',
  'aeouw',
  'oeuw',
  'oyiuej',
  'uoewy',
  'owua',
  'ewu',
  'wuiy',
  'uyieoj',
  'aeiouy',
  'uiey',
  'iey',
];

/** Vowels with a y glide (ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ) and a w glide (ㅘ ㅙ ㅚ ㅝ ㅞ ㅟ), by Unicode index. */
const Y_GLIDE = new Set([2, 3, 6, 7, 12, 17]);
const W_GLIDE = new Set([9, 10, 11, 14, 15, 16]);
/** Whether a Hangul syllable ends in the vowel ㅏ (no final consonant). */
export function endsInA(syllable: string): boolean {
  const code = (syllable.codePointAt(0) ?? 0) - 0xac00;
  return code >= 0 && code <= 11171 && code % 28 === 0 && Math.floor((code % 588) / 28) === 0;
}

/** ㅡ, the vowel the orthography adds after a consonant with none. */
const EU = 18;
const I = 20;

/** Final consonants in Unicode order; a cluster is read as its first sound. */
const CODAS: readonly string[] = [
  '',
  SOUND.k, // ㄱ
  SOUND.k, // ㄲ
  SOUND.k, // ㄳ
  SOUND.nasal, // ㄴ
  SOUND.n, // ㄵ
  SOUND.n, // ㄶ
  SOUND.t, // ㄷ
  SOUND.l, // ㄹ
  SOUND.l, // ㄺ
  SOUND.l, // ㄻ
  SOUND.l, // ㄼ
  SOUND.l, // ㄽ
  SOUND.l, // ㄾ
  SOUND.l, // ㄿ
  SOUND.l, // ㅀ
  SOUND.m, // ㅁ
  SOUND.p, // ㅂ
  SOUND.p, // ㅄ
  '[tdTszc]', // ㅅ t (캣 cat), s
  '[tdTszc]', // ㅆ
  SOUND.velarNasal, // ㅇ ng
  SOUND.sibilant, // ㅈ
  SOUND.sibilant, // ㅊ
  SOUND.k, // ㅋ
  SOUND.t, // ㅌ
  SOUND.p, // ㅍ
  SOUND.h, // ㅎ
];

/**
 * The sound of one Hangul syllable in a transcribed foreign name; `last` when it ends the name (ㅣ
 * after ㅈ or ㅊ is then an added vowel too), `afterA` when the syllable before ends in ㅏ.
 * Undefined for anything but a precomposed syllable.
 */
export function hangulSound(
  syllable: string,
  last: boolean,
  afterA = false,
): SyllableSound | undefined {
  const code = (syllable.codePointAt(0) ?? 0) - 0xac00;
  if (code < 0 || code > 11171 || Array.from(syllable).length !== 1) return undefined;
  const initial = Math.floor(code / 588);
  const vowelIndex = Math.floor((code % 588) / 28);
  const added =
    vowelIndex === EU || (vowelIndex === I && last && (initial === 12 || initial === 14));
  // 이 after 아, 라, 타 … spells the diphthong of English i and y with it (Lysacek 라이서첵).
  const diphthong = afterA && syllable === '이';
  let vowel = added || diphthong ? SOUND.anyVowel : vowelOf(VOWEL_LETTERS[vowelIndex]!);
  if (Y_GLIDE.has(vowelIndex)) vowel = SOUND.yGlide + vowel;
  if (W_GLIDE.has(vowelIndex)) vowel = SOUND.wGlide + vowel;
  return { onset: ONSETS[initial]!, vowel, coda: CODAS[code % 28]! };
}
