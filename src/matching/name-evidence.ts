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
  /** The highest evidence weight among the matched names (0 when none holds a name). */
  rarest: number;
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
  let rarest = 0;
  for (let k = 0; k < weights.length; k++) {
    if (!identity[k]) continue;
    specificity += weights[k]!;
    rarest = Math.max(rarest, weights[k]!);
  }
  return { specificity, rare: rarest >= RARE_NAME_WEIGHT, rarest };
}

/**
 * Weight from which a matched name starts to count as rare in commonAliasFactor, reaching full
 * credit at RARE_NAME_WEIGHT. A weight is ln(N/df)/ln(N/10), so with N ≈ 32,000 the ramp runs from
 * a name held by about 34 listed entities to one held by ten: a name held by eleven or thirteen
 * (RA'D) is nearly as telling as one held by ten, where a step made an exact alias of it weigh
 * less than a one-letter typo of a rarer spelling (RAED).
 */
export const RARE_CREDIT_FROM = 0.85;

/** How far a name of evidence weight `weight` counts as rare, 0..1, linear in the weight. */
export function rareCredit(weight: number): number {
  if (weight >= RARE_NAME_WEIGHT) return 1;
  if (weight <= RARE_CREDIT_FROM) return 0;
  return (weight - RARE_CREDIT_FROM) / (RARE_NAME_WEIGHT - RARE_CREDIT_FROM);
}

/**
 * Factor on a match of a listed alias by its names' specificity: 1 when a matched name is rare or
 * the names together are specific enough, COMMON_ALIAS_FACTOR when they are all common, and
 * between, linearly, by whichever of the two says more (the rarest name's credit or the names'
 * specificity): no step at either threshold.
 */
export function commonAliasFactor(
  names: Pick<MatchedNameWeights, 'specificity' | 'rarest'>,
): number {
  const { low, high } = COMMON_ALIAS_SPECIFICITY;
  const specific = Math.min(1, Math.max(0, (names.specificity - low) / (high - low)));
  const credit = Math.max(specific, rareCredit(names.rarest));
  return COMMON_ALIAS_FACTOR + (1 - COMMON_ALIAS_FACTOR) * credit;
}
