import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOf } from './test-speakers.ts';
import { CUE_THRESHOLD, cueRate, findCueWords } from './attribution-cues.ts';

function cues(text: string): string[] {
  return findCueWords(text, 0, text.length, () => true).map((w) => w.key);
}

describe('findCueWords', () => {
  it('rates speech verbs above thoughts, and thoughts above say-like nouns', () => {
    assert.ok(cueRate('said') > cueRate('believes'));
    assert.ok(cueRate('believes') > cueRate('statement'));
    assert.ok(cueRate('statement') >= CUE_THRESHOLD);
  });

  it('reads a passive form apart from the active one and ignores an unlisted passive', () => {
    assert.deepEqual(cues('She was told to leave.'), ['be told']);
    assert.deepEqual(cues('They were referred to a doctor.'), []);
  });

  it('reads a progressive form ("is saying", "isn\'t saying") as the active verb', () => {
    assert.deepEqual(cues('Trump is demanding an end to it.'), ['demanding']);
    assert.deepEqual(cues("The mayor isn't saying much."), ['saying']);
  });

  it('reads a stance adjective after a form of to be, negated or with a degree adverb', () => {
    assert.deepEqual(cues('Republicans weren’t too concerned about it.'), ['be concerned']);
    assert.deepEqual(cues('She’s so frustrated that the state cut funds.'), ['be frustrated']);
    assert.ok(!cues('He’s sought a delay.').includes('be sought'));
  });

  it('rates a verb form after a definite determiner or a possessive as a say-like noun', () => {
    const text = 'The minister rejected the claims, saying they were false.';
    const found = findCueWords(text, 0, text.length, () => true);
    assert.equal(found[0]?.key, 'saying');
    assert.equal(found.find((w) => w.key === 'claims')?.rate, cueRate('statement'));
    // "a reported £300k-a-week" stays a cue, and "claims" with a subject stays a speech verb.
    assert.equal(cues('The group claims it fired the rockets.')[0], 'claims');
    assert.ok(cueRate('claims') > cueRate('statement'));
  });

  it("gives a participle after a noun object the main clause's subject, not the noun", () => {
    assert.deepEqual(
      speakersOf(
        'Iranian Foreign Minister Abbas Araghchi arrived in Oslo on Monday. The minister rejected the claims, saying the sanctions were illegal.',
      ),
      [null, 'Abbas Araghchi'],
    );
  });

  it('takes a colon after a short lead for a headline cue', () => {
    assert.equal(cues('Poll: Voters back the plan.')[0], ':head');
    assert.ok(!cues('Among them: a deduction for interest.').includes(':head'));
  });

  it('takes no cue from a time stamp, a page label or a web address', () => {
    assert.ok(!cues('4:40 p.m.: The polls closed.').some((k) => k.startsWith(':')));
    assert.ok(!cues('Editor’s Note: This is part 3.').some((k) => k.startsWith(':')));
    assert.ok(!cues('See http://example.com for more.').some((k) => k.startsWith(':')));
  });

  it('does not take a name or a common noun for a cue', () => {
    assert.deepEqual(cues('Islamic State fighters crossed into the United States.'), []);
  });

  it('takes a verb of reaction or manner of speaking for a cue beside a quote only', () => {
    assert.deepEqual(cues('“This is a disgrace,” Raad reacted.'), ['reacted']);
    assert.ok(cues('The lawyer sighed: “We will appeal.”').includes('sighed'));
    assert.deepEqual(cues('Markets reacted calmly to the news.'), []);
    assert.deepEqual(cues('The crowd roared as the team came out.'), []);
  });

  it('speaks for the person named after a quote with "reacted"', () => {
    assert.deepEqual(
      speakersOf('“We were never consulted,” reacted Samir Raad, the council head.'),
      ['Samir Raad'],
    );
  });

  it('takes "continued" for a cue beside a quote only', () => {
    assert.deepEqual(cues('“This is not who we are,” she continued.'), ['continued']);
    assert.ok(cues('Limbaugh continued: “They are demanding this.”').includes('continued'));
    assert.deepEqual(cues('The fighting continued into the night.'), []);
  });

  it('takes neither a reply that did not come nor a credit line for a statement', () => {
    assert.ok(!cues('His lawyer did not immediately respond to requests.').includes('respond'));
    assert.deepEqual(cues('The mayor hasn’t replied.'), []);
    assert.deepEqual(cues('Jane Doe contributed reporting.'), []);
    assert.deepEqual(cues('His lawyer responded on Friday.'), ['responded']);
  });

  it('reads "the alleged attacker" as a description and "a lawsuit that alleged" as a claim', () => {
    assert.deepEqual(cues('Police shot the alleged attacker.'), []);
    assert.deepEqual(cues('A lawsuit that alleged fraud was filed.'), ['alleged']);
  });

  it('reads "an informed choice" as a description and "She informed the court" as a statement', () => {
    assert.deepEqual(cues('Voters need facts to make an informed choice.'), []);
    assert.deepEqual(cues('She informed the court of the delay.'), ['informed']);
  });

  it('counts comparisons and thanks as speech acts', () => {
    assert.deepEqual(cues('Trump likened the refugees to a snake.'), ['likened']);
    assert.deepEqual(cues('Cruz thanked Trump on Twitter.'), ['thanked']);
  });

  it('leaves words inside quotation marks out when asked to', () => {
    const text = '“I said no,” she added.';
    const words = findCueWords(text, 0, text.length, (start) => start > 12);
    assert.deepEqual(
      words.map((w) => w.key),
      ['added'],
    );
  });
});
