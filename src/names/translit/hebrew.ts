// Hebrew names: consonantal like Arabic, so vowels are guessed by a segment model mined from public
// pairs, after a short hand-checked table and the mined lexicon of frequent names.
import { HEBREW_LETTERS, hebrewUnits } from './hebrew-letters.ts';
import { readHyphenatedParts } from './hyphenated-parts.ts';
import { loadTable } from '../load-table.ts';
import { minedReadings } from './mined-readings.ts';
import { decodeSegments, type SegmentModel } from './segment-model.ts';

/** The mined model and lexicon, read on the first Hebrew name (see loadTable). */
let mined:
  | { model: SegmentModel; lexicon: Readonly<Record<string, readonly string[] | undefined>> }
  | undefined;
function minedTables(): NonNullable<typeof mined> {
  if (mined === undefined) {
    const table = loadTable('translit-hebrew.json') as SegmentModel & {
      lexicon: Readonly<Record<string, readonly string[] | undefined>>;
    };
    mined = {
      model: { minContextCount: table.minContextCount, contexts: table.contexts },
      lexicon: table.lexicon,
    };
  }
  return mined;
}
const LIMIT = 6;

// Biblical and modern Hebrew names whose usual English forms the statistics would not guess.
const CURATED: Readonly<Record<string, readonly string[] | undefined>> = {
  משה: ['moshe', 'moses', 'mosha'],
  דוד: ['david', 'dovid', 'dawid'],
  יוסף: ['yosef', 'joseph', 'josef', 'yossef'],
  אברהם: ['avraham', 'abraham'],
  יצחק: ['yitzhak', 'isaac', 'itzhak', 'yitzchak'],
  יעקב: ['yaakov', 'jacob', 'yakov'],
  שלמה: ['shlomo', 'solomon'],
  בנימין: ['binyamin', 'benjamin'],
  נתניהו: ['netanyahu'],
  אהרון: ['aharon', 'aaron'],
  אהרן: ['aharon', 'aaron'],
  מיכאל: ['michael', 'mikhael'],
  יהודה: ['yehuda', 'judah', 'yehudah'],
  שמואל: ['shmuel', 'samuel'],
  דניאל: ['daniel'],
  חיים: ['chaim', 'haim', 'hayim'],
  כהן: ['cohen', 'kohen', 'cohn'],
  לוי: ['levi', 'levy'],
  שרה: ['sarah', 'sara'],
  רחל: ['rachel', 'rahel'],
  מרים: ['miriam', 'miryam'],
  יונתן: ['yonatan', 'jonathan'],
  אליהו: ['eliyahu', 'elijah'],
  עמוס: ['amos'],
  מוחמד: ['muhammad', 'mohammed', 'mohamed'],
  מחמד: ['muhammad', 'mohammed', 'mohamed'],
  אחמד: ['ahmad', 'ahmed'],
};

/** Hebrew spellings of the Arabic article before a hyphen: אל, and א before a sun letter. */
const HEBREW_ARTICLES: ReadonlySet<string> = new Set(['אל', 'א']);

/** Romanisations of one Hebrew word, most likely first (משה → moshe, moses). */
export function romanizeHebrewWord(word: string): string[] {
  const hyphenated = readHyphenatedParts(
    word.replace(/[\u05BE\u2010\u2011]/gu, '-'),
    romanizeHebrewPart,
    HEBREW_ARTICLES,
    LIMIT,
  );
  return hyphenated ?? romanizeHebrewPart(word);
}

/** A doubled vav inside a word, which unpointed spelling writes for the consonant v or w. */
const CONSONANT_VAV = 'וו';

/**
 * The letters with each doubled vav after the first letter made one unit: spelling without vowel
 * points doubles a vav that is a consonant (רוויר Revere, סינוואר Sinwar), and the model, which
 * reads each vav alone as a vowel, spells them "ou", "ov" (the Academy of the Hebrew Language's
 * rules for spelling without vowel points: a consonant vav inside a word is written twice).
 */
function withConsonantVav(units: readonly string[]): string[] {
  const out: string[] = [];
  for (const unit of units) {
    if (unit === 'ו' && out.length > 1 && out.at(-1) === 'ו') out[out.length - 1] = CONSONANT_VAV;
    else out.push(unit);
  }
  return out;
}

/** romanizeHebrewWord for a word without hyphens. */
function romanizeHebrewPart(word: string): string[] {
  const units = hebrewUnits(word);
  if (units.length === 0) return [];
  const key = units.join('');
  const fallback = (unit: string): readonly string[] => HEBREW_LETTERS[unit] ?? [''];
  // The lexicon of whole-name tokens (wd_hebrew.tsv) knows foreign names the token file lacks.
  const names = minedReadings('hebrew', word, fallback, 3);
  const known = [...(CURATED[key] ?? []), ...names.lexicon, ...(minedTables().lexicon[key] ?? [])];
  const guessed = decodeSegments(minedTables().model, units, fallback, LIMIT);
  const vav = withConsonantVav(units);
  const consonant =
    vav.length === units.length ? [] : decodeSegments(minedTables().model, vav, fallback, LIMIT);
  // The letter-table model and the EM model with the letter model err on different names; a
  // doubled vav read as a consonant leads, as the spelling rule says it is one.
  const both = guessed.flatMap((g, i) => [consonant[i] ?? '', g, names.model[i] ?? '']);
  return [...new Set([...known, ...both].filter((v) => v !== ''))].slice(0, LIMIT);
}
