import type { EvidenceKind } from '../core/index.ts';
import { nameEquivalents, withinOneEdit } from '../names/index.ts';
import type { NameToken } from '../names/index.ts';
import { sameKindOfCompany, sameTradeWord } from './company-words.ts';
import { editBudget, editCost } from './edit-cost.ts';
import { createPairCache } from './pair-cache.ts';
import { differentStems, isTheophoric } from './theophoric-stems.ts';

/** How similar two tokens are and why. */
export interface TokenMatch {
  similarity: number;
  evidence: EvidenceKind;
}

const VOWELS = /^[aeiouy]/;
// Pairs held in pairCache in all: a long batch of distinct names would otherwise keep every pair
// it compared. Past this many (a table of ~10-16 MB per thread) the cache starts again, which costs
// recomputed comparisons, never a different answer: a batch worker fills it in ~4,500 rows, and
// over 10,000 rows recomputes 12 % more pairs than with a million (<1 % of its CPU).
const MAX_CACHED_PAIRS = 500_000;
/** Evidence kinds numbered, so that the pair cache keeps one TokenMatch per kind and similarity. */
const EVIDENCE_CODES: Readonly<Record<EvidenceKind, number>> = {
  exact: 0,
  transliteration: 1,
  equivalent: 2,
  phonetic: 3,
  typo: 4,
  initial: 5,
  joined: 6,
  unmatched: 7,
};
const pairCache = createPairCache<TokenMatch>(
  MAX_CACHED_PAIRS,
  (match) => EVIDENCE_CODES[match.evidence],
  (match) => match.similarity,
);

/** True when two keys lists share a key. */
function shareKey(a: readonly string[], b: readonly string[]): boolean {
  for (const key of a) if (b.includes(key)) return true;
  return false;
}

/**
 * True for Romance given names that differ only by their gender ending (Antonio/Antonia,
 * Martin/Martina): one letter apart, yet different people far more often than typos.
 */
export function genderPair(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length === short.length + 1)
    return long.endsWith('a') && long.startsWith(short) && !/[aeiou]$/.test(short);
  if (long.length !== short.length) return false;
  const stem = short.slice(0, -1);
  const ends = short.slice(-1) + long.slice(-1);
  return long.startsWith(stem) && (ends === 'ao' || ends === 'oa');
}

/** Consonants of a token with doubled letters collapsed: abjads (Arabic, Hebrew) write no short vowels. */
export function consonantSkeleton(text: string): string {
  // One pass instead of two regular expressions: it runs for every romanised token pair compared.
  let skeleton = '';
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (SKELETON_DROPS.includes(code)) continue;
    // A run of one character collapses to one; line breaks are never a run (as /(.)\1+/ reads them).
    if (code === last && !LINE_BREAKS.includes(code)) continue;
    skeleton += text.charAt(i);
    last = code;
  }
  return skeleton;
}

/** The characters a consonant skeleton leaves out: vowels, y, h, w and the apostrophe. */
const SKELETON_DROPS: readonly number[] = Array.from("aeiouyhw'", (ch) => ch.charCodeAt(0));
/** The characters a regular expression's `.` does not match. */
const LINE_BREAKS: readonly number[] = [0x0a, 0x0d, 0x2028, 0x2029];

/** True when two romanised tokens share a consonant skeleton of at least three letters. */
function sameSkeleton(a: NameToken, b: NameToken): boolean {
  const sa = skeletonOf(a);
  return sa.length >= 3 && sa === skeletonOf(b);
}

// A token meets hundreds of others for the first time: its skeleton is made once, by token id.
const SKELETONS: string[] = [];

/** The consonant skeleton of a token's text, remembered by token id. */
function skeletonOf(token: NameToken): string {
  if (token.id < 0) return consonantSkeleton(token.text);
  return (SKELETONS[token.id] ??= consonantSkeleton(token.text));
}

/** Similarity of a Latvian or Lithuanian nominative and the bare name (Lavrovs/Lavrov). */
const BALTIC_ENDING = 0.9;
const BALTIC_SUFFIX = /^(.{3,}[^aeiouys])(s|as|is|us)$/;

