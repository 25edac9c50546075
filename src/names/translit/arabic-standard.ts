// A rule-based romanisation of an Arabic-script word, as the standard systems write names: the
// mined segment model learnt mostly from foreign names spelled in Arabic (Wikidata labels), so it
// reads native names with their foreign values (ش s, ج g, ف v, ض z: المشاط "al-mosat", الضيف
// "al-ziav"). This reading gives each letter its standard value and guesses the unwritten short
// vowels from the written long ones (issue #13).
//
// Consonants: ALA-LC Arabic romanization table (Library of Congress, 2012) and BGN/PCGN 1956
// Arabic system, diacritics dropped (ṣ → s, ḍ → d, ṭ → t, ẓ → z, ḥ → h), ʿayn and hamza left out
// as the lists write them. Persian letters (پ p, چ ch, ژ zh, گ g): ALA-LC Persian table (2012);
// the Persian values of ث ذ ض ظ are added per phrase by arabic.ts. Pashto letters (ځ dz, څ ts,
// ښ sh, ږ zh): BGN/PCGN 1968 Pashto system.

/** Standard Latin value of each consonant letter (units as `arabicUnits` returns them). */
const CONSONANTS: Readonly<Record<string, string>> = {
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ء: '',
  ؤ: '',
  ئ: '',
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ځ: 'dz',
  څ: 'ts',
  ښ: 'sh',
  ږ: 'zh',
  ڤ: 'v',
  ڨ: 'g',
};

const ALEFS = new Set(['ا', 'أ', 'إ', 'آ', 'ٱ']);
const WAW = 'و';
const YA = 'ي';
/** Letters that end a word on a vowel: ta marbuta and alif maqsura (Fatima, Musa). */
const FINAL_A = new Set(['ة', 'ى']);

function isVowelLetter(unit: string | undefined): boolean {
  return (
    unit !== undefined && (ALEFS.has(unit) || unit === WAW || unit === YA || FINAL_A.has(unit))
  );
}

/** True when و or ي at `i` stands for a vowel (between consonants or last after one), not w or y. */
function isLongVowel(units: readonly string[], i: number): boolean {
  if (i === 0) return false;
  const prev = units[i - 1];
  const next = units[i + 1];
  if (next === undefined) return !ALEFS.has(prev!);
  if (isVowelLetter(prev) && !(i === 1 && ALEFS.has(prev!))) return false;
  return !isVowelLetter(next);
}

/**
 * Standard romanisations of an Arabic-script word without its article: long vowels as written
 * (ا a, و u, ي i), one short a guessed after a consonant that opens a syllable (منصور mansur,
 * المشاط → mashat), then the same with ي و between consonants read as diphthongs (الضيف dayf).
 */
export function standardArabicReadings(units: readonly string[]): string[] {
  const plain = readUnits(units, false);
  // A native name has at most one diphthong (dayf, shawkat); a word with two or more inner long
  // vowels is a foreign name spelt with its vowels (كوشبوك Coșbuc, كويادو Collado), which the
  // all-diphthong reading (kawshbawk, kawyadu) only keeps its model readings from a query's six.
  if (innerLongVowels(units) > 1) return [plain];
  const diphthong = readUnits(units, true);
  return plain === diphthong ? [plain] : [plain, diphthong];
}

/** How many و and ي stand for a long vowel before the last letter (those a diphthong may read). */
function innerLongVowels(units: readonly string[]): number {
  let count = 0;
  for (let i = 0; i + 1 < units.length; i++) {
    if ((units[i] === WAW || units[i] === YA) && isLongVowel(units, i)) count++;
  }
  return count;
}

function readUnits(units: readonly string[], diphthongs: boolean): string {
  let out = '';
  // Whether the syllable before this consonant is open (it ends on a vowel, written or guessed):
  // a consonant then closes it (man-sur, baz-qan-di), else it opens one with a short a (ma-shat).
  let open = false;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const next = units[i + 1];
    const vowel = vowelOf(units, i, diphthongs);
    if (vowel !== undefined) {
      out += vowel;
      open = true;
      continue;
    }
    if (unit === 'ه' && next === undefined && i > 0 && !isVowelLetter(units[i - 1])) {
      // A final ه after a consonant: the h of Arabic (Fleetah), the silent h of Persian (zadeh).
      out += 'ah';
      continue;
    }
    out += semivowel(unit) ?? CONSONANTS[unit] ?? '';
    open = opensSyllable(units, i, open);
    if (open) out += 'a';
  }
  return out;
}

/** The vowel a vowel letter at `i` stands for, or undefined when it is a consonant. */
function vowelOf(units: readonly string[], i: number, diphthongs: boolean): string | undefined {
  const unit = units[i]!;
  const next = units[i + 1];
  if (ALEFS.has(unit)) {
    // An initial alif carries the vowel of the letter after it (ایزدی izadi, اوسامه usama).
    if (i === 0 && next === YA && !isVowelLetter(units[i + 2])) return 'i';
    if (i === 0 && next === WAW && !isVowelLetter(units[i + 2])) return 'u';
    return unit === 'إ' ? 'i' : 'a';
  }
  if (FINAL_A.has(unit)) return next === undefined || unit === 'ى' ? 'a' : 't';
  if (unit === 'ع' && i === 0) return 'a';
  if ((unit !== YA && unit !== WAW) || !isLongVowel(units, i)) return undefined;
  // Already said by the initial alif.
  if (i === 1 && ALEFS.has(units[0]!)) return '';
  if (diphthongs && next !== undefined) return unit === YA ? 'ay' : 'aw';
  return unit === YA ? 'i' : 'u';
}

/**
 * Whether the consonant at `i` is followed by a guessed short a: when a consonant follows and the
 * syllable before is closed, or before a final consonant after a long vowel (faa-lih), never
 * before a final ه, which says the vowel itself.
 */
function opensSyllable(units: readonly string[], i: number, open: boolean): boolean {
  const next = units[i + 1];
  if (next === undefined) return false;
  if (next === 'ه' && i + 2 === units.length) return false;
  const consonantNext =
    !isVowelLetter(next) || ((next === YA || next === WAW) && !isLongVowel(units, i + 1));
  if (!consonantNext) return false;
  if (i + 2 === units.length && i > 0 && vowelOf(units, i - 1, false) !== undefined) return true;
  return !open;
}

/** The consonant value of و and ي where they are no vowel: w and y. */
function semivowel(unit: string): string | undefined {
  if (unit === WAW) return 'w';
  if (unit === YA) return 'y';
  return undefined;
}
