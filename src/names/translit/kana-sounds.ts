// The Latin sounds a katakana word stands for when it transcribes a foreign name (ブースビー
// Boothby, フランソワ François). Source: the Japanese government's rules for writing loanwords,
// 外来語の表記 (Cabinet notice 2, 1991), read backwards: a consonant with no vowel after it takes
// u (ク k, ス s, ブ b, フ f, ル l or r), or o after t and d (ト t, ド d), or i after ch and j at the
// end (ッチ -tch, ッジ -dge); ッ doubles the next consonant and ー lengthens a vowel, and both
// are left out of the Latin; small kana join the kana before them (ティ ti, ファ fa, シュ shu).
// Each kana's own reading is its Hepburn romanisation (any-ascii).
import anyAscii from 'any-ascii';
import { SOUND, vowelOf, type SyllableSound } from './sound-classes.ts';

const SMALL = /^[ァィゥェォャュョヮ]$/u;
const KATAKANA = /^[\p{Script=Katakana}ー]$/u;

/** Hepburn onsets, longest first, and the Latin sound class each stands for. */
const ONSETS: readonly (readonly [string, string])[] = [
  ['sh', SOUND.sibilant],
  // チ and ジ also write the soft t and d of Slavic names (プーチン Putin).
  ['ch', `(?:${SOUND.sibilant}|t)`],
  ['ts', SOUND.sibilant],
  ['k', SOUND.k],
  ['g', SOUND.k],
  ['s', SOUND.sibilant],
  ['z', SOUND.sibilant],
  ['j', `(?:${SOUND.sibilant}|d)`],
  ['t', SOUND.t],
  ['d', SOUND.t],
  ['n', SOUND.n],
  ['h', SOUND.h],
  ['f', SOUND.f],
  ['b', SOUND.b],
  ['p', SOUND.p],
  ['m', SOUND.m],
  ['y', SOUND.yGlide],
  ['r', SOUND.l],
  ['w', SOUND.wGlide],
  ['v', '[vbfw]'],
];

/** The Latin vowels each Japanese vowel writes (ア for a, ʌ and æ; エ for e and æ; オ for o, ɔ). */
const VOWELS: Readonly<Record<string, string>> = {
  a: 'aeouy',
  i: 'iey',
  u: 'uoewy',
  e: 'eaiy',
  o: 'oauw',
};

interface Mora {
  consonant: string;
  vowel: string;
  glide: boolean;
}

/** The morae of a katakana word, small kana joined to the kana before them; undefined for others. */
function morae(word: string): Mora[] | undefined {
  const out: Mora[] = [];
  for (const kana of Array.from(word)) {
    if (!KATAKANA.test(kana)) return undefined;
    if (kana === 'ー' || kana === 'ッ' || kana === '・') continue;
    const roman = anyAscii(kana).toLowerCase();
    const previous = out[out.length - 1];
    if (SMALL.test(kana) && previous !== undefined) {
      const vowel = roman.replace(/^y/, '');
      // キャ kya, but シュ shu and ジョ jo: the glide is already in sh, ch and j.
      previous.glide = roman.startsWith('y') && !/^(?:sh|ch|j)$/.test(previous.consonant);
      if (previous.consonant === '' && previous.vowel === 'u') previous.consonant = 'w';
      previous.vowel = vowel;
      continue;
    }
    if (roman === 'n') {
      out.push({ consonant: 'n', vowel: '', glide: false });
      continue;
    }
    const match = /^([^aeiou]*)([aeiou])$/.exec(roman);
    if (match === null) return undefined;
    out.push({ consonant: match[1]!, vowel: match[2]!, glide: false });
  }
  return out;
}

/** The sound of one mora; `last` when it ends the word. */
function moraSound(mora: Mora, last: boolean): SyllableSound {
  if (mora.consonant === 'n' && mora.vowel === '')
    return { onset: '', vowel: '', coda: SOUND.nasal };
  // A ウ of its own also writes v and w before a consonant (ウラジーミル Vladimir).
  if (mora.consonant === '' && mora.vowel === 'u' && !mora.glide)
    return { onset: '', vowel: '(?:[wv]|[uoewy][aeiouyE]{0,2})', coda: '' };
  const onset = ONSETS.find(([spelling]) => mora.consonant === spelling)?.[1] ?? '';
  // The vowel Japanese adds after a consonant that has none (see the file comment).
  const added =
    mora.consonant !== '' &&
    !mora.glide &&
    ((mora.vowel === 'u' && mora.consonant !== 'y') ||
      (mora.vowel === 'o' && /^[td]$/.test(mora.consonant)) ||
      (mora.vowel === 'i' && last && /^(?:ch|j|sh)$/.test(mora.consonant)));
  const vowel = added ? SOUND.anyVowel : vowelOf(VOWELS[mora.vowel] ?? 'aeiouy');
  return { onset: onset + (mora.glide ? SOUND.yGlide : ''), vowel, coda: '' };
}

/**
 * The sounds of a katakana word as a transcribed foreign name, one per mora (ン as a nasal of its
 * own); undefined when the word holds anything but katakana.
 */
export function kanaSounds(word: string): SyllableSound[] | undefined {
  const list = morae(word);
  if (list === undefined || list.length === 0) return undefined;
  return list.map((mora, i) => moraSound(mora, i === list.length - 1));
}
