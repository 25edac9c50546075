// An upper bound on the name score, to skip entities that cannot be reported (issue #12). Most
// candidates the blocking index brings share one name with the query and score well under any
// threshold (about 85 % of them stay under 0.5 on the bench's queries), yet a full alignment costs
// merges and splits, a greedy matching and a dozen name rules. The bound needs only which tokens
// can pair at all (compareTokens, cached across queries) and the tokens' weights.
import type { ListEntity } from '../core/index.ts';
import type { NameForm, NameToken } from '../names/index.ts';
import {
  comparisonMode,
  DEFAULT_ALIGN_OPTIONS,
  hypocorismAtStart,
  isSlavicPatronymic,
  joinEdges,
  nameForGenericWord,
  SHORT_FORM_LISTED_COST,
  SLAVIC_PATRONYMIC_SHARE,
} from './align-names.ts';
import type { Edge, TokenWeigher } from './align-names.ts';
import { compareTokens } from './compare-tokens.ts';
import { COMMON_NAME_WEIGHT, evidenceWeight } from './name-evidence.ts';
import { supportedElsewhere } from './score-entity.ts';
import type { EntityForm, QueryFacts } from './score-entity.ts';
import { SHARED_TITLE_WEIGHT, sharedTitle } from './shared-title.ts';

// Scratch marks of the tokens that can pair, and of those a near-exact pairing solves, reused:
// JavaScript runs one bound at a time.
let queryMarks = new Uint8Array(16);
let listedMarks = new Uint8Array(16);
let querySolved = new Uint8Array(16);
let listedSolved = new Uint8Array(16);

/**
 * An upper bound on the score of one alignment of `query` with `candidate` (alias support and a
 * shared title included). Each part of the score is a share of weight: a matched part adds its
 * listed weight times its similarity above and its weight below; a query token another name
 * supports adds 0.8 of its weight above and its weight below; an unmatched token adds only below.
 * So the score is at most (A) / (A + C), where A is the weight of every listed token that can pair
 * with some query token plus every query token that another name could support plus the title,
 * and C the least that the tokens that can neither pair nor be supported cost.
 */
