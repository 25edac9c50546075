// Two names of a chain in the other order (session 18, issue #13): "Adel Ali Diab" against OFAC's
// DIAB, Ali Adel. In an Arabic name the order is the nasab, each name the father of the one before
// (Adel son of Ali against Ali son of Adel), and OFAC lists both men, father and son. The alignment
// pairs names in any order, because the lists and the press put the family name first or last, so
// the son's name met the father's exactly. Moving the family name from one end to the other turns
// the order round (a rotation: Diab Ali Adel, Ali Adel Diab); swapping two names does not. Only a
// swap that puts another name first counts: middle names swapped behind the same given name, or
// scrambled around a listed given name the query leaves out, are written so of one person too
// (two name_bench pairs, Spanish and English, lost to a rule on order alone).
import type { NameForm } from '../names/index.ts';
import type { NameAlignment } from './align-names.ts';
import { givenNameIndex } from './middle-names-only.ts';

/** Factor on such a match: an exact one (1.0) falls under the threshold. */
export const SWAPPED_CHAIN_FACTOR = 0.8;

/**
 * True when three names or more are matched one token to one, their listed positions taken in
 * query order are no rotation of the listed order, and the listed given name (`full` as written:
 * the first word after a comma, else the first name) is matched, but not first in the query. Two
 * spellings of one name (Mohamed Ali Muhammad) may pair either way round, so a listed name
 * repeated leaves the order unjudged.
 */
export function swapsChainOrder(alignment: NameAlignment, listed: NameForm, full: string): boolean {
  // Most alignments hold fewer than three edges: they are passed over before anything is built.
  if (alignment.edges.length < 3) return false;
  const names = alignment.edges.filter(
    (e) =>
      e.rTo - e.rFrom === 1 && e.qTo - e.qFrom === 1 && listed.tokens[e.rFrom]!.role === 'name',
  );
  if (names.length < 3) return false;
  const keys = names.flatMap((e) => listed.tokens[e.rFrom]!.keys);
  if (new Set(keys).size < keys.length) return false;
  const ordered = [...names].sort((a, b) => a.qFrom - b.qFrom);
  if (isRotation(ordered.map((e) => e.rFrom))) return false;
  // The first matched name of the query is another listed name than the given one, and the
  // given one is matched further on.
  const given = listedGivenIndex(listed, full);
  return ordered[0]!.rFrom !== given && names.some((e) => e.rFrom === given);
}

/** True when `positions` rise throughout but for one wrap from the end back to the start. */
function isRotation(positions: readonly number[]): boolean {
  let descents = 0;
  for (let k = 0; k < positions.length; k++) {
    if (positions[k]! > positions[(k + 1) % positions.length]!) descents++;
  }
  return descents === 1;
}

/** The position of the listed given name: after a comma when there is one, else the first name. */
function listedGivenIndex(listed: NameForm, full: string): number {
  return givenNameIndex(listed.tokens, full) ?? listed.tokens.findIndex((t) => t.role === 'name');
}
