// How much a name match is worth as evidence, beyond the similarity of its parts (sift-match-4,
// issue #13): famous unlisted people were flagged because a listed alias, or the part of a listed
// name they matched, was made of names that half the Muslim world bears. Three measures weigh that:
// the alias's kind (a short alias, one name beside titles, counts as a weak one), the coverage of
// both names, and the rarity of the whole matched name. Tuned on the tune half of the real-world set.
import { honorificOf } from '../names/index.ts';
import type { NameForm, NameToken } from '../names/index.ts';

/** The weight of a token in a name score (see TokenWeigher in align-names.ts). */
type Weigh = (token: NameToken) => number;

/**
 * Weight below which a name token is common: the weight the rarity table gives a token held by
 * about 1 % of 30,000 entities (ln(100) / ln(3,000)), the share the candidate index calls common.
 */
export const COMMON_NAME_WEIGHT = 0.57;

/**
 * Factor on the score of a person's short alias: a single name beside titles and particles
 * ("HASSAN, Sheikh", "Abu Muscab"). It is the nickname or short name OFAC FAQ 122 calls a weak
 * alias, whatever the list marked; an exact match (0.8) confirms but stays under the threshold.
 */
export const SHORT_ALIAS_FACTOR = 0.8;

/**
 * The weight of a token as evidence: its rarity, except that a title word kept as a name ("Sheikh"
 * in the middle of "Hassan Sheikh Mohamud") weighs at most as a common name. Lists drop titles at
 * the start of names, so the few they keep make the word look rare when it is not.
 */
export function evidenceWeight(weigh: Weigh, token: NameToken): number {
  const weight = weigh(token);
  if (token.role !== 'name' || weight <= COMMON_NAME_WEIGHT) return weight;
  return honorificOf(token.text) === undefined ? weight : COMMON_NAME_WEIGHT;
}

/** True when a reading holds one name at most beside titles and particles ("Sheikh Hassan"). */
export function isShortName(form: NameForm): boolean {
  let names = 0;
  for (const token of form.tokens) {
    if (token.role === 'particle' || token.role === 'initial') continue;
    if (token.role === 'name' && honorificOf(token.text) !== undefined) continue;
    names++;
  }
  return names <= 1;
}

/**
 * True when every matched name part of an alignment is common (Mohammad, Hassan, Ali): such a
 * match says little about who is meant, so the parts either name leaves over count more against
 * it ("Mohammad Hassan" is not MOHAMMAD HASSAN AKHUND; "Hassan Sheikh Mohamud" is not SHEIKH
 * HASSAN). `weights` are the matched parts' weights, `identity` whether each holds a name.
 */
export function onlyCommonNames(weights: readonly number[], identity: readonly boolean[]): boolean {
  let any = false;
  for (let k = 0; k < weights.length; k++) {
    if (!identity[k]) continue;
    any = true;
    if (weights[k]! > COMMON_NAME_WEIGHT) return false;
  }
  return any;
}
