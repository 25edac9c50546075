// Two common names in the other order (session 19, issues #13 and #14): "Mohammad Mustafa", the
// Palestinian prime minister, against OFAC's MAHAMED, Mostafa (Mostafa, son of Mahamed). In Arabic
// names a given name is also a father's and a family name, so two common names in the other order
// name another man (Mohammad, son of Mustafa). The alignment pairs names in any order, because the
// press and the lists put the family name first or last, so the order alone is no evidence; with
// names many people bear, it is all that tells the two men apart. Rare names are not judged (the
// name says who is meant), nor Chinese and Korean readings, written family name first.
import type { NameForm } from '../names/index.ts';
import type { NameAlignment } from './align-names.ts';
import { isIdentity } from './is-identity.ts';
import { givenNameIndex } from './middle-names-only.ts';
import { COMMON_ALIAS_SPECIFICITY } from './name-evidence.ts';
import type { MatchedNameWeights } from './name-evidence.ts';

/** Factor on such a match: an exact one (1.0) still alerts, one spelt otherwise falls under. */
export const SWAPPED_COMMON_NAMES_FACTOR = 0.85;

/**
 * True when a query of two names matches a listed "FAMILY, Given" name of two names one token to
 * one, the query's first name being the listed family name, and the names together are common
 * (no rare one, specificity at most COMMON_ALIAS_SPECIFICITY.low). `full` is the listed name as
 * written.
 */
export function swapsTwoCommonNames(
  alignment: NameAlignment,
  query: NameForm,
  listed: NameForm,
  full: string,
  names: MatchedNameWeights,
): boolean {
  if (names.rare || names.specificity > COMMON_ALIAS_SPECIFICITY.low) return false;
  if (query.syllabic || listed.syllabic) return false;
  if (query.tokens.filter(isIdentity).length !== 2) return false;
  const listedNames = listed.tokens.flatMap((t, j) => (t.role === 'name' ? [j] : []));
  if (listedNames.length !== 2) return false;
  const given = givenNameIndex(listed.tokens, full);
  if (given === undefined) return false;
  const single = alignment.edges.filter((e) => e.rTo - e.rFrom === 1 && e.qTo - e.qFrom === 1);
  const givenEdge = single.find((e) => e.rFrom === given);
  const familyEdge = single.find((e) => e.rFrom !== given && listedNames.includes(e.rFrom));
  if (givenEdge === undefined || familyEdge === undefined) return false;
  return familyEdge.qFrom < givenEdge.qFrom;
}