/**
 * True when `inflected` is `bare` with a Latvian or Lithuanian nominative ending (Lavrovs,
 * Putinas, Sergejs for Sergej/Sergey): the stem must equal the bare name or be one edit off it,
 * and the bare name must end in a consonant, as the languages add the ending only there.
 */
export function balticEnding(inflected: string, bare: string): boolean {
  // Every ending ends in s: most pairs are refused here, before the expression runs.
  if (inflected.charCodeAt(inflected.length - 1) !== 115) return false;
  const match = BALTIC_SUFFIX.exec(inflected);
  if (match === null || /[aeious]$/.test(bare) || bare.length < 4) return false;
  const stem = match[1]!;
  return stem === bare || (stem.length >= 5 && withinOneEdit(stem, bare) && stem[0] === bare[0]);
}

/** A token with each run of one letter written once (Issa → isa). */
function undoubled(text: string): string {
  return text.replace(/(.)\1+/g, '$1');
}

/**
 * True when short tokens are more than one edit apart, a doubled letter counted as an edit: Amess
 * is Amos with two changes, not a spelling.
 */
function needsOneEdit(query: string, listed: string, shorter: number): boolean {
  return shorter <= SHORT_TOKEN && !withinOneEdit(query, listed);
}

/**
 * True when a letter is added to a typed token of three letters or fewer without doubling one
 * (Isa/Issa is a spelling): IRS is not IHRS, an acronym one letter longer is another body
 * (session 8).
 */
function addedToShortWord(
  query: string,
  listed: string,
  shorter: number,
  romanised: boolean,
): boolean {
  return (
    !romanised &&
    shorter <= 3 &&
    query.length !== listed.length &&
    undoubled(query) !== undoubled(listed)
  );
}

// Russian, Ukrainian and Bulgarian family names are formed with -ov/-ev/-in (-ova/-eva/-ina for
// women) on a stem that is often a name of its own (Turchin, Turchinov; Ivan, Ivanov): the stem
// and the name it forms are two family names, not two spellings of one (B. O. Unbegaun, *Russian
// Surnames*, Oxford 1972, ch. 1–3). Oleksandr Turchynov met Aleksandr TURCHIN at 0.84.
const SLAVIC_SURNAME_SUFFIXES = ['ov', 'ev', 'in', 'yn', 'ova', 'eva', 'ina', 'yna'];

/** True when one token is the other, of four letters or more, with a Slavic surname suffix. */
function addsSlavicSurnameSuffix(query: string, listed: string): boolean {
  const [short, long] = query.length < listed.length ? [query, listed] : [listed, query];
  if (short.length < SHORT_TOKEN || !long.startsWith(short)) return false;
  return SLAVIC_SURNAME_SUFFIXES.includes(long.slice(short.length));
}

/** Similarity of two numbers of the same length one digit apart. */
const NUMBER_NEIGHBOUR = 0.5;

/** Tokens this short on either side tolerate a single edit however cheap: Amos/Amess are two. */
const SHORT_TOKEN = 4;

// The answers of fixed similarity, one object each: most comparisons a query makes are new pairs,
// and an object per answer was garbage once the pair cache had numbered it (it shares equal answers
// anyway, so none is ever changed).
const SAME_TEXT: TokenMatch = { similarity: 1, evidence: 'exact' };
const SAME_ROMANISED: TokenMatch = { similarity: 1, evidence: 'transliteration' };
const NEIGHBOUR_NUMBER: TokenMatch = { similarity: NUMBER_NEIGHBOUR, evidence: 'typo' };
const INITIAL: TokenMatch = { similarity: 0.8, evidence: 'initial' };
const SAME_KIND_OF_WORD: TokenMatch = { similarity: 0.9, evidence: 'equivalent' };
const PARTICLES: TokenMatch = { similarity: 0.85, evidence: 'equivalent' };
const EQUIVALENT_NAMES: TokenMatch = { similarity: 0.95, evidence: 'equivalent' };
const GENDER_PAIR: TokenMatch = { similarity: 0.6, evidence: 'typo' };
const SWAPPED_LETTERS: TokenMatch = { similarity: 0.7, evidence: 'typo' };
const BALTIC: TokenMatch = { similarity: BALTIC_ENDING, evidence: 'transliteration' };
const SAME_SKELETON: TokenMatch = { similarity: 0.85, evidence: 'transliteration' };
const SAME_SOUND: TokenMatch = { similarity: 0.7, evidence: 'phonetic' };

