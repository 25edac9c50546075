import { isHypocorism, particleKind } from '../names/index.ts';
import type { NameForm, NameToken } from '../names/index.ts';
import {
  compareCharacters,
  compareTokens,
  consonantSkeleton,
  editSimilarity,
} from './compare-tokens.ts';
import { COMMON_NAME_WEIGHT, evidenceWeight, RARE_NAME_WEIGHT } from './name-evidence.ts';
import { isIdentity } from './is-identity.ts';
import { scoreCeiling } from './alignment-ceiling.ts';
import type { SupportTest } from './alignment-ceiling.ts';
import {
  isOrganisationWord,
  isSlavicPatronymic,
  LONG_FORM_QUERY_COST,
  LONG_RARE_SHORT_FORM_COST,
  SHORT_FORM_LISTED_COST,
  SHORT_FORM_SIMILARITY,
  SHORT_FORM_TYPO_SIMILARITY,
  SLAVIC_PATRONYMIC_SHARE,
} from './alignment-costs.ts';
import { sortInPlace } from './sort-in-place.ts';
import { addEdge, clearedEdges } from './alignment-edges.ts';
import type { Edge, EdgeList } from './alignment-edges.ts';
import { differentServantObjects } from './servant-objects.ts';
import { untangleTwins } from './untangle-twins.ts';

/** The weight of a token in a name score: rarity for names, a small fixed share for weak roles. */
export type TokenWeigher = (token: NameToken) => number;

/** Tuning of the name alignment. */
export interface AlignOptions {
  /** Multiplies the edit budget; larger for romanised readings. */
  tolerance: number;
  /** Share of its weight an unmatched query part costs. */
  extraQueryCost: number;
  /** Share of its weight an unmatched listed part costs. */
  extraListedCost: number;
  /**
   * Extra cost of a conflict: a part left unmatched on each side is one name standing where
   * another was expected (…El Sayed Mohamed vs …El Sayed Ahmed), stronger evidence of another
   * person than a part merely missing on one side.
   */
  conflictCost: number;
  /** Factor on the score when matched parts swap order around a patronymic (X bin Y vs Y bin X). */
  patronymSwapFactor: number;
  /**
   * Factor on the score when the listed name is a single name ("Green", "Khalifa", a vessel "DAN")
   * and the query has tokens left over: one matching token is not a match (OFAC FAQ 5).
   */
  mononymFactor: number;
}

/** The default alignment tuning, measured on name_bench and the UN positives. */
export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  tolerance: 1,
  extraQueryCost: 0.5,
  extraListedCost: 0.25,
  conflictCost: 0.8,
  patronymSwapFactor: 0.75,
  mononymFactor: 0.85,
};

/**
 * Shares of their weight that unmatched names cost when every matched name is common (see
 * onlyCommonNames): a query name left over counts in full, a listed one as a query one would.
 */
export const COMMON_ONLY_QUERY_COST = 1;
export const COMMON_ONLY_LISTED_COST = 0.5;

/** Letters both spellings of a misspelt rare name need (see SHORT_FORM_TYPO_SIMILARITY). */
const SHORT_FORM_TYPO_LENGTH = 7;
/**
 * Similarity the other names of a short form with a misspelt rare name need: an equivalent
 * spelling (Abas/Abbas, Mohamed/Mohammad), no typo.
 */
const SHORT_FORM_EQUIVALENT_SIMILARITY = 0.95;
/** Weight (rarity) a matched query name must reach for the query to count as a short form. */
const SHORT_FORM_RARE_WEIGHT = 0.99;
/**
 * Or the sum of the matched names' weights (see matchedNameWeights): three names of middling
 * rarity (Sher Muhammad Abbas, 0.99 + 0.37 + 0.75) say as much as one rare name (sift-match-6).
 */
const SHORT_FORM_SPECIFICITY = 1.8;

/**
 * True when every name in the query lines up closely, in order, with two or more listed parts, one
 * of them rare: a short form of a longer listed name, not a namesake made of common names.
 */
function isShortForm(
  query: NameForm,
  kept: readonly AlignedEdge[],
  q: readonly NameToken[],
  r: readonly NameToken[],
  unmatchedQuery: readonly number[],
  weigh: TokenWeigher,
): boolean {
  if (kept.length === 0 || unmatchedQuery.some((i) => isIdentity(q[i]!))) return false;
  // Organisation names ("Islamic Relief Agency") are not shortened this way: a missing word there
  // is often what tells two organisations apart.
  if (r.some((t) => t.role === 'legal' || t.role === 'generic')) return false;
  const names = kept.filter((e) => holdsIdentity(q, e.qFrom, e.qTo));
  if (names.some((e) => e.similarity < SHORT_FORM_SIMILARITY)) {
    return names.length >= 2 && isMisspeltShortForm(names, q, r, weigh);
  }
  if (names.length === 1) return isOneWord(query) && isRareNameAlone(names[0]!, q, r, weigh);
  if (names.length < 2) return false;
  if (!inListedOrder(names, r)) return false;
  let specificity = 0;
  for (const e of names) {
    const weight = Math.max(...q.slice(e.qFrom, e.qTo).map((t) => evidenceWeight(weigh, t)));
    if (weight >= SHORT_FORM_RARE_WEIGHT) return true;
    specificity += weight;
  }
  return specificity >= SHORT_FORM_SPECIFICITY;
}

