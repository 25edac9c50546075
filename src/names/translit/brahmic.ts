// Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam, as Bangladeshi and
// Indian newspapers write Arabic, Persian, Korean and Russian names (কিম জং উন = Kim Jong Un,
// அய்மன் அல்-ஜவாரி = Ayman al-Zawahiri). Unicode lays these blocks out in parallel with
// Devanagari, following ISCII (Indian Script Code for Information Interchange, IS 13194:1991): the
// same letter sits at the same offset in each 128-code-point block. So a word is moved into
// Devanagari letter by letter and read by the Hunterian reader there, with the few letters a block
// has of its own first rewritten (Unicode Standard, chapter 12, South and Central Asia-I).
import { romanizeDevanagariWord, type SchwaReading } from './devanagari.ts';

const DEVANAGARI_START = 0x0900;
const BLOCK_SIZE = 0x80;
/** First code point of each block that follows the ISCII layout. */
const BLOCK_STARTS: readonly number[] = [
  0x0980, // Bengali (also Assamese)
  0x0a00, // Gurmukhi
  0x0a80, // Gujarati
  0x0b00, // Oriya
  0x0b80, // Tamil
  0x0c00, // Telugu
  0x0c80, // Kannada
  0x0d00, // Malayalam
];

/** Letters whose place in their block means something else in Devanagari, rewritten first. */
const OWN_LETTERS: Readonly<Record<string, string>> = {
  // Bengali khanda ta, a t with no vowel after it (হযরৎ hazrat).
  ৎ: 'त्',
  // Bengali anusvara is the velar nasal ng (জং jong, সং song), not the n of Hindi's.
  'ং': 'ङ्ग्',
  // Gurmukhi tippi is a nasal like the bindi; addak doubles the next consonant, which spellings
  // of names rarely show.
  'ੰ': 'ं',
  'ੱ': '',
  // Malayalam chillu letters: a consonant with no vowel, encoded after the parallel layout ends.
  ൺ: 'ण्',
  ൻ: 'न्',
  ർ: 'र्',
  ൽ: 'ल्',
  ൾ: 'ळ्',
};

/** True when a word has letters of a block that follows the ISCII layout (not Devanagari). */
export function isBrahmicWord(word: string): boolean {
  for (const ch of word) {
    if (blockStart(ch.codePointAt(0)!) !== undefined) return true;
  }
  return false;
}

function blockStart(code: number): number | undefined {
  return BLOCK_STARTS.find((start) => code >= start && code < start + BLOCK_SIZE);
}

/** The word moved into Devanagari letter by letter; letters of other scripts are kept. */
export function toDevanagari(word: string): string {
  let out = '';
  // Bengali's a followed by ya-phala and aa is the open a of English names (অ্যাডাম Adam).
  for (const ch of word.normalize('NFC').replace(/অ্যা/gu, 'আ')) {
    const own = OWN_LETTERS[ch];
    if (own !== undefined) {
      out += own;
      continue;
    }
    const code = ch.codePointAt(0)!;
    const start = blockStart(code);
    out += start === undefined ? ch : String.fromCodePoint(DEVANAGARI_START + (code - start));
  }
  return out.normalize('NFC');
}

/** Blocks of languages that drop a medial inherent vowel as Hindi does, more often than not. */
const SCHWA_DELETING_BLOCKS: readonly number[] = [0x0980, 0x0a00, 0x0a80, 0x0b00];

/** Bengali (with Assamese) and Oriya, whose inherent vowel is spoken o, not Hindi's a. */
const INHERENT_O_BLOCKS: readonly number[] = [0x0980, 0x0b00];
const CONSONANT = /[\u0915-\u0939\u0958-\u095F]/u;
/** Vowel signs, virama and nukta: what ends a consonant's inherent vowel. */
const AFTER_CONSONANT = /[\u093C-\u094D\u0962\u0963]/u;
const SIGN_O = '\u094B';

/**
 * Romanisations of one word in a block that follows the ISCII layout, most likely first. In
 * Bengali and Oriya the inherent vowel is also read o, as their speakers say it (জং jong, সং song):
 * Korean and Russian names are written there with it.
 */
export function romanizeBrahmicWord(word: string): string[] {
  const devanagari = toDevanagari(word);
  const start = blockStart(word.codePointAt(0)!);
  const schwa: SchwaReading =
    start !== undefined && SCHWA_DELETING_BLOCKS.includes(start) ? 'deleted' : 'spoken';
  const readings = romanizeDevanagariWord(devanagari, schwa);
  if (start === undefined || !INHERENT_O_BLOCKS.includes(start)) return readings;
  const spokenO = romanizeDevanagariWord(withInherentO(devanagari), 'spoken')[0];
  return spokenO === undefined || readings.includes(spokenO) ? readings : [...readings, spokenO];
}

/** A Devanagari word with the sign o written on every consonant that has its inherent vowel, but the last. */
function withInherentO(word: string): string {
  const chars = Array.from(word);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    out += ch;
    const next = chars[i + 1];
    if (CONSONANT.test(ch) && next !== undefined && !AFTER_CONSONANT.test(next)) out += SIGN_O;
  }
  return out;
}
