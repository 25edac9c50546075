// Alias support: a query token the matched name lacks but another name of the entity holds
// ("Alhaj Khalifa Sirajuddin Haqqani" where Khalifa is an alias) is credited as a partial match.
import type { NameForm, NameToken } from '../names/index.ts';
import { COMMON_ONLY_QUERY_COST, DEFAULT_ALIGN_OPTIONS } from './align-names.ts';
import type { NameAlignment, TokenWeigher } from './align-names.ts';
import type { SupportTest } from './alignment-ceiling.ts';
import { ALIAS_SUPPORT } from './alignment-costs.ts';
import { COMMON_NAME_WEIGHT, evidenceWeight } from './name-evidence.ts';
import type { EntityForm } from './score-entity.ts';

/** True when `token` (by text or equivalence key) appears in any of `forms`. */
function supportedElsewhere(
  text: string,
  keys: readonly string[],
  forms: readonly EntityForm[],
): boolean {
  for (const { form } of forms) {
    for (const token of form.tokens) {
      if (token.text === text) return true;
      if (token.role === 'name' && token.keys.some((k) => keys.includes(k))) return true;
    }
  }
  return false;
}

/**
 * The alignment with unmatched query tokens that another name of the entity holds credited as
 * partial matches: each then weighs as a matched part at similarity ALIAS_SUPPORT, and the
 * explanation lists it so (`supported`), so that score and explanation agree.
 */
export function withAliasSupport(
  alignment: NameAlignment,
  queryForm: NameForm,
  allForms: () => readonly EntityForm[],
  candidate: EntityForm,
  weigh: TokenWeigher,
): NameAlignment {
  let numerator = alignment.numerator;
  let denominator = alignment.denominator;
  const supported: number[] = [];
  // Weak aliases count here: confirming a hit is what OFAC FAQ 122 says they are for.
  const others = allForms().filter((f) => f.name !== candidate.name);
  for (const position of alignment.unmatchedQuery) {
    const token = queryForm.tokens[position]!;
    const weight = evidenceWeight(weigh, token);
    // A common name held by another name of the entity is no evidence: Mohammed is in half the
    // names of the lists (sift-match-4).
    if (token.role === 'name' && weight <= COMMON_NAME_WEIGHT) continue;
    if (!supportedElsewhere(token.text, token.keys, others)) continue;
    // The token already costs its unmatched share of its weight in the denominator; it now
    // weighs in full.
    const share =
      alignment.commonOnly === true && (token.role === 'name' || token.role === 'number')
        ? COMMON_ONLY_QUERY_COST
        : (alignment.queryCost ?? DEFAULT_ALIGN_OPTIONS.extraQueryCost);
    denominator += weight * (1 - share);
    numerator += weight * ALIAS_SUPPORT;
    supported.push(position);
  }
  if (supported.length === 0) return alignment;
  const score = denominator > 0 ? (numerator / denominator) * alignment.factor : 0;
  // Support only ever adds credit: keep the plain alignment when it scores higher.
  if (score <= alignment.score) return alignment;
  return { ...alignment, score, numerator, denominator, supported };
}

/**
 * Whether any name of an entity holds a query token as withAliasSupport asks of its other names
 * (by text, or by an equivalence key of a name), for the score ceiling.
 */
export function supportTest(allForms: () => readonly EntityForm[]): SupportTest {
  return (token: NameToken) => supportedElsewhere(token.text, token.keys, allForms());
}