/**
 * True when the query is one word: typed so in Latin letters (singleWord), or one word read from
 * another alphabet or transcribed in Han or kana (Потанин, 波塔宁, ポタニン): the press of those
 * scripts writes a surname alone as the Latin press does (issue #13).
 */
function isOneWord(query: NameForm): boolean {
  if (query.singleWord === true) return true;
  return query.romanised && !query.syllabic && query.tokens.length === 1;
}

/**
 * True when a short form's names line up strictly in the listed order, each an exact or equivalent
 * spelling (Abas/Abbas) but for one long rare listed name spelt a little off
 * (SHORT_FORM_TYPO_SIMILARITY). Equivalents alone are not enough: that was tried in sift-match-8.
 */
function isMisspeltShortForm(
  names: readonly AlignedEdge[],
  q: readonly NameToken[],
  r: readonly NameToken[],
  weigh: TokenWeigher,
): boolean {
  // Strictly in the listed order: with a wrap to a Hispanic first surname, misspelt given names
  // met namesakes (Libardo García against GARCIA CORRALES, Leobardo).
  const ordered = [...names].sort((a, b) => a.qFrom - b.qFrom);
  if (ordered.some((e, k) => k > 0 && e.rFrom <= ordered[k - 1]!.rFrom)) return false;
  let misspelt = 0;
  for (const e of names) {
    if (e.similarity >= SHORT_FORM_SIMILARITY) continue;
    const single = e.qTo - e.qFrom === 1 && e.rTo - e.rFrom === 1;
    const query = q[e.qFrom]!;
    const listed = r[e.rFrom]!;
    const longRare =
      single &&
      e.similarity >= SHORT_FORM_TYPO_SIMILARITY &&
      query.text.length >= SHORT_FORM_TYPO_LENGTH &&
      listed.text.length >= SHORT_FORM_TYPO_LENGTH &&
      evidenceWeight(weigh, listed) >= SHORT_FORM_RARE_WEIGHT;
    if (longRare) misspelt++;
    else if (e.similarity < SHORT_FORM_EQUIVALENT_SIMILARITY) return false;
  }
  return misspelt === 1;
}

/** True when two or more matched names hold a long rare listed name (see LONG_RARE_SHORT_FORM_COST). */
function holdsLongRareName(
  names: readonly AlignedEdge[],
  r: readonly NameToken[],
  weigh: TokenWeigher,
): boolean {
  if (names.length < 2) return false;
  return names.some((e) =>
    r
      .slice(e.rFrom, e.rTo)
      .some(
        (t) =>
          t.text.length >= SHORT_FORM_TYPO_LENGTH &&
          evidenceWeight(weigh, t) >= SHORT_FORM_RARE_WEIGHT,
      ),
  );
}

/**
 * True when every listed name lines up closely with the query, in order, with two or more names
 * one of them rare (or specific enough together), and the query's other names stand between them:
 * the listed name is a short form of the query's chain of names, as isShortForm has it the other
 * way round.
 */
function isLongForm(
  query: NameForm,
  listed: NameForm,
  kept: readonly AlignedEdge[],
  q: readonly NameToken[],
  r: readonly NameToken[],
  unmatchedListed: readonly number[],
): boolean {
  if (kept.length === 0 || unmatchedListed.some((j) => isIdentity(r[j]!))) return false;
  // Chinese and Korean syllables are parts of one given name, not a chain of names.
  if (query.syllabic || listed.syllabic) return false;
  // Organisation names are not lengthened so: an added word there names another organisation
  // ("Islamic State in Iraq and the Levant" is not every "Islamic State").
  if (q.some(isOrganisationWord) || r.some(isOrganisationWord)) return false;
  const names = kept.filter((e) => r.slice(e.rFrom, e.rTo).some(isIdentity));
  if (names.length < 2 || names.some((e) => e.similarity < SHORT_FORM_SIMILARITY)) return false;
  // In the written order only: a name written surname first ("ZHANG, Jian") read against a query
  // with a middle part ("Jian Guo Zhang") is a two-syllable given name missing one syllable, not
  // a shortened chain.
  const ordered = [...names].sort((a, b) => a.qFrom - b.qFrom);
  for (let k = 1; k < ordered.length; k++) {
    if (ordered[k]!.rFrom < ordered[k - 1]!.rFrom) return false;
  }
  // The names the list leaves out stand inside the chain, between the first and the last name it
  // keeps (a father's and grandfather's names); a name added before or after is another given or
  // family name.
  const from = Math.min(...names.map((e) => e.qFrom));
  const to = Math.max(...names.map((e) => e.qTo));
  for (let i = 0; i < q.length; i++) {
    if ((i < from || i >= to) && isIdentity(q[i]!) && !kept.some((e) => e.qFrom <= i && i < e.qTo))
      return false;
  }
  let specificity = 0;
  for (const e of names) {
    if (e.weight >= SHORT_FORM_RARE_WEIGHT) return true;
    specificity += e.weight;
  }
  return specificity >= SHORT_FORM_SPECIFICITY;
}

