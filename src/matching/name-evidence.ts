// How much a name match is worth as evidence, beyond the similarity of its parts (sift-match-4,
// issue #13): famous unlisted people were flagged because a listed alias, or the part of a listed
// name they matched, was made of names that half the Muslim world bears. Three measures weigh that:
// the alias's kind (a short alias, one name beside titles, counts as a weak one), the coverage of
// both names, and the rarity of the whole matched name. Tuned on the tune half of the real-world set.
import { honorificOf } from '../names/index.ts';
import type { NameForm, NameToken } from '../names/index.ts';
import { rememberTokenTest } from './remember-token-test.ts';

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
  return isTitleWord(token) ? COMMON_NAME_WEIGHT : weight;
}

/** Whether a token's text is an honorific (Sheikh, Mullah), remembered per token. */
const isTitleWord = rememberTokenTest((text) => honorificOf(text) !== undefined);

/** True when a reading holds one name at most beside titles and particles ("Sheikh Hassan"). */
export function isShortName(form: NameForm): boolean {
  let names = 0;
  for (const token of form.tokens) {
    if (token.role === 'particle' || token.role === 'initial') continue;
    if (token.role === 'name' && isTitleWord(token)) continue;
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

/**
 * Weight a matched name must reach to count as rare: held by ten listed entities or fewer (the
 * rarity table gives those weight 1).
 */
export const RARE_NAME_WEIGHT = 0.99;

/**
 * Specificity (sum of the matched names' weights) at and below which an alias made of common
 * names counts as weak, and at and above which it counts in full; linear between (sift-match-5).
 * With N ≈ 32,000 listed entities, one expects N·(N/10)^-s of them to bear names of specificity s
 * by chance: about two at 1.2, about half of one at 1.35.
 */
export const COMMON_ALIAS_SPECIFICITY: Readonly<{ low: number; high: number }> = {
  low: 1.2,
  high: 1.35,
};

/**
 * Factor on an alias match whose names are all held by many listed entities: like a short alias,
 * an exact one then confirms a hit but stays under the threshold (Muhammad Yunus, a Nobel
 * laureate, is an alias of an Indonesian militant).
 */
export const COMMON_ALIAS_FACTOR = 0.8;

/**
 * Factor when a query made of common names leaves out the listed person's own given name and
 * matches the names after it, which in Arabic and Persian names are the father's and the family's
 * (Mahmoud Abbas is not ALI MAHMOUD ABBAS).
 */
export const DROPPED_GIVEN_NAME_FACTOR = 0.85;

/**
 * The most a Muhammad (any spelling) weighs in the specificity of a matched name. The lists weigh
 * it by the share of listed entities that bear it (about one in twenty), but it is the given name
 * of a large share of the men whose names are screened, and "Mohamed Barakat", a businessman,
 * shares only Barakat with BARAKAT, Mohammad Fayez: the pair says little more than the surname.
 */
export const MUHAMMAD_SPECIFICITY_WEIGHT = 0.2;

/**
 * The evidence a matched part gives to a name's specificity (see above): a Muhammad on either side
 * counts as one, so a query's Mohammad that met a listed spelling outside the group by likeness
 * (MAHAMED, session 19) says no more than a Muhammad does.
 */
export function specificityWeight(
  weight: number,
  listed: readonly NameToken[],
  query: readonly NameToken[] = [],
): number {
  const isMuhammad = (t: NameToken): boolean => t.role === 'name' && t.keys.includes('muhammad');
  const muhammad = listed.some(isMuhammad) || query.some(isMuhammad);
  return muhammad ? Math.min(weight, MUHAMMAD_SPECIFICITY_WEIGHT) : weight;
}

/** The matched names of an alignment, as weights, and whether any of them is rare. */
export interface MatchedNameWeights {
  /** Sum of the matched names' evidence weights: how few people would bear them all by chance. */
  specificity: number;
  /** True when a matched name is held by ten listed entities or fewer. */
  rare: boolean;
}

/**
 * Sums the weights of the matched parts that hold a name. The weight of a name is
 * ln(N/df)/ln(N/10), so the sum is the logarithm of how rare the combination would be if names
 * were drawn independently: it says how many listed entities one would expect to bear all the
 * matched names by chance.
 */
export function matchedNameWeights(
  weights: readonly number[],
  identity: readonly boolean[],
): MatchedNameWeights {
  let specificity = 0;
  let rare = false;
  for (let k = 0; k < weights.length; k++) {
    if (!identity[k]) continue;
    specificity += weights[k]!;
    if (weights[k]! >= RARE_NAME_WEIGHT) rare = true;
  }
  return { specificity, rare };
}

/**
 * Factor on a match of a listed alias by its names' specificity: 1 when a matched name is rare or
 * the names together are specific enough, COMMON_ALIAS_FACTOR when they are all common, linear
 * between.
 */
export function commonAliasFactor(names: MatchedNameWeights): number {
  if (names.rare) return 1;
  const { low, high } = COMMON_ALIAS_SPECIFICITY;
  if (names.specificity >= high) return 1;
  if (names.specificity <= low) return COMMON_ALIAS_FACTOR;
  return (
    COMMON_ALIAS_FACTOR + ((1 - COMMON_ALIAS_FACTOR) * (names.specificity - low)) / (high - low)
  );
}
