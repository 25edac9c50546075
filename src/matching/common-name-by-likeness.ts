// A common name the query spelt out, met by a likeness of spelling with a rarer listed name (issue
// #13, session 22): "Omar Sharif", an actor, against AMAR SHARIF; "Omar Abdulrahman", a
// footballer, against ABDERRAHMANE OULD EL AMAR; "Mohammed Saleh Hamid", a Syrian minister,
// against MUHAMMAD HAMEIDA SALEH. Omar and Hamid are names many listed people bear, so the query
// wrote a name as it is usually written, not a slip of the keyboard; the listed name it is a letter
// or two from is a rarer, different name (عمار is not عمر). The alignment weighs the matched part
// by the listed, rarer name, so the likeness counts as the rare name's evidence.
import type { NameForm } from '../names/index.ts';
import type { NameAlignment, TokenWeigher } from './align-names.ts';
import { evidenceWeight, RARE_CREDIT_FROM } from './name-evidence.ts';

/** Factor on such a match: an alert at 0.93 (Omar Sharif) falls under the threshold. */
export const COMMON_NAME_BY_LIKENESS_FACTOR = 0.85;

/**
 * How much rarer (in weight) the listed name must be than the query's for the likeness to overstate
 * the evidence: names about as common as each other (John, Juan; Sultan, Salman; the Korean
 * syllables Yong, Jong) credit the match about what the query's name is worth anyway. Omar (0.64)
 * and Amar (0.95) are 0.31 apart.
 */
export const RARER_BY = 0.2;

/**
 * True when a name the query typed in Latin letters, one many listed entities bear (weight under
 * RARE_CREDIT_FROM), matches a listed name rarer by RARER_BY only by likeness: a typo, a sound, an
 * approximate reading, not the same text or an equivalent spelling from the tables.
 */
export function meetsRarerNameByLikeness(
  alignment: NameAlignment,
  query: NameForm,
  listed: NameForm,
  weigh: TokenWeigher,
): boolean {
  // A reading romanised from another script meets the lists' spellings only approximately.
  if (query.romanised) return false;
  return alignment.edges.some((edge) => {
    if (edge.similarity >= 1 || edge.qTo - edge.qFrom !== 1 || edge.rTo - edge.rFrom !== 1)
      return false;
    if (
      edge.evidence !== 'typo' &&
      edge.evidence !== 'phonetic' &&
      edge.evidence !== 'transliteration'
    )
      return false;
    const queryToken = query.tokens[edge.qFrom]!;
    const listedToken = listed.tokens[edge.rFrom]!;
    if (queryToken.role !== 'name' || listedToken.role !== 'name') return false;
    // The listed name cut short is a slip of another kind, an ending left off ("Michel Obama" for
    // Michelle, a name_bench pair), not a different name a letter or two away.
    if (listedToken.text.startsWith(queryToken.text)) return false;
    const queryWeight = evidenceWeight(weigh, queryToken);
    return (
      queryWeight < RARE_CREDIT_FROM && evidenceWeight(weigh, listedToken) - queryWeight >= RARER_BY
    );
  });
}