/**
 * True when the matched names, taken in query order, follow the listed order, or a rotation of it:
 * lists write names surname first ("CABELLO CONTRERAS, Daniella Desiree") where the press writes
 * the given name first ("Daniella Cabello", sift-match-8). One wrap is allowed, and only to the
 * listed name's first name, its (paternal) surname: "Pedro Castillo", a Peruvian president, is
 * not GUERRERO CASTILLO, Pedro Oliveiro, whose Castillo is his mother's surname.
 */
function inListedOrder(names: readonly AlignedEdge[], listed: readonly NameToken[]): boolean {
  const ordered = [...names].sort((a, b) => a.qFrom - b.qFrom);
  const first = listed.findIndex(isIdentity);
  let wraps = 0;
  for (let k = 1; k < ordered.length; k++) {
    if (ordered[k]!.rFrom > ordered[k - 1]!.rFrom) continue;
    wraps++;
    if (wraps > 1 || ordered[k]!.rFrom !== first) return false;
  }
  if (wraps === 0) return true;
  // After a wrap, every later name must still stand before the first one in the listed name, and
  // the names before the wrap are given names, after the surnames: two listed parts at least
  // (ROJAS FRANCO, Jaime is not "Franco Rojas", a surname and another family's).
  return ordered[ordered.length - 1]!.rFrom < ordered[0]!.rFrom && ordered[0]!.rFrom >= first + 2;
}

/**
 * Letters a word typed alone needs to stand for a longer listed name: shorter words are acronyms
 * and syllables that many names hold ("IRS", rare on the lists, met IRS LAZER TEKHNOLODZHI at 0.83;
 * session 9).
 */
const LONE_NAME_LENGTH = 5;

/**
 * True when the query (one word, typed in Latin) is one rare name that a listed person's name of
 * two or more names holds exactly: the press writes a surname alone once the person is introduced ("Wekselberg",
 * "Bachrumsyah"), and a name held by ten entities or fewer points at them (sift-match-7).
 */
function isRareNameAlone(
  edge: AlignedEdge,
  q: readonly NameToken[],
  r: readonly NameToken[],
  weigh: TokenWeigher,
): boolean {
  if (q.filter(isIdentity).length !== 1 || r.filter(isIdentity).length < 2) return false;
  if (edge.qTo - edge.qFrom !== 1 || edge.rTo - edge.rFrom !== 1) return false;
  const word = q[edge.qFrom]!;
  if (word.text.length < LONE_NAME_LENGTH) return false;
  return evidenceWeight(weigh, word) >= SHORT_FORM_RARE_WEIGHT;
}

/**
 * Similarity a distinctive query word needs to stand for a listed generic word (Global,
 * International, Trading): a misspelt generic word is still that word (Internatonal, 0.92), but a
 * word further off is another word, the one that tells two organisations apart: "Globus Relief", a
 * medical-aid charity, is not GLOBAL RELIEF FOUNDATION (globus/global: 0.75; sift-match-6).
 */
const GENERIC_WORD_SIMILARITY = 0.85;

/** True when a query name would match a listed generic word only by a typo that makes a new word. */
function nameForGenericWord(query: NameToken, listed: NameToken, similarity: number): boolean {
  return query.role === 'name' && listed.role === 'generic' && similarity < GENERIC_WORD_SIMILARITY;
}

/** The result of aligning a query reading with one listed reading. */
export interface NameAlignment {
  /** 0..1: weighted share of the two names that lines up. */
  score: number;
  /** The kept pairings of query and listed token runs. */
  edges: AlignedEdge[];
  /** Query token positions left without a counterpart. */
  unmatchedQuery: number[];
  /** Listed token positions left without a counterpart. */
  unmatchedListed: number[];
  /** Weighted sum of matched similarities; `score` = numerator / denominator. */
  numerator: number;
  /** Sum of the weights of matched parts and the costs of unmatched parts. */
  denominator: number;
  /** Product of the order and mononym penalties applied to numerator / denominator (1 when none). */
  factor: number;
  /**
   * Unmatched query positions that another name of the same entity holds, credited as partial
   * matches by `scoreEntity`; absent when none are.
   */
  supported?: readonly number[];
  /**
   * True when every matched name is common, so that unmatched names cost COMMON_ONLY_QUERY_COST
   * and COMMON_ONLY_LISTED_COST of their weight; absent otherwise.
   */
  commonOnly?: boolean;
  /**
   * What the common-only costs added to the denominator beyond the ordinary ones, so that evidence
   * found elsewhere (a shared title, see shared-title.ts) can take them back; absent when none.
   */
  commonOnlyCost?: number;
  /**
   * Share of its weight an unmatched query part cost, when not the default extraQueryCost (a listed
   * short form of a long query name, LONG_FORM_QUERY_COST); absent otherwise.
   */
  queryCost?: number;
  /** The religious title query and entity share, credited as a matched part; absent otherwise. */
  sharedTitle?: string;
  /**
   * Score of the original Han or Hangul characters when both names are written in one of them and
   * differ (see compareCharacters); absent otherwise.
   */
  characterScore?: number;
}

/** One kept pairing (see Edge) with the weight of its query tokens. */
export interface AlignedEdge extends Edge {
  weight: number;
}

const MAX_JOIN = 3;

/** Edge order for the greedy choice: more similar first, then the one spanning more tokens. */
function strongerFirst(a: Edge, b: Edge): number {
  return (
    b.similarity - a.similarity ||
    b.qTo - b.qFrom + b.rTo - b.rFrom - (a.qTo - a.qFrom + a.rTo - a.rFrom)
  );
}

