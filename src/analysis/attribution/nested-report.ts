import type { Sentence } from '../article-types.ts';

// "…, the spokesman noted, Press TV reported.": a closing "X reported" after a clause that already
// closes on its own speech verb. The outlet passed the words on; the one who said them is the
// subject of the inner verb, and the outlet is the medium.
const OUTLET_VERB = /^(?:reported|reports|quoted)$/i;
const INNER_CLAUSE_END = /\s(\p{Ll}+),[”"’]?\s*$/u;

/**
 * Where the inner clause ends (its closing comma) when a sentence's cue is an outlet's "reported"
 * right after another clause of saying ("…, the spokesman noted, Press TV reported."), else
 * undefined. `isSpeechVerb` tells whether the word before that comma is a verb of saying.
 */
export function nestedReportEnd(
  text: string,
  sentence: Sentence,
  cue: { start: number; end: number; text: string },
  sourceStart: number,
  isSpeechVerb: (word: string) => boolean,
): number | undefined {
  if (!OUTLET_VERB.test(cue.text) || sourceStart >= cue.start) return undefined;
  const lead = text.slice(sentence.start, sourceStart);
  const inner = INNER_CLAUSE_END.exec(lead);
  if (inner === null || !isSpeechVerb(inner[1] ?? '')) return undefined;
  return sentence.start + lead.lastIndexOf(',');
}
