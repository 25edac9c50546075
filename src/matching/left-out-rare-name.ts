// A query that gives only the common names of a listed person and leaves out the rare one that
// says who is meant (sift-match-11, issue #13): "Aamir Khan", the actor, against AMIR KHAN MOTAQI;
// "Pedro Sanchez", Spain's prime minister, against SANCHEZ MEDRANO, Pedro. The matched names are
// not rare on the lists, but the lists only count listed people: millions of people bear them.
// What makes the listed name point at one person is the part the query does not give.
import type { NameForm } from '../names/index.ts';
import type { NameAlignment, TokenWeigher } from './align-names.ts';
import { isIdentity } from './is-identity.ts';
import { RARE_NAME_WEIGHT } from './name-evidence.ts';

/**
 * Factor on such a match: an exact one (0.86–0.88 for two names of three) falls under the
 * threshold and stays in the results as a possible hit, as a match of common names only does.
 */
export const LEFT_OUT_RARE_NAME_FACTOR = 0.9;

/**
 * True when the alignment matches two names, neither rare (`rareMatched`), and leaves out a listed
 * name that is rare (held by ten listed entities or fewer). Surnames are what a
 * short form keeps ("Sirajuddin Haqqani", "Nicolas Maduro"), so such forms are not touched.
 */
export function leavesOutRareName(
  alignment: NameAlignment,
  listed: NameForm,
  rareMatched: boolean,
  weigh: TokenWeigher,
): boolean {
  // Three names or more given ("Sher Muhammad Abbas" for SHER MOHAMMAD ABBAS STANEKZAI …) are a
  // press form of the long name itself; two common names are what namesakes share.
  // Names are counted, not particles: the abd and al of "عبد الرحمن مصطفى" (read abd al-rahman
  // mustafa) are parts of their own (session 19), and the query still gives two names.
  if (rareMatched) return false;
  let names = 0;
  for (const edge of alignment.edges) {
    if (listed.tokens.slice(edge.rFrom, edge.rTo).some(isIdentity)) names++;
  }
  if (names !== 2) return false;
  for (const j of alignment.unmatchedListed) {
    const token = listed.tokens[j]!;
    if (token.role === 'name' && isIdentity(token) && weigh(token) >= RARE_NAME_WEIGHT) return true;
  }
  return false;
}