/** Concatenated text of tokens [from, to). */
function joinText(tokens: readonly NameToken[], from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) text += tokens[i]!.text;
  return text;
}

/** First character of the concatenated text of tokens [from, to), without making the string. */
function joinedHead(tokens: readonly NameToken[], from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) if (tokens[i]!.text !== '') return tokens[i]!.text[0];
  return undefined;
}

/** Length of the concatenated text of tokens [from, to), without making the string. */
function joinedLength(tokens: readonly NameToken[], from: number, to: number): number {
  let length = 0;
  for (let i = from; i < to; i++) length += tokens[i]!.text.length;
  return length;
}

/**
 * True when a run led by a particle (al, abu, bin) meets a token without the particle's consonants
 * at its head: the join would only hide the particle behind an edit (al+emadi for ahmadi, 0.75),
 * where a true merge keeps it (al+qaida for alqaida, bin+laden for binladen).
 */
function dropsLeadingParticle(first: NameToken, single: string): boolean {
  if (first.role !== 'particle') return false;
  return !consonantSkeleton(single).startsWith(consonantSkeleton(first.text));
}

/** Edges between a run of 2..3 tokens on one side and one token on the other (merges/splits). */
function joinEdges(
  query: readonly NameToken[],
  listed: readonly NameToken[],
  tolerance: number,
  edges: EdgeList,
  qSolved: Uint8Array,
  rSolved: Uint8Array,
): void {
  joinRuns(query, listed, true, tolerance, edges, qSolved, rSolved);
  joinRuns(listed, query, false, tolerance, edges, rSolved, qSolved);
  // Two tokens split at another place on each side ("Myongc Hin" vs "Myong Chin").
  for (let i = 0; i + 1 < query.length; i++) {
    if (qSolved[i] === 1 && qSolved[i + 1] === 1) continue;
    // As in joinRuns, the joined texts are made only for pairs of about one length and first letter.
    const qLength = joinedLength(query, i, i + 2);
    const qHead = joinedHead(query, i, i + 2);
    let q: string | undefined;
    for (let j = 0; j + 1 < listed.length; j++) {
      if (rSolved[j] === 1 && rSolved[j + 1] === 1) continue;
      if (
        Math.abs(qLength - joinedLength(listed, j, j + 2)) > 3 ||
        qHead !== joinedHead(listed, j, j + 2)
      )
        continue;
      q ??= joinText(query, i, i + 2);
      const r = joinText(listed, j, j + 2);
      const similarity = q === r ? 0.98 : editSimilarity(q, r, tolerance) - 0.02;
      if (similarity > 0) {
        addEdge(edges, i, i + 2, j, j + 2, similarity, 'joined');
      }
    }
  }
}

/**
 * The edges of joinEdges between runs of `many` and single tokens of `one`; `manySolved` and
 * `oneSolved` mark the tokens of each that already have a near-exact single match.
 */
function joinRuns(
  many: readonly NameToken[],
  one: readonly NameToken[],
  manyIsQuery: boolean,
  tolerance: number,
  edges: EdgeList,
  manySolved: Uint8Array,
  oneSolved: Uint8Array,
): void {
  for (let from = 0; from < many.length; from++) {
    for (let to = from + 2; to <= Math.min(many.length, from + MAX_JOIN); to++) {
      // A run whose every token already has a near-exact single match needs no merging.
      let open = false;
      for (let i = from; i < to; i++) if (manySolved[i] === 0) open = true;
      if (!open) continue;
      // Most runs meet no token of about their length and first letter: the joined text is
      // made only for one that does (this runs for every alignment).
      const joinedLong = joinedLength(many, from, to);
      const head = joinedHead(many, from, to);
      let joined: string | undefined;
      for (let k = 0; k < one.length; k++) {
        if (oneSolved[k] === 1) continue;
        const single = one[k]!.text;
        if (Math.abs(single.length - joinedLong) > 3 || single[0] !== head) continue;
        if (dropsLeadingParticle(many[from]!, single)) continue;
        joined ??= joinText(many, from, to);
        if (differentServantObjects(joined, single)) continue;
        const similarity =
          single === joined ? 0.98 : editSimilarity(joined, single, tolerance) - 0.02;
        if (similarity <= 0) continue;
        if (manyIsQuery) addEdge(edges, from, to, k, k + 1, similarity, 'joined');
        else addEdge(edges, k, k + 1, from, to, similarity, 'joined');
      }
    }
  }
}

/**
 * Aligns a query reading with a listed reading: every token pair and every merge/split of adjacent
 * tokens is compared, the best non-overlapping pairs are kept greedily (order-free, so reordered
 * names align), and the score is the weighted share of matched parts, where unmatched query parts
 * cost more than unmatched listed parts (a list name often carries extra names the query omits).
 */
export function alignNames(
  query: NameForm,
  listed: NameForm,
  weigh: TokenWeigher,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): NameAlignment {
  return alignNamesFrom(query, listed, weigh, 0, undefined, options)!;
}

/**
 * alignNames, or undefined when what scoreEntity can make of the pair stays under `floor` (see
 * scoreCeiling; `supportable` narrows the tokens alias support may credit). Never undefined for a
 * floor of 0.
 */
