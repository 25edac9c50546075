// A query that is one given name beside titles (sift-match-8, issue #13): "Mullah Yaqoob", the
// Taliban's defence minister, against MOHAMMAD YAQOUB, a listed Taliban official. The lists weigh a
// name by how many listed entities bear it, and a given name they spell many ways looks rare in
// each spelling while millions bear it. Such a query names anyone of that name.
import { isGivenName } from '../names/index.ts';
import type { NameForm, NameToken } from '../names/index.ts';
import { isIdentity } from './is-identity.ts';

/**
 * Factor on a person's match by a query that is one given name: as for a short alias (one name
 * beside titles, SHORT_ALIAS_FACTOR), an exact match confirms a hit but does not raise one alone.
 */
export const GIVEN_NAME_ALONE_FACTOR = 0.8;

/**
 * True when a query reading holds one name, and it is a known given name (Yaqoub, Hassan) that no
 * particle binds into a compound ("Abdul Hakim" and "Abu Bakr" are names of their own), against a
 * listed name of two names or more: a listed single name is met whole (the mononym factor of
 * alignNames weighs that), and its spelling in another script is what the cross-script eval asks.
 */
export function isGivenNameAlone(query: NameForm, listed?: NameForm): boolean {
  // Counted without making arrays: this runs for every person's reading a query is aligned with.
  let name: NameToken | undefined;
  let names = 0;
  for (const token of query.tokens) {
    if (token.role === 'particle') return false;
    if (isIdentity(token)) {
      name = token;
      names++;
    }
  }
  if (names !== 1 || name!.role !== 'name') return false;
  if (listed !== undefined && !twoIdentities(listed)) return false;
  return isGivenName(name!.text);
}

/** True when a reading holds two names or numbers or more. */
function twoIdentities(form: NameForm): boolean {
  let count = 0;
  for (const token of form.tokens) if (isIdentity(token) && ++count >= 2) return true;
  return false;
}
