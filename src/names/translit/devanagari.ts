// Devanagari, as Hindi, Marathi and Nepali newspapers write Arabic, Persian and Pashto names
// (सिराजुद्दीन हक्कानी = Sirajuddin Haqqani). Letters follow the Hunterian system, India's official
// romanisation (consonant letters with their English values, nukta letters as Urdu loan sounds:
// क़ q, ज़ z, फ़ f); each consonant carries the inherent vowel a unless a vowel sign or virama
// follows, and a word-final inherent a is silent, as in Hindi speech. Sources: src/names/data/SOURCES.md.
import { readHyphenatedParts } from './hyphenated-parts.ts';

const CONSONANTS: Readonly<Record<string, string>> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'chh',
  ज: 'j',
  झ: 'jh',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  प: 'p',
  फ: 'ph',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
  ळ: 'l',
  // Letters Devanagari holds for the Dravidian scripts read through it (see brahmic.ts).
  ऩ: 'n',
  ऱ: 'r',
  ऴ: 'l',
  // Precomposed nukta letters.
  क़: 'q',
  ख़: 'kh',
  ग़: 'gh',
  ज़: 'z',
  ड़: 'r',
  ढ़: 'rh',
  फ़: 'f',
  य़: 'y',
};
/** A consonant followed by the nukta sign (़) spells these sounds. */
const NUKTA: Readonly<Record<string, string>> = {
  क: 'q',
  ख: 'kh',
  ग: 'gh',
  ज: 'z',
  ड: 'r',
  ढ: 'rh',
  फ: 'f',
  य: 'y',
};
const VOWELS: Readonly<Record<string, string>> = {
  अ: 'a',
  आ: 'a',
  इ: 'i',
  ई: 'i',
  उ: 'u',
  ऊ: 'u',
  ऋ: 'ri',
  ए: 'e',
  ऐ: 'ai',
  ओ: 'o',
  औ: 'au',
  ऑ: 'o',
  ऍ: 'e',
  // The short e and o of the Dravidian scripts (see brahmic.ts).
  ऎ: 'e',
  ऒ: 'o',
};
const SIGNS: Readonly<Record<string, string>> = {
  'ा': 'a',
  'ि': 'i',
  'ी': 'i',
  'ु': 'u',
  'ू': 'u',
  'ृ': 'ri',
  'े': 'e',
  'ै': 'ai',
  'ो': 'o',
  'ौ': 'au',
  'ॉ': 'o',
  'ॅ': 'e',
  'ॆ': 'e',
  'ॊ': 'o',
};
const MARKS: Readonly<Record<string, string>> = { 'ं': 'n', 'ँ': 'n', 'ः': 'h' };
const VIRAMA = '्';
const NUKTA_SIGN = '़';

/** One letter of a word: a consonant (with its vowel, '' after virama, undefined = inherent). */
interface Unit {
  consonant?: string;
  vowel: string | undefined;
  /** True for the independent letter ई (long i), which may be written ee (see hiatusReadings). */
  longI?: boolean;
}

/** Splits a Devanagari word into consonant-vowel units. */
function units(word: string): Unit[] {
  const chars = Array.from(word.normalize('NFC'));
  const out: Unit[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    let consonant = CONSONANTS[ch];
    // व after a virama is the w of Persian and Arabic clusters (ख्वाजा khwaja, ख्वा khwa).
    if (ch === 'व' && chars[i - 1] === VIRAMA) consonant = 'w';
    if (consonant !== undefined) {
      if (chars[i + 1] === NUKTA_SIGN) {
        consonant = NUKTA[ch] ?? consonant;
        i++;
      }
      const next = chars[i + 1];
      let vowel: string | undefined;
      if (next === VIRAMA) {
        vowel = '';
        i++;
      } else if (next !== undefined && SIGNS[next] !== undefined) {
        vowel = SIGNS[next];
        i++;
      }
      out.push({ consonant, vowel });
    } else if (VOWELS[ch] !== undefined) {
      out.push(ch === 'ई' ? { vowel: VOWELS[ch], longI: true } : { vowel: VOWELS[ch] });
    } else if (MARKS[ch] !== undefined) {
      out.push({ consonant: MARKS[ch], vowel: '' });
    }
  }
  return out;
}

/**
 * Romanisations of one Devanagari word, most likely first: with every medial inherent a spoken
 * (बरादर → baradar), then with Hindi's medial schwa deletion applied, then the same two (deletion
 * first) with ज read as z and फ as f: newspapers often drop the nukta of ज़ and फ़ (स्टेनकजई =
 * Stanekzai, हाफिज = Hafiz; issue #13); Marathi's झ is read as z there too (झकी = Zaki).
 */
export function romanizeDevanagariWord(word: string, schwa: SchwaReading = 'both'): string[] {
  const read = (part: string): string[] => readDevanagariPart(part, schwa);
  return readHyphenatedParts(word, read, DEVANAGARI_ARTICLES, LIMIT) ?? read(word);
}

/**
 * Which readings of a medial inherent vowel to give: both (Hindi, where either is heard), only
 * with schwa deletion (Bengali, Punjabi, Gujarati: শামসুদ্দিন Shamsuddin), or only spoken (the
 * Dravidian scripts, which sound every inherent vowel: ఐమన్ Aiman).
 */