export function alignNamesFrom(
  query: NameForm,
  listed: NameForm,
  weigh: TokenWeigher,
  floor: number,
  supportable?: SupportTest,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): NameAlignment | undefined {
  const q = query.tokens;
  const r = listed.tokens;
  // A pinyin reading guessed from Wade-Giles is not compared with the pinyin of Han characters:
  // two lossy readings of common syllables would meet by chance (Chou Hsien Cheng / 成周).
  if (
    (query.fromWadeGiles === true && listed.script === 'Hani') ||
    (listed.fromWadeGiles === true && query.script === 'Hani')
  ) {
    return floor > 0 ? undefined : noAlignment(q.length, r.length);
  }
  // Two names in the same script went through the same romanisation, so their readings differ
  // only where the names do: no transliteration drift to allow for (Лукашэвіч is not Лукашэнка).
  const sameScript = query.script !== undefined && query.script === listed.script;
  const romanised = (query.romanised || listed.romanised) && !sameScript;
  const syllabic = query.syllabic || listed.syllabic;
  const tolerance = syllabic ? 0 : options.tolerance * (romanised ? 1.3 : 1);
  const edges = clearedEdges();
  for (let i = 0; i < q.length; i++) {
    for (let j = 0; j < r.length; j++) {
      const match = compareTokens(q[i]!, r[j]!, romanised, tolerance);
      if (match !== undefined && !nameForGenericWord(q[i]!, r[j]!, match.similarity))
        addEdge(edges, i, i + 1, j, j + 1, match.similarity, match.evidence);
    }
  }
  if (hypocorismAtStart(q, r)) addEdge(edges, 0, 1, 0, 1, HYPOCORISM, 'equivalent');
  const { qSolved, rSolved, qUsed, rUsed } = tokenMarks(q.length, r.length);
  if (q.length > 1 || r.length > 1) {
    for (let k = 0; k < edges.count; k++) {
      const edge = edges.items[k]!;
      // Initials (0.9) do not count as solved: "A.B.C." must still be able to merge into "ABC".
      if (edge.similarity <= 0.9) continue;
      qSolved[edge.qFrom] = 1;
      rSolved[edge.rFrom] = 1;
    }
    joinEdges(q, r, tolerance, edges, qSolved, rSolved);
  }
  if (
    floor > 0 &&
    scoreCeiling(q, r, edges.items, weigh, options, syllabic, supportable, edges.count) < floor
  )
    return undefined;
  sortInPlace(edges.items, strongerFirst, edges.count);
  const kept: AlignedEdge[] = [];
  let numerator = 0;
  let denominator = 0;
  for (let k = 0; k < edges.count; k++) {
    const edge = edges.items[k]!;
    if (isUsed(qUsed, edge.qFrom, edge.qTo) || isUsed(rUsed, edge.rFrom, edge.rTo)) continue;
    qUsed.fill(1, edge.qFrom, edge.qTo);
    rUsed.fill(1, edge.rFrom, edge.rTo);
    // A matched part weighs what the listed part weighs: a typo in the query must not make a
    // common listed name look rare.
    let weight = 0;
    for (let j = edge.rFrom; j < edge.rTo; j++) weight += evidenceWeight(weigh, r[j]!);
    if (edge.evidence === 'initial')
      weight = Math.min(weight, evidenceWeight(weigh, q[edge.qFrom]!));
    numerator += weight * edge.similarity;
    denominator += weight;
    kept.push({
      qFrom: edge.qFrom,
      qTo: edge.qTo,
      rFrom: edge.rFrom,
      rTo: edge.rTo,
      similarity: edge.similarity,
      evidence: edge.evidence,
      weight,
    });
  }
  untangleTwins(kept, q, r);
  const unmatchedQuery: number[] = [];
  let queryExtra = 0;
  let queryConflict = 0;
  let queryLegal = 0;
  let queryGeneric = 0;
  let queryInitial = 0;
  for (let i = 0; i < q.length; i++) {
    if (qUsed[i] === 1) continue;
    unmatchedQuery.push(i);
    const weight = evidenceWeight(weigh, q[i]!);
    if (!syllabic && repeatsRareName(q, i, kept, weigh)) {
      // Not nothing: a score of 1 would say the names are the same as typed.
      denominator += weight * REPEATED_NAME_COST;
      continue;
    }
    queryExtra += weight;
    if (isIdentity(q[i]!)) queryConflict += weight;
    else if (q[i]!.role === 'legal') queryLegal += weight;
    else if (q[i]!.role === 'generic') queryGeneric += weight;
    else if (q[i]!.role === 'initial') queryInitial += weight;
  }
  const unmatchedListed: number[] = [];
  let listedExtra = 0;
  let listedConflict = 0;
  let listedLegal = 0;
  let listedGeneric = 0;
  let listedInitial = 0;
  // A Slavic patronymic the press leaves out ("Mikhail Gutseriev" for Mikhail Safarbekovich
  // Gutseriev) costs less than a missing name, once two other parts line up.
  const patronymicShare = kept.length >= 2 ? SLAVIC_PATRONYMIC_SHARE : 1;
  for (let j = 0; j < r.length; j++) {
    if (rUsed[j] === 1) continue;
    unmatchedListed.push(j);
    const weight = evidenceWeight(weigh, r[j]!) * (isSlavicPatronymic(r[j]!) ? patronymicShare : 1);
    listedExtra += weight;
    if (isIdentity(r[j]!)) listedConflict += weight;
    else if (r[j]!.role === 'legal') listedLegal += weight;
    else if (r[j]!.role === 'generic') listedGeneric += weight;
    else if (r[j]!.role === 'initial') listedInitial += weight;
  }
  // A match made only of common names (Mohammad Hassan) says little about who is meant: the names
  // either side leaves over count more against it (sift-match-4).
  const commonOnly = onlyCommonNamesKept(kept, r);
  const listedCost = !isShortForm(query, kept, q, r, unmatchedQuery, weigh)
    ? options.extraListedCost
    : holdsLongRareName(
          kept.filter((e) => holdsIdentity(q, e.qFrom, e.qTo)),
          r,
          weigh,
        )
      ? LONG_RARE_SHORT_FORM_COST
      : SHORT_FORM_LISTED_COST;
  const queryCost = isLongForm(query, listed, kept, q, r, unmatchedListed)
    ? LONG_FORM_QUERY_COST
    : options.extraQueryCost;
  const commonOnlyCost = commonOnly
    ? queryConflict * (COMMON_ONLY_QUERY_COST - queryCost) +
      listedConflict * Math.max(0, COMMON_ONLY_LISTED_COST - listedCost)
    : 0;
  denominator +=
    queryExtra * queryCost +
    listedExtra * listedCost +
    commonOnlyCost +
    Math.min(queryConflict, listedConflict) * options.conflictCost +
    // Two different legal forms (AG vs GmbH) mark sister companies, not one written two ways.
    Math.min(queryLegal, listedLegal) * options.conflictCost +
    // So do two different trade words where each other stands (Saudi Arabian Gas Company vs
    // Saudi Arabian Oil Company, BAE Systems vs BAE Industries; name_bench, session 11).
    (queryGeneric > 0 && listedGeneric > 0
      ? genericConflict(q, r, unmatchedQuery, unmatchedListed, weigh) * options.conflictCost
      : 0) +
    // In an organisation's name a lone letter is often a numeral or part of an acronym (Fund X,
    // L.P.), so only person names count initials as conflicts.
    (queryInitial + listedInitial > 0 && !q.some(isOrganisationWord) && !r.some(isOrganisationWord)
      ? initialConflict(queryInitial, queryConflict, listedInitial, listedConflict) *
        options.conflictCost
      : 0);
  let factor = 1;
  if (kept.length > 1 && swapsAroundPatronymic(kept, q, r)) factor *= options.patronymSwapFactor;
  // Only a name or number left over counts: "Deutsche Bank AG" against "Deutsche Bank" is no
  // one-of-two-names match.
  if (queryConflict > 0 && identityCount(r) === 1) factor *= options.mononymFactor;
  if (initialsCross(kept, r)) factor *= options.patronymSwapFactor;
  if (bindingBroken(kept, q, r)) factor *= options.patronymSwapFactor;
  let score = denominator > 0 ? (numerator / denominator) * factor : 0;
  // Han and Hangul readings are lossy (石 and 市 are both shi, 정 and 종 both jong): when both
  // names are written in one of them, the characters cap the score their readings reached.
  let characterScore: number | undefined;
  if (sameScript && query.characters !== undefined && listed.characters !== undefined) {
    characterScore = compareCharacters(query.characters, listed.characters);
    if (characterScore < score && score > 0) {
      factor *= characterScore / score;
      score = characterScore;
    }
  }
  const alignment: NameAlignment = {
    score,
    edges: kept,
    unmatchedQuery,
    unmatchedListed,
    numerator,
    denominator,
    factor,
  };
  if (characterScore !== undefined && characterScore < 1) alignment.characterScore = characterScore;
  if (queryCost !== options.extraQueryCost) alignment.queryCost = queryCost;
  if (commonOnly) {
    alignment.commonOnly = true;
    if (commonOnlyCost > 0) alignment.commonOnlyCost = commonOnlyCost;
  }
  return alignment;
}

