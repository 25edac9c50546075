// A query that matches part of a person's alias that is another name altogether (session 13,
// issue #13): "Raul Castro", Cuba's former president, against CASTRO RODRIGUEZ, Raul, an a.k.a.
// of the Mexican trafficker Victor Manuel FELIX FELIX. Such an alias is a name the person used,
// not a spelling of the listed name, and two of its common names are what namesakes share; the
// person's own name, which would confirm it, is not in the query at all.
import type { NameForm } from '../names/index.ts';
import type { NameAlignment } from './align-names.ts';
import { isIdentity } from './is-identity.ts';
import type { EntityForm } from './score-entity.ts';

/** Factor on such a match: an exact two-of-three match (0.96) falls under the threshold. */
export const PART_OF_OTHER_ALIAS_FACTOR = 0.8;

/**
 * True when `candidate` is an alias sharing no name with the entity's primary names, the alignment
 * leaves out one of its names, and no matched name is rare (`rareMatched`).
 */
export function matchesPartOfOtherAlias(
  alignment: NameAlignment,
  candidate: EntityForm,
  allForms: readonly EntityForm[],
  rareMatched: boolean,
): boolean {
  if (rareMatched || candidate.kind !== 'alias') return false;
  const listed = candidate.form;
  if (!alignment.unmatchedListed.some((j) => isIdentity(listed.tokens[j]!))) return false;
  const primaries = allForms.filter((f) => f.kind === 'primary');
  if (primaries.length === 0) return false;
  const own = new Set(primaries.flatMap((f) => namesOf(f.form)));
  return !namesOf(listed).some((key) => own.has(key));
}

/** The equivalence keys of a reading's names. */
function namesOf(form: NameForm): string[] {
  return form.tokens.filter((t) => t.role === 'name').flatMap((t) => [t.text, ...t.keys]);
}
