// How many readings a Hebrew query of several words keeps (issue #13, session 17). Hebrew writes
// few vowels, so each word has several plausible readings and the one a list prints is often a
// word's fourth to sixth (בואו: bo, boo, bu, bou, bowie, bow). A whole name gets the best
// combinations of its words' readings by rank, and six of them leave most words at their first
// two or three: ז'יל סינגר never reached "gill singer" (Jill Singer). Twelve raised the tune half
// of the Hebrew full-name set from 0.894 to 0.909; names of one word are unchanged (a word has six).

/** Most readings of a Hebrew query name (other names and list names keep MAX_ROMANIZATIONS). */
export const HEBREW_QUERY_FORMS = 12;

const HEBREW = /\p{Script=Hebrew}/u;

/** True when a name is written (in part) in Hebrew letters. */
export function isHebrewName(text: string): boolean {
  return HEBREW.test(text);
}
