// Whether a Latin name is a spelling of a word written in Arabic script or Hebrew (issue #13,
// session 20). Both scripts leave short vowels unwritten and write the long ones, and the vowels of
// foreign names, with ا و ي (א ו י): a Latin spelling must spell every letter, in order, with the
// values of abjad-letter-spellings.ts, and may add only the short vowels the script leaves out.
// The readings of such a word are guesses at its vowels (بروس: bros, barus, brus …), and the one a
// list prints is often none of them (Bruce); this test finds it without more readings.
import { abjadSpellings, FINAL_ONLY_VOWELS } from './translit/abjad-letter-spellings.ts';

/** Marks, joiners and punctuation inside a word that spell nothing. */
const SILENT = /[\u0591-\u05C7\u064B-\u065F\u0670\u0640\u200C-\u200F]/gu;
const GERESH = /[׳`’']/gu;
const LATIN_VOWEL = /^[aeiou]$/;
/** Short vowels a Latin spelling may add between two letters (Muhammad for محمد). */
const MAX_UNWRITTEN_VOWELS = 2;

/** The letters of a word, a Hebrew geresh kept with its letter; undefined for an unknown letter. */
function lettersOf(word: string): string[] | undefined {
  const letters: string[] = [];
  for (const ch of Array.from(word.normalize('NFC').replace(SILENT, '').replace(GERESH, "'"))) {
    const last = letters[letters.length - 1];
    if (ch === "'" && last !== undefined && abjadSpellings(`${last}'`) !== undefined) {
      letters[letters.length - 1] = `${last}'`;
    } else if (abjadSpellings(ch) !== undefined) letters.push(ch);
    else return undefined;
  }
  return letters;
}

/**
 * A Latin token as the test reads it: diacritics folded, letters only, a doubled letter once (the
 * scripts write no doubling), and the silent gh of English -gh and -ght left out (Leigh).
 */
export function latinLetters(latin: string): string {
  return latin
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/gh(?=t|$)/g, '');
}

const CACHE = new Map<string, boolean>();
const CACHE_LIMIT = 100_000;

/**
 * True when `latin` spells the Arabic-script or Hebrew `word`: each letter by one of its values in
 * order, up to two short vowels between letters, a silent final e; false for a word with a
 * letter outside the tables.
 */
export function abjadSpells(word: string, latin: string): boolean {
  const key = `${word}\u0000${latin}`;
  const known = CACHE.get(key);
  if (known !== undefined) return known;
  const letters = lettersOf(word);
  const text = latinLetters(latin);
  const result = letters !== undefined && letters.length > 0 && spells(letters, text);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(key, result);
  return result;
}

/** The search behind abjadSpells, over (letter, Latin position). */
function spells(letters: readonly string[], text: string): boolean {
  const seen = new Set<number>();
  const visit = (i: number, j: number, afterVowels: boolean): boolean => {
    if (i === letters.length) {
      // A final e after a consonant is silent (Bruce, Farage).
      return j === text.length || (j === text.length - 1 && text[j] === 'e' && j > 0);
    }
    const state = (i * (text.length + 1) + j) * 2 + (afterVowels ? 1 : 0);
    if (seen.has(state)) return false;
    seen.add(state);
    for (const [unit, width] of unitsAt(letters, i)) {
      for (const spelling of unit) {
        if (!text.startsWith(spelling, j) || splitsDigraph(text, j, spelling)) continue;
        // A silent letter after unwritten vowels would let any vowel end the word (אמה as Imo).
        if (spelling === '' && afterVowels) continue;
        if (visit(i + width, j + spelling.length, false)) {
          return true;
        }
      }
    }
    // Short vowels are unwritten between letters, never before the first, nor after the article
    // (الحسن is al-Hasan, never Alihasan).
    if (!afterVowels && i > 0 && !(i === 2 && startsWithArticle(letters))) {
      for (let k = 1; k <= MAX_UNWRITTEN_VOWELS && LATIN_VOWEL.test(text[j + k - 1] ?? ''); k++) {
        if (visit(i, j + k, true)) return true;
      }
    }
    return false;
  };
  return visit(0, 0, false);
}

/** True for a word that opens with the Arabic article ال before a name of two letters or more. */
function startsWithArticle(letters: readonly string[]): boolean {
  return letters.length > 3 && letters[0] === 'ا' && letters[1] === 'ل';
}

/**
 * True when a letter's spelling would start on the h of a Latin digraph (ch, sh, th, kh, gh, ph,
 * zh, dh) whose first letter another letter spelled: the digraph is one sound (כהן is never Chin).
 */
function splitsDigraph(text: string, j: number, spelling: string): boolean {
  return spelling.startsWith('h') && j > 0 && DIGRAPH_FIRST.test(text[j - 1]!);
}

const DIGRAPH_FIRST = /^[cstkgpzd]$/;

/** The spellings of the letter at `i`, and of it with the next as a pair, with their widths. */
function unitsAt(letters: readonly string[], i: number): [readonly string[], number][] {
  const letter = letters[i]!;
  const last = i === letters.length - 1;
  // He and ta marbuta write a vowel at the end of a word only; inside it he is h.
  const own = FINAL_ONLY_VOWELS.has(letter) && !last ? ['h'] : (abjadSpellings(letter) ?? []);
  const units: [readonly string[], number][] = [[own, 1]];
  const next = letters[i + 1];
  const pair = next === undefined ? undefined : abjadSpellings(letter + next);
  if (pair !== undefined) units.push([pair, 2]);
  return units;
}
