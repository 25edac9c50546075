// The sound classes a Han or Hangul transcription syllable is written with, as regular-expression
// pieces over the sound letters of latin-sounds.ts. Chinese and Korean transcription merges sounds
// that European spellings keep apart (voiced and voiceless stops, l and r, the sibilants s, sh, ts,
// ch, j, zh), so each class takes all the Latin letters one transcription sound stands for.

/** The pieces of one syllable's pattern: onset, vowel, coda (each a regular-expression string). */
export interface SyllableSound {
  readonly onset: string;
  readonly vowel: string;
  readonly coda: string;
}

/** Sound classes (see the file comment); keys name the sound, values are regular expressions. */
export const SOUND = {
  /** One to three vowels (y and a final silent e count as vowels). */
  vowel: '[aeiouyE]{1,3}',
  /** A vowel the transcription adds after a bare consonant: present or not. */
  anyVowel: '[aeiouyE]{0,3}',
  b: '[bpv]',
  p: '[pbf]',
  t: '[dtTD]',
  k: '[kgcxQXCG]',
  h: '[hHXCGj]',
  f: '[fvw]',
  l: '[lrR]',
  m: 'm',
  n: 'n',
  /** s, z, sh, ch, ts, j, zh, th and soft g, which Chinese and Korean transcription merge. */
  sibilant: '(?:[szcxCSTGj]|[td][sz])',
  /** Pinyin r (日 热 若 瑞): French and Portuguese j and g, or r and l. */
  r: '[lrRjGSz]',
  /** The glide y of ya, ye, yo, yu, or the j and soft g of other spellings of it. */
  yGlide: '[jG]?',
  /** The glide w of wa, wo, wi. */
  wGlide: '[wv]?',
  /** A nasal ending a syllable: n, or m before b and p (Hampton 汉普顿, 햄프턴). */
  nasal: '[nm]',
  /** The -ng ending: n, ng, or m. */
  velarNasal: '(?:ng?|m)',
  /** Letters a transcription may leave out between syllables (see latin-sounds.ts), and spaces. */
  skipped: '[HQRED ]*',
} as const;

/**
 * A syllable's vowel: one to three Latin vowels, the first of them one of `first` (the Latin
 * vowels the transcription writes this vowel for: 比 bi for i, e or y, never a or o).
 */
export function vowelOf(first: string): string {
  // A final silent e (E) is an e too: Jorge 조르지 ends on the vowel of 지.
  return `[${first.includes('e') ? `${first}E` : first}][aeiouyE]{0,2}`;
}

const CODA_LETTERS = ['n', 'l', 'm', 's', 't', 'k', 'p'];

/** The plainest letter a coda stands for (n for -n and -ng, l for ㄹ), or undefined for none. */
function codaLetter(coda: string): string | undefined {
  if (coda === '') return undefined;
  const pattern = new RegExp(`^(?:${coda})$`);
  return CODA_LETTERS.find((letter) => pattern.test(letter));
}

/**
 * One regular expression that holds when a Latin name's sound letters are spelled by the
 * syllables in order, with the letters transcription leaves out allowed between them. A coda is
 * optional before an onset of the same class: a doubled Latin letter is one sound (Anna 安娜, 앨런
 * Allen).
 */
export function transcriptionRegExp(syllables: readonly (readonly SyllableSound[])[]): RegExp {
  const parts = syllables.map((choices, i) => {
    const nextOnsets = (syllables[i + 1] ?? []).map((s) => new RegExp(`^(?:${s.onset})$`));
    const options = choices.map((s) => {
      const letter = codaLetter(s.coda);
      const doubled = letter !== undefined && nextOnsets.some((onset) => onset.test(letter));
      const coda = doubled ? `(?:${s.coda})?` : s.coda;
      return `${s.onset}${s.vowel}${coda}`;
    });
    return `(?:${[...new Set(options)].join('|')})`;
  });
  return new RegExp(`^${SOUND.skipped}${parts.join(SOUND.skipped)}${SOUND.skipped}$`);
}