/** True when each token is a spelling in the name tables and no table group holds both. */
function differentKnownNames(query: NameToken, listed: NameToken): boolean {
  const queryGroups = nameEquivalents(query.text);
  if (queryGroups.length === 0) return false;
  const listedGroups = nameEquivalents(listed.text);
  return listedGroups.length > 0 && !listedGroups.some((key) => queryGroups.includes(key));
}

/**
 * Similarity of two strings by weighted edit cost within the length-dependent budget, or 0;
 * `tolerance` widens the budget for romanised readings, which drift more than typed Latin names.
 */
export function editSimilarity(a: string, b: string, tolerance: number): number {
  const shorter = Math.min(a.length, b.length);
  const cost = editCost(a, b, editBudget(shorter, tolerance));
  return cost === Infinity ? 0 : 1 - cost / Math.max(a.length, b.length);
}

/**
 * Compares one query token with one listed token: exact, equivalent name, initial, typo within
 * the edit budget, or same sound; undefined when they do not match. `romanised` labels exact
 * agreement reached through transliteration.
 */
export function compareTokens(
  query: NameToken,
  listed: NameToken,
  romanised: boolean,
  tolerance: number,
): TokenMatch | undefined {
  // Token pairs recur across candidates and queries (list names repeat the same tokens), so
  // results are cached under a numeric key; the cache is dropped when large, not managed as LRU.
  if (query.id < 0 || listed.id < 0) return compareUncached(query, listed, romanised, tolerance);
  const outerKey =
    query.id * 8 + (romanised ? 4 : 0) + (tolerance === 0 ? 0 : tolerance === 1 ? 1 : 2);
  const known = pairCache.get(outerKey, listed.id);
  if (known !== undefined) return known ?? undefined;
  const match = compareUncached(query, listed, romanised, tolerance);
  pairCache.set(outerKey, listed.id, match ?? null);
  return match;
}

