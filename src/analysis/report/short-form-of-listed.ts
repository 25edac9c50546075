import type { PartAlignment } from '../../core/index.ts';

/** Weight a name must reach to be rare, as the matcher's short-form rule has it (align-names). */
const RARE_NAME_WEIGHT = 0.99;
/** Similarity each name of a short form must reach: exact, an equivalent or a transliteration. */
const SHORT_FORM_SIMILARITY = 0.98;

/**
 * True when the article gives the first and the last of three listed names ("Sirajuddin Haqqani"
 * for SIRAJUDDIN JALLALOUDINE HAQQANI), both closely spelt and one of them rare, and leaves out
 * only the middle one (the father's name): `sift screen` calls this a match, and the article must
 * not say less. Two common names ("Mohammad Hassan" for a three-part name) stay partial.
 *
 * Deliberately not extended to a given name and first surname of a longer Hispanic name
 * ("Rosario Murillo" for Rosario Maria MURILLO ZAMBRANA): tried in session 9, it also made the
 * former Colombian president "Ivan Duque" the listed paramilitary DUQUE GAVIRIA, Ivan Roberto, and
 * "Raul Castro" an alias of a listed trafficker. Without a birth date, name alone cannot tell.
 */
export function isShortFormOfListed(
  parts: readonly PartAlignment[],
  listedTokens: readonly string[],
  missingListed: readonly string[],
): boolean {
  if (listedTokens.length !== 3 || missingListed.length !== 1) return false;
  if (missingListed[0] !== listedTokens[1]) return false;
  const matched = parts.filter((p) => p.query.length > 0 && p.matched.length > 0);
  if (matched.length !== 2) return false;
  if (matched.some((p) => p.similarity < SHORT_FORM_SIMILARITY || p.note !== undefined))
    return false;
  if (matched[0]!.matched.join(' ') !== listedTokens[0]) return false;
  if (matched[1]!.matched.join(' ') !== listedTokens[2]) return false;
  return matched.some((p) => p.weight >= RARE_NAME_WEIGHT);
}
