// A rare name met only by a spelling two letters off, beside common names (sift-match-7, issue
// #13): "Mohammad Khatami", a former Iranian president, against KHADEMI, Mohammad. Khatami and
// Khademi are two real family names a letter pair apart (t/d, a/e); the common given name adds
// nothing, so the whole match rests on a typo-level likeness. Press spellings of the rare name
// itself (Wekselberg, Lawrow, Zevahiri) reach it exactly through the query's readings, so a rare
// name met only so far off is more often another name than a misspelling.
import type { NameForm } from '../names/index.ts';
import type { NameAlignment } from './align-names.ts';
import { COMMON_NAME_WEIGHT, RARE_NAME_WEIGHT } from './name-evidence.ts';

/** Similarity under which a rare name's match is typo-level (two edits in a name of seven). */
export const TYPO_SIMILARITY = 0.88;

/** Factor on a match whose only rare name is typo-level and whose other names are common. */
export const TYPO_ONLY_FACTOR = 0.9;

/**
 * True when every rare name a query typed in Latin matches is a typo below TYPO_SIMILARITY and
 * every other matched name is common: the match rests on a likeness of spelling alone.
 */
export function restsOnTypo(alignment: NameAlignment, query: NameForm, listed: NameForm): boolean {
  // A reading romanised from another script meets the lists' spellings only approximately.
  if (query.romanised) return false;
  let rareTypo = false;
  for (const edge of alignment.edges) {
    const isName = listed.tokens
      .slice(edge.rFrom, edge.rTo)
      .some((t) => t.role === 'name' || t.role === 'number');
    if (!isName) continue;
    if (edge.weight >= RARE_NAME_WEIGHT) {
      if (edge.evidence !== 'typo' || edge.similarity >= TYPO_SIMILARITY) return false;
      const queryText = textOf(query, edge.qFrom, edge.qTo);
      const listedText = textOf(listed, edge.rFrom, edge.rTo);
      // Vowels, doubled letters and glides are how spellings of one name differ (Abati, Abbatay),
      // and one letter off is a slip of the keyboard (Pulin); a different consonant with more
      // besides is another name (Khatami, Khademi).
      if (frameOf(queryText) === frameOf(listedText) || oneLetterOff(queryText, listedText)) {
        return false;
      }
      rareTypo = true;
    } else if (edge.weight > COMMON_NAME_WEIGHT) return false;
  }
  return rareTypo;
}

/**
 * The consonants of a token, doubled letters once, vowels and the glides h, w, y and j left out,
 * z read as s: the letters European spellings of one Slavic name trade (Selenskyj, Zelenskyy).
 */
function frameOf(text: string): string {
  return text
    .replace(/[aeiouyhwj]/g, '')
    .replace(/z/g, 's')
    .replace(/(.)\1+/g, '$1');
}

/** True when two words differ by one letter changed, added or dropped. */
function oneLetterOff(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, from: number) => x.slice(from);
  if (a.length === b.length) return tail(a, i + 1) === tail(b, i + 1);
  return a.length > b.length ? tail(a, i + 1) === tail(b, i) : tail(a, i) === tail(b, i + 1);
}

/** The letters of a span of a form's tokens, joined. */
function textOf(form: NameForm, from: number, to: number): string {
  return form.tokens
    .slice(from, to)
    .map((t) => t.text)
    .join('');
}
