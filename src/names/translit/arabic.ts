// Arabic-script names (Arabic, Persian, Urdu, Pashto): short vowels are not written, so several
// romanisations are guessed. Order: a hand-checked table of very common names, then names mined
// from public pairs, then the segment model. The article ال and the compound عبد ال… are handled
// here because their romanisation depends on the next word (Abdullah, Abd al-Rahman, Abdel Rahman).
import curated from '../data/arabic-names.json' with { type: 'json' };
import { ARABIC_LETTERS, arabicUnits } from './arabic-letters.ts';
import { loadTable } from '../load-table.ts';
import { minedReadings } from './mined-readings.ts';
import { decodeSegments, type SegmentModel } from './segment-model.ts';

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
      model: { minContextCount: table.minContextCount, contexts: table.contexts },
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
  const aligned = minedReadings('arabic', key, letterValues, 3).model;
  const both = guessed.flatMap((g, i) => [g, aligned[i] ?? '']);
  return dedupe([...known, ...both]).slice(0, LIMIT);
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
  return dedupe([...stems.slice(0, 3).map((s) => `${s}ullah`), `${stems[0] ?? ''} allah`]);
}

/** Romanisations of one Arabic-script word, most likely first (محمد → muhammad, mohammed, …). */
export function romanizeArabicWord(word: string): string[] {
  const units = arabicUnits(word);
  if (units.length === 0) return [];
  const whole = CURATED[units.join('')];
  if (whole !== undefined) return dedupe([...whole]);
  const key = units.join('');
  if (units.length >= 6 && key.endsWith(ALLAH) && !key.startsWith('عبد')) {
    return theophoricReadings(units.slice(0, -4));
  }
  const hasArticle = units.length > 3 && units[0] === 'ا' && units[1] === 'ل';
  if (!hasArticle) return romanizeStem(units);
  const stems = romanizeStem(units.slice(2));
  const first = stems[0] ?? '';
  const assimilated = SUN_LETTERS.has(units[2]!) ? `a${first.slice(0, 1)}-${first}` : undefined;
  const variants = [`al-${first}`, `el-${first}`, ...(assimilated ? [assimilated] : [])];
  for (const stem of stems.slice(1)) variants.push(`al-${stem}`);
  return dedupe(variants).slice(0, LIMIT);
}

/**
 * Romanisations of a run of Arabic-script words, most likely first; joins عبد with the word after it
 * (عبد الله → abdullah, abd allah; عبد الرحمن → abdul rahman, abd al-rahman, abdel rahman).
 */
export function romanizeArabicPhrase(words: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const units = arabicUnits(words[i]!);
    const next = words[i + 1];
    const nextUnits = next === undefined ? [] : arabicUnits(next);
    if (units.join('') === 'عبد' && nextUnits[0] === 'ا' && nextUnits[1] === 'ل') {
      const compound = CURATED[`عبد ${nextUnits.join('')}`];
      if (compound !== undefined) out.push(dedupe([...compound]));
      else {
        const stems = romanizeStem(nextUnits.slice(2));
        const stem = stems[0] ?? '';
        out.push(
          dedupe([
            `abdul ${stem}`,
            `abd al-${stem}`,
            `abdel ${stem}`,
            `abdul${stem}`,
            `abd ${stem}`,
            ...stems.slice(1, 2).map((s) => `abdul ${s}`),
          ]),
        );
      }
      i++;
      continue;
    }
    if (nextUnits.join('') === ALLAH && units.length >= 2 && units.join('') !== 'عبد') {
      out.push(theophoricReadings(units));
      i++;
      continue;
    }
    const word = romanizeArabicWord(words[i]!);
    if (word.length > 0) out.push(word);
  }
  return out;
}
