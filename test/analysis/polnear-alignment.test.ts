import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unattributedStatement } from '../../src/analysis/attribution/attribute-statements.ts';
import {
  countAlignmentProblems,
  noAlignmentProblems,
} from '../../scripts/eval/polnear-alignment.ts';

const TEXT = 'Smith said no. The rest is quiet.';
const sentence = (text: string) => {
  const start = TEXT.indexOf(text);
  return unattributedStatement({ start, end: start + text.length, text });
};
const SENTENCES = [sentence('Smith said no.'), sentence('The rest is quiet.')];

describe('the PolNeAR alignment check of the attribution eval', () => {
  it('finds nothing when each cue lies inside one sentence', () => {
    const tally = noAlignmentProblems();
    countAlignmentProblems(tally, TEXT, SENTENCES, [{ start: 6, end: 10 }]);
    assert.deepEqual(tally, { spansOff: 0, cuesUncovered: 0, cuesAcross: 0 });
  });

  it('counts a cue span that runs across a sentence boundary', () => {
    const tally = noAlignmentProblems();
    countAlignmentProblems(tally, TEXT, SENTENCES, [{ start: 11, end: 19 }]);
    assert.equal(tally.cuesAcross, 1);
  });

  it('counts a sentence whose offsets do not slice back to its text', () => {
    const tally = noAlignmentProblems();
    const shifted = { ...sentence('The rest is quiet.'), start: 14, end: 32 };
    countAlignmentProblems(tally, TEXT, [SENTENCES[0] ?? shifted, shifted], []);
    assert.equal(tally.spansOff, 1);
  });

  it('counts a cue outside every sentence', () => {
    const tally = noAlignmentProblems();
    countAlignmentProblems(tally, `${TEXT} Tail`, SENTENCES, [{ start: 34, end: 38 }]);
    assert.equal(tally.cuesUncovered, 1);
  });
});
