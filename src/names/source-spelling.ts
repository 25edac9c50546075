// Whether a Latin name can be a spelling of a name written in Arabic or Persian script or in
// Cyrillic (issue #13, session 14). The Latin comparison of a romanised query with a listed name
// loses what the original letters say: "محمد خاتمی" read khatami is two cheap edits from the listed
// KHADEMI (t/d, a/e), but no writer of Persian spells Khademi (خادمی) with ت; "Муратова" read
// muratov is near KRATOV, but Cyrillic М is never k. The test is one-sided: it can only say that
// the letters rule a spelling out, never that they confirm it.
import { letterSpellings } from './translit/source-letter-spellings.ts';

/** Vowels and the glides h and y, which Latin spellings of one name add, drop and trade freely. */
const FREE_LATIN = /[aeiouyh]/g;
/** Marks, joiners and separators inside a source text that spell nothing. */
const SILENT = /\s|\u200C|\u200D|[\u064B-\u065F\u0670\u0640\u00AD'’ʼ.‐-]/u;
/** Source consonants a spelling may leave out (an assimilated article, a dropped letter). */
const SKIPS_ALLOWED = 1;
/**
 * Latin consonants a spelling may end with that the source does not write: the silent finals of
 * French names (Dussault, Дюссо) and the Latin and Baltic endings (-us, -s) transcriptions drop.
 */
const UNWRITTEN_FINALS = 1;

/**
 * The consonant frame of a Latin spelling: doubled letters once (before the vowels go, so that
 * Muhammad keeps both m's of محمد), then vowels, h and y dropped.
 */
function latinFrame(latin: string): string {
  return (
    latin
      .normalize('NFD')
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .replace(/(.)\1+/g, '$1')
      // x is ks; the g of Italian gn and gli and of English -ght and a final -gh, and an initial
      // w before r and k before n, are letters a transcription does not write.
      .replace(/^(?:w(?=r)|k(?=n))/, '')
      .replace(/x/g, 'ks')
      .replace(/g(?=n|li)/g, '')
      .replace(/gh(?=t|$)/g, '')
      .replace(FREE_LATIN, '')
  );
}

/** A letter of a source text with the consonant frames it (and it with the next) may be written with. */
interface SourceUnit {
  frames: readonly string[];
  /** Frames of this letter and the next one written together (кс → x). */
  pairFrames: readonly string[];
}

/**
 * The letters of a source text with their Latin frames, or undefined when a letter is outside the
 * tables (a Latin letter, a digit, a script the tables do not cover): such a text is not judged.
 */
function sourceUnits(source: string): SourceUnit[] | undefined {
  const letters = Array.from(source.toLowerCase()).filter((c) => !SILENT.test(c));
  const units: SourceUnit[] = [];
  for (let k = 0; k < letters.length; k++) {
    const letter = letters[k]!;
    const spellings = letterSpellings(letter);
    if (spellings === undefined) return undefined;
    const frames = [...new Set(spellings.map(latinFrame))];
    // A letter written twice (الله) is one Latin consonant once doubled letters are folded.
    if (letters[k - 1] === letter && !frames.includes('')) frames.push('');
    const next = letters[k + 1];
    const pair = next === undefined ? undefined : letterSpellings(letter + next);
    units.push({ frames, pairFrames: pair?.map(latinFrame) ?? [] });
  }
  return units;
}

const CACHE = new Map<string, boolean>();
const CACHE_LIMIT = 50_000;

/**
 * True unless the letters of `source` (Arabic script or Cyrillic) rule out `latin` as a spelling
 * of any stretch of it: every consonant of the Latin word, in order, must be a spelling of a run
 * of the source's letters, with long vowels, glides and hamza free to stay unwritten and one
 * consonant left out. A source the tables do not cover rules nothing out.
 */
export function couldSpell(source: string, latin: string): boolean {
  const key = `${source}\u0000${latin}`;
  const known = CACHE.get(key);
  if (known !== undefined) return known;
  const result = spells(source, latinFrame(latin));
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(key, result);
  return result;
}

/** The search behind couldSpell, over (Latin position, source position, skips used). */
function spells(source: string, frame: string): boolean {
  const units = sourceUnits(source);
  if (units === undefined || frame === '') return true;
  const seen = new Set<number>();
  const stack: [number, number, number][] = [];
  for (let j = 0; j <= units.length; j++) stack.push([0, j, 0]);
  while (stack.length > 0) {
    const [i, j, skips] = stack.pop()!;
    if (i === frame.length) return true;
    // A silent final only where nothing else was left out: both together let Khademi's d come
    // from the د of محمد before it.
    if (skips === 0 && i >= frame.length - UNWRITTEN_FINALS && i > 0) return true;
    if (j >= units.length) continue;
    const state = (i * (units.length + 1) + j) * (SKIPS_ALLOWED + 1) + skips;
    if (seen.has(state)) continue;
    seen.add(state);
    const unit = units[j]!;
    for (const spelling of unit.frames) {
      if (frame.startsWith(spelling, i)) stack.push([i + spelling.length, j + 1, skips]);
    }
    for (const spelling of unit.pairFrames) {
      if (frame.startsWith(spelling, i)) stack.push([i + spelling.length, j + 2, skips]);
    }
    if (skips < SKIPS_ALLOWED) stack.push([i, j + 1, skips + 1]);
  }
  return false;
}