/** Share of its weight a rare name typed twice costs the second time (see repeatsRareName). */
const REPEATED_NAME_COST = 0.1;

/**
 * True when query token `i` repeats, letter for letter, a rare name the query has matched exactly:
 * a name typed twice by mistake ("Shoigu Shoigu Sergey"; name_bench, session 11) says nothing more.
 * Common names are left out: they do repeat in real names (Mohamed Mohamed Abdi); so are Chinese
 * and Korean syllables, which given names double (文文, Wen Wen: 文 文 王 met WANG, Wen Chou).
 */
function repeatsRareName(
  q: readonly NameToken[],
  i: number,
  kept: readonly AlignedEdge[],
  weigh: TokenWeigher,
): boolean {
  const token = q[i]!;
  if (token.role !== 'name') return false;
  return kept.some(
    (e) =>
      e.qTo - e.qFrom === 1 &&
      e.similarity === 1 &&
      q[e.qFrom]!.text === token.text &&
      evidenceWeight(weigh, token) >= RARE_NAME_WEIGHT,
  );
}

/**
 * Weight of the trade words left unmatched on both sides, the lesser side's: each stands where the
 * other's does. A word that abbreviates one on the other side (Int'l, International) is the same
 * word, not a conflict.
 */
function genericConflict(
  q: readonly NameToken[],
  r: readonly NameToken[],
  unmatchedQuery: readonly number[],
  unmatchedListed: readonly number[],
  weigh: TokenWeigher,
): number {
  const queryWords = unmatchedQuery.map((i) => q[i]!).filter((t) => t.role === 'generic');
  const listedWords = unmatchedListed.map((j) => r[j]!).filter((t) => t.role === 'generic');
  const conflicting = (words: NameToken[], others: NameToken[]): number =>
    words
      .filter(
        (w) => !others.some((o) => abbreviates(w.text, o.text) || abbreviates(o.text, w.text)),
      )
      .reduce((sum, w) => sum + evidenceWeight(weigh, w), 0);
  return Math.min(conflicting(queryWords, listedWords), conflicting(listedWords, queryWords));
}

