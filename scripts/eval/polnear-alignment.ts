import type { Statement } from '../../src/analysis/index.ts';

/** A character span of a PolNeAR text (end exclusive). */
interface Span {
  start: number;
  end: number;
}

/**
 * Ways Sift's sentences and PolNeAR's spans can fail to line up, each of which would make the
 * sentence readings count wrongly: a sentence whose offsets do not slice back to its text, and a
 * cue span that no sentence holds or that runs across a sentence boundary (counted gold twice).
 */
export interface AlignmentProblems {
  spansOff: number;
  cuesUncovered: number;
  cuesAcross: number;
}

/** An empty tally of alignment problems. */
export function noAlignmentProblems(): AlignmentProblems {
  return { spansOff: 0, cuesUncovered: 0, cuesAcross: 0 };
}

/** Adds one document's alignment problems to `tally`. */
export function countAlignmentProblems(
  tally: AlignmentProblems,
  text: string,
  statements: readonly Statement[],
  cues: readonly Span[],
): void {
  const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();
  for (const s of statements)
    if (squeeze(text.slice(s.start, s.end)) !== squeeze(s.text)) tally.spansOff++;
  for (const cue of cues) {
    const holders = statements.filter((s) => s.start < cue.end && cue.start < s.end).length;
    if (holders === 0) tally.cuesUncovered++;
    if (holders > 1) tally.cuesAcross++;
  }
}
