import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cueOnlyError,
  holdsGoldCue,
  isGoldSentence,
  readAnn,
  sentenceError,
} from '../../scripts/eval/articles-attribution.ts';

// The shape of PolNeAR dev breitbart_2016-09-15 (pat-caddell): one cue, and a content span
// running over the two sentences of the quote that follow "said Caddell".
const TEXT =
  '“I am surprised,” said Caddell. “Yesterday, there were two polls. ' +
  'Morning Consult had similar numbers.” The race is close.';
const at = (s: string): { start: number; end: number } => {
  const start = TEXT.indexOf(s);
  return { start, end: start + s.length };
};
const span = (s: string): string => `${at(s).start} ${at(s).end}`;
const ANN = [
  `T1\tContent ${span('I am surprised,')};${span('Yesterday, there were two polls. Morning Consult had similar numbers.')}\tx`,
  `T2\tCue ${span('said')}\tsaid`,
  `T3\tSource ${span('Caddell')}\tCaddell`,
].join('\n');

describe('the PolNeAR sentence reading of the attribution eval', () => {
  const gold = readAnn(ANN);

  it('counts a sentence that holds the cue as attributed', () => {
    assert.equal(isGoldSentence(TEXT, at('“I am surprised,” said Caddell.'), gold), true);
  });

  it('counts a sentence inside the content span of a cue in another sentence as attributed', () => {
    assert.equal(isGoldSentence(TEXT, at('“Yesterday, there were two polls.'), gold), true);
    assert.equal(isGoldSentence(TEXT, at('Morning Consult had similar numbers.”'), gold), true);
  });

  it('leaves the writer’s sentence after the quote unattributed', () => {
    assert.equal(isGoldSentence(TEXT, at('The race is close.'), gold), false);
  });

  it('does not let a content span that runs one word into a sentence claim it', () => {
    const sentence = at('Morning Consult had similar numbers.”');
    const edge = { cues: [], contents: [{ start: sentence.start, end: sentence.start + 7 }] };
    assert.equal(isGoldSentence(TEXT, sentence, edge), false);
  });
});

describe('the kinds of error of the cue-only reading', () => {
  it('calls a gold cue sentence left unattributed missed', () => {
    assert.equal(cueOnlyError(true, true, false), 'missed');
  });

  it('tells a false sentence inside a content span from a false cue elsewhere', () => {
    assert.equal(cueOnlyError(false, true, true), 'falseInContent');
    assert.equal(cueOnlyError(false, false, true), 'falseElsewhere');
  });

  it('counts no error where the reading and Sift agree', () => {
    assert.equal(cueOnlyError(true, true, true), undefined);
    assert.equal(cueOnlyError(false, true, false), undefined);
  });
});

describe('the kinds of error of the sentence reading (issue #14 since session 18)', () => {
  const gold = readAnn(ANN);
  const errorOf = (sentence: string, predicted: boolean): string | undefined =>
    sentenceError(
      holdsGoldCue(gold, at(sentence)),
      isGoldSentence(TEXT, at(sentence), gold),
      predicted,
    );

  it('counts a quote’s later sentence that Sift attributes as right, as the guidelines bind it to the cue', () => {
    assert.equal(errorOf('“Yesterday, there were two polls.', true), undefined);
  });

  it('calls a quote’s later sentence left unattributed a missed continuation', () => {
    assert.equal(errorOf('Morning Consult had similar numbers.”', false), 'missedContinuation');
  });

  it('tells a missed cue sentence from a false one', () => {
    assert.equal(errorOf('“I am surprised,” said Caddell.', false), 'missedCue');
    assert.equal(errorOf('The race is close.', true), 'falseSentence');
  });
});