/** True when `short` is `long` with letters left out, from the same first letter (Intl, Mfg). */
function abbreviates(short: string, long: string): boolean {
  if (short.length >= long.length || short[0] !== long[0]) return false;
  let k = 0;
  for (const letter of long) if (letter === short[k]) k++;
  return k === short.length;
}

/**
 * Weight of the conflicts an unmatched initial adds to those of unmatched names: an initial left
 * over on one side where the other has a name or initial left over is another given name (Hans O
 * Friedrich is not Hans Joachim Friedrich, William G. Frost not William W Frost; name_bench,
 * session 11). Name against name is already a conflict; this counts only what initials add.
 */
function initialConflict(
  queryInitial: number,
  queryName: number,
  listedInitial: number,
  listedName: number,
): number {
  if (queryInitial === 0 && listedInitial === 0) return 0;
  return (
    Math.min(queryInitial + queryName, listedInitial + listedName) - Math.min(queryName, listedName)
  );
}

/** The alignment of two readings that are not to be compared: nothing matched, score 0. */
function noAlignment(queryLength: number, listedLength: number): NameAlignment {
  return {
    score: 0,
    edges: [],
    unmatchedQuery: Array.from({ length: queryLength }, (_, i) => i),
    unmatchedListed: Array.from({ length: listedLength }, (_, j) => j),
    numerator: 0,
    denominator: 0,
    factor: 1,
  };
}

/** Similarity of a given name and its hypocorism (Ted/Theodore): below an equivalent spelling. */
const HYPOCORISM = 0.85;

/**
 * True when both names open with a given name and its hypocorism (Ted Doe / Theodore Doe) and each
 * has another name part: a pet form is a given name's, and it must not carry a match alone.
 */
function hypocorismAtStart(query: readonly NameToken[], listed: readonly NameToken[]): boolean {
  const q = query[0];
  const r = listed[0];
  if (q === undefined || r === undefined || r.role !== 'name') return false;
  // A particle opening a name ("Ben Netanyahu") has no father's name before it to bind: when the
  // listed name opens with the given name it is a pet form of, it is that pet form (session 11).
  if (q.role !== 'name' && q.role !== 'particle') return false;
  // The table lookup first: this runs for every alignment, and most first names are no pet forms.
  if (!isHypocorism(q.text, r.text)) return false;
  const queryNames = query.filter(isIdentity).length + (q.role === 'particle' ? 1 : 0);
  return queryNames >= 2 && listed.filter(isIdentity).length >= 2;
}

/**
 * True when a patronymic names different fathers on the two sides: the name after "bin" in the
 * list is aligned with a query name that is not after "bin" in the query (X bin Y vs Y bin X).
 */
function swapsAroundPatronymic(
  edges: readonly AlignedEdge[],
  query: readonly NameToken[],
  listed: readonly NameToken[],
): boolean {
  const patronymic = (t: NameToken | undefined): boolean =>
    t !== undefined && t.role === 'particle' && particleKind(t.text) === 'patronymic';
  for (const edge of edges) {
    if (!patronymic(listed[edge.rFrom - 1]) || patronymic(query[edge.qFrom - 1])) continue;
    // The listed father's name sits elsewhere in the query; it is a swap only when the query
    // gives a father of its own.
    if (query.some(patronymic)) return true;
  }
  return false;
}

/**
 * The equivalence key of Ghulam (Gholam, Golam): "servant" in Persian and Urdu, it binds the name
 * after it as abd- does (Ghulam Nabi, Gholam Hossein), but the tables read it as a name.
 */
const GHULAM = 'gholam';

/** The Arabic particle that binds the name after it into a name of its own, if `token` is one. */
function binder(token: NameToken | undefined): 'kunya' | 'servant' | undefined {
  if (token === undefined) return undefined;
  // "Mohammad Nabi Omari", a Taliban governor, is not MOHAMMED OMAR GHULAM NABI (session 14).
  if (token.role === 'name' && token.keys.includes(GHULAM)) return 'servant';
  if (token.role !== 'particle') return undefined;
  const kind = particleKind(token.text);
  return kind === 'kunya' || kind === 'servant' ? kind : undefined;
}

