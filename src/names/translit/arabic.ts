// Arabic-script names (Arabic, Persian, Urdu, Pashto): short vowels are not written, so several
// romanisations are guessed. Order: a hand-checked table of very common names, then names mined
// from public pairs, then the segment model. The article ال and the compound عبد ال… are handled
// here because their romanisation depends on the next word (Abdullah, Abd al-Rahman, Abdel Rahman).
import curated from '../data/arabic-names.json' with { type: 'json' };
import { arabicOrganisationSenses } from './arabic-company.ts';
import { ARABIC_LETTERS, arabicUnits } from './arabic-letters.ts';
import { standardArabicReadings } from './arabic-standard.ts';
import { hamzaRespelling, keepsInitialVowel } from './hamza-spelling.ts';
import { loadTable } from '../load-table.ts';
import { interleave, minedReadings } from './mined-readings.ts';
import { withPersianLetterContexts } from './persian-letter-contexts.ts';
import { persianNisbaReading } from './persian-nisba.ts';
import { decodeSegments, type SegmentModel } from './segment-model.ts';
import { withoutEquivalents } from './without-equivalents.ts';

/** The mined model and lexicon, read on the first Arabic name (see loadTable). */
let mined:
  | { model: SegmentModel; lexicon: Readonly<Record<string, readonly string[] | undefined>> }
  | undefined;
function minedTables(): NonNullable<typeof mined> {
  if (mined === undefined) {
    const table = loadTable('translit-arabic.json') as SegmentModel & {
      lexicon: Readonly<Record<string, readonly string[] | undefined>>;
    };
    mined = {
      model: {
        minContextCount: table.minContextCount,
        contexts: withPersianLetterContexts(table.contexts),
      },
      lexicon: table.lexicon,
    };
  }
  return mined;
}
// Keys are normalised like the input (Persian ی read as ي), word by word.
const CURATED: Readonly<Record<string, readonly string[] | undefined>> = Object.fromEntries(
  Object.entries(curated.names).map(([key, forms]) => [
    key
      .split(' ')
      .map((word) => arabicUnits(word).join(''))
      .join(' '),
    forms,
  ]),
);
const LIMIT = 6;
/** EM-aligned readings kept per word, and how many are decoded to find them. */
const ALIGNED_KEPT = 3;
const ALIGNED_POOL = 8;

function letterValues(unit: string): readonly string[] {
  return ARABIC_LETTERS[unit] ?? [''];
}

