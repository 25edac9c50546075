// A query word the name tables read as a particle can be a name in the name it stands in (session
// 23, issue #13). "An" of An Chol Hyok, a North Korean footballer, is the Korean surname 안, not an
// Arabic article; "Abdul" of Abdul Shakoor, a Pakistani minister, is the first half of his given
// name Abd al-Shakur, not a particle. Left unmatched as a particle it costs next to nothing, so
// those two met KIM, Hyok Chol and SHAKOOR, Muhammad as though the query had only dropped a word.
// When the listed name leaves out a name of the same kind (the surname Kim; the given name
// Muhammad), the two names disagree on that part: the query names someone else.
import { isKoreanSurnameSpelling, isRomanisedSyllable, particleKind } from '../names/index.ts';
import type { NameForm, NameToken } from '../names/index.ts';
import type { NameAlignment } from './align-names.ts';

/** Factor on such a match, as for a dropped given name: an exact one falls under the threshold. */
export const DISAGREEING_NAME_FACTOR = 0.85;

/**
 * True when the query leaves out, as a particle, a Korean surname before or after Korean syllables
 * while the listed name leaves out a Korean surname of its own, or the abd of a servant given name
 * written apart at the start ("Abdul Shakoor") whose object is matched while the listed name
 * leaves out a name. Further in ("Majeed Abdul Chaudhry") abd need not start a given name.
 */
export function leavesOutDisagreeingName(
  alignment: NameAlignment,
  query: NameForm,
  listed: NameForm,
): boolean {
  const listedLeftOut = alignment.unmatchedListed
    .map((j) => listed.tokens[j]!)
    .filter((t) => t.role === 'name');
  if (listedLeftOut.length === 0) return false;
  for (const i of alignment.unmatchedQuery) {
    const token = query.tokens[i]!;
    if (token.role !== 'particle') continue;
    if (
      isKoreanSurnameSpelling(token.text) &&
      isKoreanName(query.tokens, i) &&
      listedLeftOut.some((t) => isKoreanSurnameSpelling(t.text))
    )
      return true;
    if (i === 0 && particleKind(token.text) === 'servant' && isMatched(alignment, 1)) return true;
  }
  return false;
}

/** True when the surname at `at` (first or last) stands beside two or more romanised syllables. */
function isKoreanName(tokens: readonly NameToken[], at: number): boolean {
  if (at !== 0 && at !== tokens.length - 1) return false;
  const others = tokens.filter((_, k) => k !== at);
  return others.length >= 2 && others.every((t) => isRomanisedSyllable(t.text));
}

/** True when query token `i` is part of a matched pair. */
function isMatched(alignment: NameAlignment, i: number): boolean {
  return alignment.edges.some((e) => e.qFrom <= i && i < e.qTo);
}
