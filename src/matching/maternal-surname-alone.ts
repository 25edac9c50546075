// A query that gives a listed Hispanic person's second surname without the first (session 12,
// issue #13): "Emiliano Martinez", Argentina's goalkeeper, against SANCHEZ MARTINEZ, Emiliano. A
// Spanish name carries the father's surname first and the mother's second, and a short form keeps
// the first ("Nicolas Maduro" for MADURO MOROS, "Ivan Duque" for DUQUE GAVIRIA); a query with the
// second alone names someone of another family who shares the mother's.
import type { NameForm } from '../names/index.ts';
import type { NameAlignment } from './align-names.ts';

/**
 * Factor on such a match: an exact one (0.90, the given name and one surname of three) falls under
 * the threshold and stays in the results as a possible hit.
 */
export const MATERNAL_SURNAME_ALONE_FACTOR = 0.85;

// Words that open Arabic compound names ("ABU BAKR, Ibrahim", "ABD ALLAH, Issam"), not surnames.
const COMPOUND_OPENERS = new Set(['abu', 'abd', 'abdul', 'bin', 'ibn', 'ben', 'bint', 'umm']);

/**
 * True when `full` is written "PATERNAL MATERNAL, Given" (two surnames before the comma, as OFAC
 * writes Hispanic names) and the alignment matches the second surname but leaves the first out.
 */
export function matchesMaternalSurnameAlone(
  alignment: NameAlignment,
  listed: NameForm,
  full: string,
): boolean {
  const comma = full.indexOf(',');
  if (comma < 0) return false;
  const surnames = fold(full.slice(0, comma))
    .split(/[\s-]+/)
    .filter((w) => w !== '');
  if (surnames.length !== 2 || COMPOUND_OPENERS.has(surnames[0]!)) return false;
  const [paternal, maternal] = listed.tokens;
  if (paternal === undefined || maternal === undefined) return false;
  if (paternal.text !== surnames[0] || maternal.text !== surnames[1]) return false;
  if (paternal.role !== 'name' || maternal.role !== 'name') return false;
  return (
    alignment.unmatchedListed.includes(0) &&
    alignment.edges.some((e) => e.rFrom <= 1 && 1 < e.rTo && e.rFrom > 0)
  );
}

/** Lower case without accents, as the name tokens are written. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