function dedupe(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

/** Romanisations of an Arabic-script word without its article, most likely first. */
function romanizeStem(units: readonly string[]): string[] {
  const key = units.join('');
  const known = [...(CURATED[key] ?? []), ...(minedTables().lexicon[key] ?? [])];
  const guessed = decodeSegments(minedTables().model, units, letterValues, LIMIT);
  // The letter-table model and the EM-aligned model (mine-segments.ts) err on different names.
  // Its best three are taken after the readings that drop a letter are set aside: for بوتن its
  // first three (bon, pon, bun) all did, and boten, poten, putin were lost with them.
  const aligned = minedReadings('arabic', key, letterValues, ALIGNED_POOL)
    .model.filter((reading) => latinConsonants(reading) >= definiteConsonants(units))
    .slice(0, ALIGNED_KEPT);
  const both = guessed
    .flatMap((g, i) => [g, aligned[i] ?? ''])
    .filter((reading) => keepsInitialVowel(units, reading));
  return dedupe([...known, ...both]).slice(0, LIMIT);
}

// Letters that are always written as a consonant in Latin (not ا و ي ی ى ه ة, which may be
// vowels, nor ع and ء, which Latin spellings often leave out).
const DEFINITE_CONSONANTS = new Set('بپتثجچحخدذرزژسشصضطظغفقکكگلمن');

/** How many letters of `units` any faithful Latin reading must write as consonants. */
function definiteConsonants(units: readonly string[]): number {
  return units.filter((u) => DEFINITE_CONSONANTS.has(u)).length;
}

/**
 * Consonants written in a Latin reading, a digraph (kh, sh, th, gh, dh, zh, ch) or a doubled letter
 * counted once. The EM-aligned model sometimes drops a letter (خاتمی Khatami read "jami", which
 * met MUHAMMAD, Jami' 'Ali at 0.97 for "محمد خاتمی"): such a reading is not kept.
 */
function latinConsonants(latin: string): number {
  const folded = latin.replace(/([kstgdzc])h/g, '$1').replace(/(.)\1/g, '$1');
  return folded.replace(/[^bcdfghjklmnpqrstvwxz]/g, '').length;
}

// Sun letters assimilate the l of the article (al-Rashid is said ar-Rashid); lists use both.
const SUN_LETTERS = new Set('تثدذرزسشصضطظلن');

/** The word Allah, as arabicUnits spells it (Urdu اللہ and Arabic الله alike). */
const ALLAH = 'الله';

/**
 * Theophoric names (Hidayatullah, Khairullah, Nurullah): Persian, Pashto and Urdu write them as two
 * words (هدایت الله, خیر اللہ) or joined (اسدالله), the lists as one word in -ullah. Readings of the
 * first part with -ullah, then the two words apart (issue #13).
 */
function theophoricReadings(first: readonly string[]): string[] {
  const stems = romanizeArabicWord(first.join(''));
  // Persian says the joining vowel o (Ruhollah, Valiollah, Habibollah, as OFAC spells Iranians).
  const persian = `${stems[0] ?? ''}ollah`;
  return dedupe([
    ...stems.slice(0, 1).map((s) => `${s}ullah`),
    persian,
    ...stems.slice(1, 3).map((s) => `${s}ullah`),
    `${stems[0] ?? ''} allah`,
  ]);
}

/** The word al-Din (faith) as arabicUnits spells it (Persian الدین alike). */
const AL_DIN = 'الدين';

/**
 * Names in -ud-din (Sirajuddin, Jalaluddin, Nizamuddin): Persian and Pashto write them as two
 * words, joined, or joined across a zero-width non-joiner (سراج‌الدین), the lists as one word in
 * -uddin. Readings of the first part with -uddin, then the Arabic form apart (siraj al-din).
 */
function alDinReadings(first: readonly string[]): string[] {
  const stems = romanizeArabicWord(first.join(''));
  return dedupe([...stems.slice(0, 2).map((s) => `${s}uddin`), `${stems[0] ?? ''} al-din`]);
}

/**
 * Readings of a word that joins عبد and the article of the next name (عبدالغنی, عبدالحق): as the
 * two words would read apart (Abdul Ghani, Abdulghani, Abd al-Ghani).
 */
function joinedAbdReadings(rest: readonly string[]): string[] {
  const stems = romanizeStem(rest);
  const stem = stems[0] ?? '';
  return dedupe([
    `abdul ${stem}`,
    `abdul${stem}`,
    `abd al-${stem}`,
    ...stems.slice(1, 2).map((s) => `abdul ${s}`),
  ]);
}

/** Shortest part of a joined name (محمد‌حسن) that is read as a name of its own. */
const MIN_JOINED_PART = 3;

/**
 * Readings of a word that joins two given names (محمدحسن, محمدمهدی, علیرضا): Persian writes
 * compound given names as one word, with or without a zero-width non-joiner (Academy of Persian
 * Language and Literature, Dastur-e Khatt-e Farsi, 2003), the lists as two (Mohammad Hassan). Only
 * when the first part is a hand-checked name, the second a known one and the whole no known word.
 */
function joinedNameReadings(units: readonly string[]): string[] | undefined {
  const key = units.join('');
  if (minedTables().lexicon[key] !== undefined) return undefined;
  for (let cut = MIN_JOINED_PART; cut <= units.length - MIN_JOINED_PART; cut++) {
    const first = CURATED[units.slice(0, cut).join('')];
    const rest = units.slice(cut).join('');
    if (first === undefined || !isKnownWord(rest)) continue;
    const second = romanizeArabicWord(rest);
    return dedupe([
      `${first[0]} ${second[0]}`,
      `${first[0]}${second[0]}`,
      ...second.slice(1, 3).map((s) => `${first[0]} ${s}`),
    ]);
  }
  return undefined;
}

/**
 * The hand-checked spellings of a very common Arabic-script name (محمد: muhammad, mohammed …), or
 * undefined when the curated table does not hold the word.
 */
export function curatedArabicSpellings(word: string): readonly string[] | undefined {
  return CURATED[arabicUnits(word).join('')];
}

/** Persian ی (U+06CC) at the end of a word of three letters or more. */
const PERSIAN_FINAL_YEH = /[^\s]{2}\u06CC$/u;

/** True when the curated table or the mined lexicon knows the word (its spelling is not a guess). */
function isKnownWord(word: string): boolean {
  const key = arabicUnits(word).join('');
  return CURATED[key] !== undefined || minedTables().lexicon[key] !== undefined;
}

// Names share their words (Muhammad, Ali, Abd …), and reading one runs the segment model's beam
// search: each word's readings are remembered. Dropped when full, not managed as LRU.
const WORD_READINGS = new Map<string, readonly string[]>();
const MAX_WORD_READINGS = 50_000;

/**
 * Romanisations of one Arabic-script word, most likely first (محمد → muhammad, mohammed, …).
 * Persian writes one letter, ی, at the end of a word for both Arabic ي (غنی Ghani) and the alif
 * maqsura ى (عیسی Isa, موسی Musa, مصطفی Mustafa, یحیی Yahya): such a word is read with ى
 * first when only that spelling is a known name.
 */
export function romanizeArabicWord(word: string): string[] {
  // A copy of the remembered readings: callers may change what they get.
  let known = WORD_READINGS.get(word);
  if (known === undefined) {
    known = readArabicWord(word);
    if (WORD_READINGS.size >= MAX_WORD_READINGS) WORD_READINGS.clear();
    WORD_READINGS.set(word, known);
  }
  return [...known];
}

/**
 * romanizeArabicWord, not remembered. A word no table knows that is spelled without its hamza, or
 * with the Urdu hamza on waw (see hamza-spelling.ts), is read both ways, the Arabic spelling first.
 */
function readArabicWord(word: string): string[] {
  const respelled = isKnownWord(word) ? undefined : hamzaRespelling(arabicUnits(word));
  if (respelled === undefined) return readWrittenWord(word);
  const readings = interleave(readWrittenWord(respelled.join('')), readWrittenWord(word));
  return dedupe(readings).slice(0, LIMIT);
}

/** readArabicWord for the word as written. */
function readWrittenWord(word: string): string[] {
  if (!PERSIAN_FINAL_YEH.test(word)) return romanizeYehWord(word);
  const asYa = romanizeYehWord(word);
  const maqsura = word.replace(/\u06CC$/u, '\u0649');
  // Final ی is ي far more often (علی Ali, حقانی Haqqani): ى only when it alone makes a known name.
  if (!isKnownWord(maqsura) || isKnownWord(word)) return asYa;
  return dedupe(interleave(romanizeYehWord(maqsura), asYa)).slice(0, LIMIT);
}

/** romanizeArabicWord for a word whose final ی is read as Arabic ي. */
function romanizeYehWord(word: string): string[] {
  const units = arabicUnits(word);
  if (units.length === 0) return [];
  const whole = CURATED[units.join('')];
  if (whole !== undefined) return dedupe([...whole]);
  const key = units.join('');
  if (units.length >= 6 && key.endsWith(ALLAH) && !key.startsWith('عبد')) {
    return theophoricReadings(units.slice(0, -4));
  }
  if (units.length >= 7 && key.endsWith(AL_DIN)) return alDinReadings(units.slice(0, -5));
  // Only when what follows the article is a name of two letters or more (عبدالله is curated).
  if (units.length >= 7 && key.startsWith('عبدال')) return joinedAbdReadings(units.slice(5));
  const joined = joinedNameReadings(units);
  if (joined !== undefined) return joined;
  const hasArticle = units.length > 3 && units[0] === 'ا' && units[1] === 'ل';
  if (!hasArticle) return romanizeStem(units);
  const stems = romanizeStem(units.slice(2));
  const first = stems[0] ?? '';
  const assimilated = SUN_LETTERS.has(units[2]!) ? `a${first.slice(0, 1)}-${first}` : undefined;
  // The engine reads al and el alike (particles): the second stem before the el- spelling.
  const variants = [`al-${first}`, ...stems.slice(1, 2).map((stem) => `al-${stem}`)];
  variants.push(`el-${first}`, ...(assimilated ? [assimilated] : []));
  for (const stem of stems.slice(2)) variants.push(`al-${stem}`);
  return dedupe(variants).slice(0, LIMIT);
}

/**
 * Romanisations of a run of Arabic-script words, most likely first; joins عبد with the word after it
 * (عبد الله → abdullah, abd allah; عبد الرحمن → abdul rahman, abd al-rahman, abdel rahman).
 */
export function romanizeArabicPhrase(words: readonly string[], query = false): string[][] {
  const out = romanizePhraseWords(words).map(({ readings, source }) =>
    query
      ? { readings: withStandardReadings(readings, source, words.length > 1), source }
      : { readings, source },
  );
  // Persian, Pashto and Urdu say ث as s and ذ ض ظ as z (واثق Wasiq, ذبیح Zabih), where Arabic says
  // th, dh: each word with one also gets that reading, second in a phrase written with Persian
  // letters, third otherwise (Afghan names are often written with Arabic letters only).
  const place = PERSIAN_LETTER.test(words.join(' ')) ? 1 : 2;
  // A word of an organisation's name the press translates or spells as an English loanword
  // (المحدودة limited, لوجيستكس logistics, الوطنية national beside شركة) reads as that English first.
  const senses = arabicOrganisationSenses(out.map(({ source }) => source));
  return out.map(({ readings, source }, i) => {
    const english = senses[i] ?? [];
    if (english.length > 0) return dedupe([...english, ...readings]).slice(0, LIMIT);
    // A query's Persian -avi name (موسوی Mousavi) is also read so, second (see persian-nisba.ts).
    const nisba = query ? persianNisbaReading(source) : undefined;
    if (nisba !== undefined && !readings.includes(nisba))
      return [...readings.slice(0, 1), nisba, ...readings.slice(1)];
    if (!/[ثذضظ]/.test(source)) return readings;
    const persian = readings[0]?.replace(/th/g, 's').replace(/dh/g, 'z');
    if (persian === undefined || readings.includes(persian)) return readings;
    return [...readings.slice(0, place), persian, ...readings.slice(place)];
  });
}

/**
 * A query word's readings with its standard readings (see arabic-standard.ts) second and fourth:
 * the model knows foreign names spelled in Arabic, the standard reading native ones. Only queries
 * get them, and only for words the model guessed: on both sides they made different names look
 * alike (پزشک‌فر and پزشکیان read pazshakfar, pazshakyan). In a longer name, equivalent spellings
 * of known words give way (see without-equivalents.ts).
 */
function withStandardReadings(readings: string[], source: string, inPhrase: boolean): string[] {
  const units = arabicUnits(source);
  const hasArticle = units.length > 3 && units[0] === 'ا' && units[1] === 'ل';
  const stem = hasArticle ? units.slice(2) : units;
  const key = stem.join('');
  const guessed =
    !isKnownWord(source) &&
    CURATED[key] === undefined &&
    minedTables().lexicon[key] === undefined &&
    !key.startsWith('عبد') &&
    !key.endsWith(ALLAH) &&
    !key.endsWith(AL_DIN) &&
    readings.every((reading) => !reading.includes(' '));
  if (!guessed) return inPhrase ? withoutEquivalents(readings) : readings;
  const [plain, diphthong] = standardArabicReadings(stem).map((r) => (hasArticle ? `al-${r}` : r));
  const out = [...readings];
  if (plain !== undefined) out.splice(1, 0, plain);
  if (diphthong !== undefined) out.splice(3, 0, diphthong);
  return dedupe(out).slice(0, LIMIT);
}

/** Letters that only Persian, Pashto and Urdu write (ی ک گ پ چ ژ and Pashto's own): not Arabic. */
const PERSIAN_LETTER =
  /[\u06CC\u06A9\u06AF\u067E\u0686\u0698\u06AB\u06BC\u0681\u0685\u069A\u0696\u067C\u0689\u0693\u06D0\u06CD]/u;

/**
 * True when `next` is the Persian suffix ای written apart from a word ending in a silent ه
 * (خامنه ای for خامنه‌ای, Khamenei): Persian joins it with a zero-width non-joiner, which
 * keyboards and the press often replace with a space (Dastur-e Khatt-e Farsi, 2003).
 */
function isSplitSuffix(word: string, next: string | undefined): boolean {
  return next !== undefined && arabicUnits(next).join('') === 'اي' && /[هة]$/u.test(word);
}

/** romanizeArabicPhrase before the Persian reading, with the words each reading spells. */
function romanizePhraseWords(words: readonly string[]): { readings: string[]; source: string }[] {
  const out: { readings: string[]; source: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (isSplitSuffix(words[i]!, words[i + 1])) {
      const word = romanizeArabicWord(words[i]! + words[i + 1]!);
      if (word.length > 0) out.push({ readings: word, source: words[i]! });
      i++;
      continue;
    }
    const units = arabicUnits(words[i]!);
    const next = words[i + 1];
    const nextUnits = next === undefined ? [] : arabicUnits(next);
    if (units.join('') === 'عبد' && nextUnits[0] === 'ا' && nextUnits[1] === 'ل') {
      const compound = CURATED[`عبد ${nextUnits.join('')}`];
      if (compound !== undefined) out.push({ readings: dedupe([...compound]), source: next! });
      else {
        const stems = romanizeStem(nextUnits.slice(2));
        const stem = stems[0] ?? '';
        out.push({
          source: next!,
          readings: dedupe([
            `abdul ${stem}`,
            `abd al-${stem}`,
            `abdel ${stem}`,
            `abdul${stem}`,
            `abd ${stem}`,
            ...stems.slice(1, 2).map((s) => `abdul ${s}`),
          ]),
        });
      }
      i++;
      continue;
    }
    if (nextUnits.join('') === ALLAH && units.length >= 2 && units.join('') !== 'عبد') {
      out.push({ readings: theophoricReadings(units), source: words[i]! });
      i++;
      continue;
    }
    if (nextUnits.join('') === AL_DIN && units.length >= 2) {
      out.push({ readings: alDinReadings(units), source: words[i]! });
      i++;
      continue;
    }
    const word = romanizeArabicWord(words[i]!);
    if (word.length > 0) out.push({ readings: word, source: words[i]! });
  }
  return out;
}
