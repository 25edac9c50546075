// A query that gives only the middle names of a listed person's name (session 15, issue #13):
// "Ali Mabkhout", a footballer, against AL-ARADAH, Khalid Ali Mabkhut. In Arabic and Persian names
// the names between the given name and the family name are the father's and grandfather's, so a
// query of those alone names the father, not the listed son, however rare the names are. The short
// forms the press uses keep the given name or the family name (Abbas Stanekzai, Sher Muhammad
// Abbas, Hassan Akhund), and those are not touched. Only names written "FAMILY, Given Names" are
// judged: there the family name is marked, while a name in its natural order may end with the
// father's name (the UN's SHER MOHAMMAD ABBAS STANEKZAI PADSHAH KHAN; judging those lost two
// tune-half rows, "Abas Stanikzai" among them).
import { honorificOf } from '../names/index.ts';
import type { NameForm, NameToken } from '../names/index.ts';
import type { NameAlignment } from './align-names.ts';

/** Factor on such a match, as for a dropped given name (DROPPED_GIVEN_NAME_FACTOR). */
export const MIDDLE_NAMES_ONLY_FACTOR = 0.85;

/**
 * True when two names or more of a listed person's name (`full` as written, `listed` its reading)
 * are matched and neither its given name nor its family name is, in the lists' "FAMILY, Given
 * Names" order: the given name is the first word after the comma, the family name the words
 * before it. A given Muhammad is exempt: everyday use drops it.
 */
export function matchesMiddleNamesOnly(
  alignment: NameAlignment,
  listed: NameForm,
  full: string,
): boolean {
  const tokens = listed.tokens;
  const matched = new Set<number>();
  let matchedNames = 0;
  for (const edge of alignment.edges) {
    let holdsName = false;
    for (let j = edge.rFrom; j < edge.rTo; j++) {
      matched.add(j);
      if (tokens[j]!.role === 'name') holdsName = true;
    }
    if (holdsName) matchedNames++;
  }
  if (matchedNames < 2) return false;
  const given = givenNameIndex(tokens, full);
  if (given === undefined || matched.has(given)) return false;
  const first = tokens[given]!;
  if (
    first.role !== 'name' ||
    first.keys.includes('muhammad') ||
    honorificOf(first.text) !== undefined
  )
    return false;
  const family = tokens.slice(0, given).flatMap((t, j) => (t.role === 'name' ? [j] : []));
  return family.length > 0 && family.every((j) => !matched.has(j));
}

/**
 * The position of a listed name's given name among its tokens, written after a comma: the token
 * spelling the first word after it (undefined without a comma, or when no token spells the word
 * as written, as in a romanised reading).
 */
export function givenNameIndex(tokens: readonly NameToken[], full: string): number | undefined {
  const comma = full.indexOf(',');
  if (comma < 0) return undefined;
  const word = /\p{L}+/u.exec(full.slice(comma + 1))?.[0].toLowerCase();
  const index = tokens.findIndex((t) => t.text === word);
  return index < 0 ? undefined : index;
}