/** compareTokens without the cache. */
function compareUncached(
  query: NameToken,
  listed: NameToken,
  romanised: boolean,
  tolerance: number,
): TokenMatch | undefined {
  if (query.text === listed.text) {
    return romanised ? SAME_ROMANISED : SAME_TEXT;
  }
  if (query.role === 'number' && listed.role === 'number') {
    // One digit off in a series number (Trust 2004-1/2004-2, Fund III/IV, Snow Storm 1/2) names a
    // sister vessel or fund of the same sponsor: worth a look, never a match on its own.
    return query.text.length === listed.text.length && withinOneEdit(query.text, listed.text)
      ? NEIGHBOUR_NUMBER
      : undefined;
  }
  if (query.role === 'number' || listed.role === 'number') return undefined;
  if (query.role === 'initial' || listed.role === 'initial') {
    const initial = query.role === 'initial' ? query.text : listed.text;
    const full = query.role === 'initial' ? listed.text : query.text;
    return full.startsWith(initial) ? INITIAL : undefined;
  }
  if (query.role === 'legal' && listed.role === 'legal') {
    // Forms of one family (OAO, ZAO and JSC are all joint-stock companies; OOO is the Russian LLC)
    // are the same kind of company written two ways; any other pair stays unmatched.
    return sameKindOfCompany(query.text, listed.text) ? SAME_KIND_OF_WORD : undefined;
  }
  if (
    (query.role === 'generic' || listed.role === 'generic') &&
    sameTradeWord(query.text, listed.text)
  ) {
    return SAME_KIND_OF_WORD;
  }
  if (query.role === 'particle' && listed.role === 'particle') {
    return PARTICLES;
  }
  if (query.role === 'name' && listed.role === 'name' && shareKey(query.keys, listed.keys)) {
    return EQUIVALENT_NAMES;
  }
  if (genderPair(query.text, listed.text)) return GENDER_PAIR;
  // Two spellings of two different known names (Mohammadi, a family name of its own, and
  // Mohammad; Mahmood and Mohammad) are two names, however alike their letters.
  if (query.role === 'name' && listed.role === 'name' && differentKnownNames(query, listed)) {
    return undefined;
  }
  if (
    query.role === 'name' &&
    listed.role === 'name' &&
    addsSlavicSurnameSuffix(query.text, listed.text)
  )
    return undefined;
  // Two names in -ullah or -uddin are told apart by what comes before the suffix (sift-match-8).
  if (
    isTheophoric(query) &&
    isTheophoric(listed) &&
    differentStems(query.text, listed.text, tolerance)
  )
    return undefined;
  // Two letters swapped in a three-letter token (Sok/Sko) is a typo the budget would refuse.
  if (
    query.text.length === 3 &&
    listed.text.length === 3 &&
    editCost(query.text, listed.text, 0.8) <= 0.8 &&
    query.text.split('').sort().join('') === listed.text.split('').sort().join('')
  ) {
    return SWAPPED_LETTERS;
  }
  const shorter = Math.min(query.text.length, listed.text.length);
  // Tolerance 0 marks Chinese or Korean syllables, where one letter off is another character; a
  // long token there is a transcribed foreign name (克魯森 → kelusen), which drifts like any other.
  const mean = (query.text.length + listed.text.length) / 2;
  // The budget follows the mean length, so a letter added to a short token (Merz/Mertz) is a typo;
  // tokens of three letters or fewer on either side stay near-exact.
  const budget = editBudget(
    shorter <= 3 ? shorter : mean,
    tolerance === 0 && shorter >= 6 ? 1 : tolerance,
  );
  // One pass with twice the budget: within the budget it is a typo, beyond it only a shared sound
  // key keeps the pair, at a similarity too low to carry a match alone.
  const cost = editCost(query.text, listed.text, budget * 2);
  // A nominative ending is one grammatical edit however many letters it takes (Putinas).
  const baltic = balticEnding(query.text, listed.text) || balticEnding(listed.text, query.text);
  // The two word tests run only on pairs within the budget: most pairs are far beyond it.
  if (
    cost <= budget &&
    !needsOneEdit(query.text, listed.text, shorter) &&
    !addedToShortWord(query.text, listed.text, shorter, romanised)
  ) {
    const similarity = 1 - cost / Math.max(query.text.length, listed.text.length);
    if (baltic && similarity < BALTIC_ENDING) return BALTIC;
    return { similarity, evidence: romanised ? 'transliteration' : 'typo' };
  }
  if (baltic) return BALTIC;
  if (romanised && tolerance > 0 && sameSkeleton(query, listed)) {
    return SAME_SKELETON;
  }
  if (
    cost !== Infinity &&
    query.sound !== '' &&
    query.sound === listed.sound &&
    shorter >= 4 &&
    (query.text[0] === listed.text[0] || (VOWELS.test(query.text) && VOWELS.test(listed.text)))
  ) {
    return SAME_SOUND;
  }
  return undefined;
}

/**
 * Share of two Han or Hangul names that agrees character by character (longest common
 * subsequence), scored like a token alignment: a character missing on one side costs half its
 * weight (a quarter on the listed side), and a different character standing in its place a
 * further 0.8, since it is another syllable of another name (김정은/김종은, 高市/高石), not a
 * spelling. 1 when the characters are the same.
 */
export function compareCharacters(query: string, listed: string): number {
  if (query === listed) return 1;
  // Code points, not UTF-16 units: rarer Han characters lie outside the BMP.
  const a = Array.from(query);
  const b = Array.from(listed);
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const ca of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) {
      current[j + 1] = ca === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, current[j]!);
    }
    previous = current;
  }
  const common = previous[b.length]!;
  const extraQuery = a.length - common;
  const extraListed = b.length - common;
  const denominator =
    common + 0.5 * extraQuery + 0.25 * extraListed + 0.8 * Math.min(extraQuery, extraListed);
  return denominator > 0 ? common / denominator : 0;
}