function alignmentBound(
  query: NameForm,
  listed: NameForm,
  weigh: TokenWeigher,
  supportable: (token: NameToken, weight: number) => boolean,
  title: boolean,
): number {
  const mode = comparisonMode(query, listed, DEFAULT_ALIGN_OPTIONS.tolerance);
  // Readings alignNames does not compare score 0, and neither support nor a title lifts that.
  if (mode === undefined) return 0;
  const q = query.tokens;
  const r = listed.tokens;
  if (queryMarks.length < q.length) {
    queryMarks = new Uint8Array(q.length * 2);
    querySolved = new Uint8Array(q.length * 2);
  }
  if (listedMarks.length < r.length) {
    listedMarks = new Uint8Array(r.length * 2);
    listedSolved = new Uint8Array(r.length * 2);
  }
  const qMarks = queryMarks.fill(0, 0, q.length);
  const rMarks = listedMarks.fill(0, 0, r.length);
  const qSolved = querySolved.subarray(0, q.length).fill(0);
  const rSolved = listedSolved.subarray(0, r.length).fill(0);
  for (let i = 0; i < q.length; i++) {
    for (let j = 0; j < r.length; j++) {
      const match = compareTokens(q[i]!, r[j]!, mode.romanised, mode.tolerance);
      if (match === undefined) continue;
      qMarks[i] = 1;
      rMarks[j] = 1;
      // Solved as alignNames solves tokens before it looks for merges and splits.
      if (match.similarity > 0.9 && !nameForGenericWord(q[i]!, r[j]!, match.similarity)) {
        qSolved[i] = 1;
        rSolved[j] = 1;
      }
    }
  }
  if (hypocorismAtStart(q, r)) {
    qMarks[0] = 1;
    rMarks[0] = 1;
  }
  if (q.length > 1 || r.length > 1) {
    // The very merges and splits alignNames would find; they are few, and only for tokens that
    // no near-exact pairing solves.
    const joins: Edge[] = [];
    joinEdges(q, r, mode.tolerance, joins, qSolved, rSolved);
    for (const edge of joins) {
      qMarks.fill(1, edge.qFrom, edge.qTo);
      rMarks.fill(1, edge.rFrom, edge.rTo);
    }
  }
  let above = title ? SHARED_TITLE_WEIGHT : 0;
  let cost = 0;
  // alignNames keeps at most one pairing per marked token on each side.
  let pairsAtMost = 0;
  let identityLeft = false;
  for (let i = 0; i < q.length; i++) {
    const token = q[i]!;
    const weight = evidenceWeight(weigh, token);
    if (qMarks[i] === 1) pairsAtMost++;
    // A query token that pairs may still be left unmatched by the greedy choice and then be
    // supported by another name: its weight counts above too, whether it pairs or not.
    if (supportable(token, weight)) above += weight;
    else if (qMarks[i] !== 1) cost += weight * DEFAULT_ALIGN_OPTIONS.extraQueryCost;
    if (qMarks[i] !== 1 && (token.role === 'name' || token.role === 'number')) identityLeft = true;
  }
  let listedPairs = 0;
  let weakWord = false;
  for (let j = 0; j < r.length; j++) {
    if (rMarks[j] === 1) listedPairs++;
    if (r[j]!.role === 'legal' || r[j]!.role === 'generic') weakWord = true;
  }
  pairsAtMost = Math.min(pairsAtMost, listedPairs);
  // The short-form cost needs two pairings, no query name left over and no legal or generic word
  // in the listed name (isShortForm); a patronymic's share needs two pairings.
  const listedCost =
    pairsAtMost < 2 || identityLeft || weakWord
      ? DEFAULT_ALIGN_OPTIONS.extraListedCost
      : Math.min(SHORT_FORM_LISTED_COST, DEFAULT_ALIGN_OPTIONS.extraListedCost);
  for (let j = 0; j < r.length; j++) {
    const weight = evidenceWeight(weigh, r[j]!);
    if (rMarks[j] === 1) above += weight;
    else {
      const share = pairsAtMost >= 2 && isSlavicPatronymic(r[j]!) ? SLAVIC_PATRONYMIC_SHARE : 1;
      cost += weight * listedCost * share;
    }
  }
  return above > 0 ? above / (above + cost) : 0;
}

/**
 * An upper bound on the name score scoreEntity gives `entity` on these candidate readings, so a
 * caller can skip entities that cannot reach a floor. The name score is the best alignment's score
 * (with alias support and a shared title) less the weak-alias, former-name and coverage penalties,
 * none of which adds, so the best alignment bound over all pairs of readings bounds it.
 */
export function nameScoreBound(
  queryForms: readonly NameForm[],
  facts: QueryFacts,
  entity: ListEntity,
  candidates: readonly EntityForm[],
  allForms: () => readonly EntityForm[],
  weigh: TokenWeigher,
): number {
  // An identifier-only query is scored on an empty reading; such queries are not bounded.
  if (queryForms.length === 0) return 1;
  const title = sharedTitle(facts.honorifics, entity) !== undefined;
    let every: readonly EntityForm[] | undefined;
  // The other names scoreEntity looks in for support, by the candidate's name, and what was found.
  const others = new Map<number, readonly EntityForm[]>();
  const known = new Map<string, boolean>();
  let name = -1;
  const supportable = (token: NameToken, weight: number): boolean => {
    // withAliasSupport credits no common name held elsewhere.
    if (token.role === 'name' && weight <= COMMON_NAME_WEIGHT) return false;
    let elsewhere = others.get(name);
    if (elsewhere === undefined) {
      every ??= allForms();
      elsewhere = every.filter((f) => f.name !== name);
      others.set(name, elsewhere);
    }
    if (elsewhere.length === 0) return false;
    const key = `${name}|${token.text}|${token.keys.join('|')}`;
    let found = known.get(key);
    if (found === undefined) {
      found = supportedElsewhere(token.text, token.keys, elsewhere);
      known.set(key, found);
    }
    return found;
  };
  let best = 0;
  for (const queryForm of queryForms) {
    for (const candidate of candidates) {
      name = candidate.name;
      const bound = alignmentBound(queryForm, candidate.form, weigh, supportable, title);
      if (bound > best) best = bound;
      if (best >= 1) return best;
    }
  }
  return best;
}