export type SchwaReading = 'both' | 'deleted' | 'spoken';

/** The Arabic article as Hindi and Urdu-in-Devanagari write it before a hyphen (अल-बग़दादी). */
const DEVANAGARI_ARTICLES: ReadonlySet<string> = new Set(['अल']);

/** Most readings of a hyphenated word (each part has up to four). */
const LIMIT = 6;

/** romanizeDevanagariWord for a word without hyphens. */
function readDevanagariPart(word: string, schwa: SchwaReading): string[] {
  const us = units(word);
  const pick = (pair: string[]): string[] =>
    schwa === 'both' ? pair : schwa === 'spoken' ? pair.slice(0, 1) : pair.slice(1);
  const readings = [...hiatusReadings(us, pick), ...pick(readUnits(us))];
  // The same for फ read as f (फ़): हाफिज सईद is Hafiz Saeed as often as हाफ़िज़ सईद. Marathi writes
  // the z of Arabic and Persian names with झ (झकी-उर-रहमान = Zaki-ur-Rehman, अझहर = Azhar).
  if (
    /[जझफ]/.test(word) &&
    us.some((u) => u.consonant === 'j' || u.consonant === 'jh' || u.consonant === 'ph')
  ) {
    readings.push(...pick(readUnits(us.map(withoutNukta))).reverse());
  }
  // व inside a word is v in Hindi's own words (Devi) and w in the Arabic, Persian and English words
  // it writes (दावा da'wa, नवाज़ Nawaz, अनवर Anwar, नेटवर्क network): the w reading comes last. A
  // first व stays v (Vladimir, Vijay, Wali alike).
  const medialW = us.map((u, i) => (i > 0 && u.consonant === 'v' ? { ...u, consonant: 'w' } : u));
  if (medialW.some((u, i) => u !== us[i])) readings.push(...pick(readUnits(medialW)));
  return [...new Set(readings)].filter((r) => r !== '');
}

/**
 * Readings with ee for a long ई written as a letter of its own after a consonant's a, inside the
 * word: the ʿī of Arabic names (سعيد → सईद, نعيم → नईम, رئيس → रईस), which the press of Pakistan and
 * India and the lists write ee (Saeed, Naeem, Raees). The script writes the long vowel, so these
 * lead: read sa-i-d, सईद also met SA'ID, an alias of another Hafiz Saeed. At the end of a word the
 * pair is the diphthong ai (-जई -zai).
 */
function hiatusReadings(us: readonly Unit[], pick: (pair: string[]) => string[]): string[] {
  const hiatus = (u: Unit, i: number): boolean =>
    u.longI === true &&
    i > 0 &&
    i < us.length - 1 &&
    us[i - 1]!.consonant !== undefined &&
    us[i - 1]!.vowel === undefined;
  if (!us.some(hiatus)) return [];
  return pick(readUnits(us.map((u, i) => (hiatus(u, i) ? { vowel: 'ee' } : u))));
}

/** A unit as it would read with the nukta the writer dropped (ज → z, फ → f), or in Marathi's झ → z. */
function withoutNukta(u: Unit): Unit {
  if (u.consonant === 'j' || u.consonant === 'jh') return { ...u, consonant: 'z' };
  if (u.consonant === 'ph') return { ...u, consonant: 'f' };
  return u;
}

/**
 * The two readings of a word's units: every medial inherent a spoken, and Hindi's schwa deletion
 * (V C a C V → V C C V), applied from the end of the word as Hindi speakers do, so that a schwa
 * before a consonant that lost its own stays (स्टेनकजई stenakzai, not stenkzai).
 */
function readUnits(us: readonly Unit[]): string[] {
  const last = us.length - 1;
  const full = us.map((u, i) =>
    u.vowel !== undefined
      ? `${u.consonant ?? ''}${u.vowel}`
      : `${u.consonant ?? ''}${i === last ? '' : 'a'}`,
  );
  // Whether each unit's vowel is heard: its own sign or letter, or the inherent a (not at the end).
  const spoken = us.map((u, i) => (u.vowel === undefined ? i !== last : u.vowel !== ''));
  for (let i = last - 1; i >= 1; i--) {
    const u = us[i]!;
    if (u.vowel !== undefined || u.consonant === undefined) continue;
    const after = us[i + 1]!;
    // Not before a consonant whose own schwa is gone (or word-final): three consonants would meet.
    if (after.consonant !== undefined && after.vowel === undefined && !spoken[i + 1]) continue;
    // A consonant before an independent इ/ई keeps its a: the pair spells the diphthong ai
    // (-जई -zai); before other vowels the schwa goes (खैरउल्लाह khairullah).
    if (after.consonant === undefined && after.vowel === 'i') continue;
    if (!spoken[i - 1]) continue;
    spoken[i] = false;
  }
  const deleted = us.map((u, i) =>
    u.vowel === undefined && i !== last && !spoken[i] ? (u.consonant ?? '') : full[i]!,
  );
  return [full.join(''), deleted.join('')];
}
