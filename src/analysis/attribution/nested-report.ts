import type { Sentence } from '../article-types.ts';

// "…, the spokesman noted, Press TV reported.", "Beijing on Thursday said it will take …, AFP
// reports.": a closing "X reported" after a clause that has a speaker of its own. The outlet passed
// the words on; the one who said them is the subject of the inner clause's verb, and the outlet is
// the medium. Without a verb of saying in the inner clause ("Ten people died, Press TV reported")
// the outlet stays the source.
const OUTLET_VERB = /^(?:reported|reports|quoted)$/i;
const COMMA_BEFORE = /,[”"’]?\s*$/u;

/**
 * Where the inner clause ends (its closing comma) when a sentence's cue is an outlet's "reported"
 * after a comma, with its subject right after that comma, else undefined. The caller reads the
 * inner clause for a verb of saying and its subject.
 */
export function nestedReportEnd(
  text: string,
  sentence: Sentence,
  cue: { start: number; end: number; text: string },
  sourceStart: number,
): number | undefined {
  if (!OUTLET_VERB.test(cue.text) || sourceStart >= cue.start) return undefined;
  const lead = text.slice(sentence.start, sourceStart);
  if (!COMMA_BEFORE.test(lead)) return undefined;
  return sentence.start + lead.lastIndexOf(',');
}
