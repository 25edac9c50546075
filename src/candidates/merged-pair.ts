// Adjacent query tokens looked up as one ("Siraj udin" → "sirajudin"; "Abdul Salam" →
// "abdulsalam"), and when such a merge is evidence of its own (session 13, issue #13).
import type { NameToken } from '../names/index.ts';
import { isBlockingToken } from './candidate-index.ts';
import type { CandidateIndex } from './candidate-index.ts';
import { similarPairsOfText } from './similar-terms.ts';

/** A part this short may be a fragment split off a name (ud, din, haq, llah): merges go fuzzy. */
const FRAGMENT_LENGTH = 4;

/**
 * The listed terms the merge of two adjacent query tokens reaches, as [term, weight, …]: merged
 * text is looked up exactly, and fuzzily when one part is short enough to be a fragment.
 */
export function mergedPairTerms(
  index: CandidateIndex,
  first: NameToken,
  second: NameToken,
): number[] {
  const text = first.text + second.text;
  if (Math.min(first.text.length, second.text.length) <= FRAGMENT_LENGTH) {
    const merged: NameToken = { ...second, text, keys: [], sound: '', role: 'name' };
    return similarPairsOfText(index, merged, true);
  }
  const id = index.terms.get(text);
  return id === undefined ? [] : [id, 1];
}

/**
 * True when every token of a merge is a common name in its own right ("Muhammad Ali"). The
 * index files every listed run of adjacent tokens under their merge, so such a merge reaches
 * every "Muhammad Ali al-…" reading as if by a rare token and counts the names a second time: the
 * readings of dozens of Muhammad Alis then outranked the one holding the query's rare family name
 * (OFAC's AL-HOUTHI, Mohamed Ali, never a candidate of "Muhammad Ali al-Huthi"). Such a merge is
 * checked like a common token instead, where it only counts on readings that hold the names
 * joined ("Mohammadali"). A particle counts as common: "ali al" reached every "Ali al-…". So do
 * common legal and trade words (session 21): "Trading Pte Ltd" merged reached hundreds of listed
 * trading companies, counted their words twice, and OFAC's RAVEN INTERNATIONAL TRADE LIMITED was
 * never a candidate of "Raven Trading Pte Ltd".
 */
export function isCommonMerge(
  parts: readonly NameToken[],
  isCommon: (token: NameToken) => boolean,
): boolean {
  return parts.every(
    (token) =>
      token.role === 'particle' ||
      (token.role !== 'number' && isBlockingToken(token) && isCommon(token)),
  );
}