/**
 * True when a matched name is bound into another name on one side only (sift-match-4): a kunya
 * makes "Abu Mohamed" the father of a Mohamed, not Mohamed himself (Mohamed Salah is not ABOU
 * MOHAMED SALAH), and abd- makes "Abdul Mahdi" one name where the other side has another name
 * before Mahdi (Adil Abdul-Mahdi is not ADIL ABDULLAH MAHDI). A missing Abdul alone is not enough:
 * the South Asian press often drops it (Rashid Dostum for Abdul Rashid Dostum).
 */
function bindingBroken(
  edges: readonly AlignedEdge[],
  query: readonly NameToken[],
  listed: readonly NameToken[],
): boolean {
  for (const edge of edges) {
    // A Persian or Pashto suffix after a name on one side only (Abbas Zadeh, Meshkini's alias)
    // makes the name part of a surname of its own: Abbaszadeh is not Abbas.
    if (boundSuffix(listed[edge.rTo]) !== boundSuffix(query[edge.qTo])) return true;
    const q = binder(query[edge.qFrom - 1]);
    const r = binder(listed[edge.rFrom - 1]);
    if (q === r) continue;
    if (q === 'kunya' || r === 'kunya') return true;
    // abd- on one side, another name in its place on the other.
    const otherBefore = q === 'servant' ? listed[edge.rFrom - 1] : query[edge.qFrom - 1];
    if (otherBefore !== undefined && isIdentity(otherBefore)) return true;
    // Written surname first, the other side's name has nothing before it, but its own abd- name
    // stands elsewhere ("MAHDI, Adil Abdallah" against Adil Abdul-Mahdi; sift-match-5).
    if (q === 'servant' && otherBefore === undefined && listed.some(isServantName)) return true;
  }
  return false;
}

/** Suffixes written apart that bind the name before them into a surname (Abbas Zadeh, Gul Khel). */
const BOUND_SUFFIXES = new Set(['zadeh', 'zada', 'zade', 'pour', 'khel']);

/** The bound suffix a token is, if any. */
function boundSuffix(token: NameToken | undefined): string | undefined {
  // The name tables read zadeh as a particle, the others as names.
  if (token === undefined || token.role === 'legal' || token.role === 'generic') return undefined;
  return BOUND_SUFFIXES.has(token.text) ? token.text : undefined;
}

/** True when a token is a joined abd- name of its own (Abdallah, Abdulrahman), not the particle. */
function isServantName(token: NameToken): boolean {
  return token.role === 'name' && token.text.length > 5 && token.text.startsWith('abd');
}

/** True when two matched listed initials appear in the opposite order in the query (C.B.A. vs A.B.C.). */
function initialsCross(edges: readonly AlignedEdge[], listed: readonly NameToken[]): boolean {
  const initials = edges.filter(
    (e) => e.rTo - e.rFrom === 1 && listed[e.rFrom]!.role === 'initial',
  );
  for (let a = 0; a < initials.length; a++) {
    for (let b = a + 1; b < initials.length; b++) {
      if ((initials[a]!.qFrom - initials[b]!.qFrom) * (initials[a]!.rFrom - initials[b]!.rFrom) < 0)
        return true;
    }
  }
  return false;
}

/** onlyCommonNames of the kept edges, without making the two arrays it reads (per alignment). */
function onlyCommonNamesKept(kept: readonly AlignedEdge[], listed: readonly NameToken[]): boolean {
  let any = false;
  for (const e of kept) {
    if (!holdsIdentity(listed, e.rFrom, e.rTo)) continue;
    any = true;
    if (e.weight > COMMON_NAME_WEIGHT) return false;
  }
  return any;
}

/** True when a token in [from, to) identifies (a name or number). */
function holdsIdentity(tokens: readonly NameToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isIdentity(tokens[i]!)) return true;
  return false;
}

/** Number of tokens that identify (names and numbers). */
function identityCount(tokens: readonly NameToken[]): number {
  let count = 0;
  for (const token of tokens) if (isIdentity(token)) count++;
  return count;
}

/** Marks of the tokens of each side: solved by a near-exact match, and taken by a kept edge. */
interface TokenMarks {
  qSolved: Uint8Array;
  rSolved: Uint8Array;
  qUsed: Uint8Array;
  rUsed: Uint8Array;
}

// One set of marks serves every alignment (alignNames runs to its end before another starts):
// four typed arrays made per alignment cost more than the alignment uses them for.
let marks: TokenMarks = {
  qSolved: new Uint8Array(32),
  rSolved: new Uint8Array(32),
  qUsed: new Uint8Array(32),
  rUsed: new Uint8Array(32),
};

/** The shared token marks, cleared for a query of `queryLength` and a listed name of `listedLength` tokens. */
function tokenMarks(queryLength: number, listedLength: number): TokenMarks {
  const size = Math.max(queryLength, listedLength);
  if (size > marks.qSolved.length) {
    const grown = Math.max(size, 2 * marks.qSolved.length);
    marks = {
      qSolved: new Uint8Array(grown),
      rSolved: new Uint8Array(grown),
      qUsed: new Uint8Array(grown),
      rUsed: new Uint8Array(grown),
    };
  }
  marks.qSolved.fill(0, 0, queryLength);
  marks.qUsed.fill(0, 0, queryLength);
  marks.rSolved.fill(0, 0, listedLength);
  marks.rUsed.fill(0, 0, listedLength);
  return marks;
}

/** True when any position in [from, to) is taken. */
function isUsed(used: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (used[i] === 1) return true;
  return false;
}
