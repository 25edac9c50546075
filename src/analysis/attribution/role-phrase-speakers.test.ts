import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOf } from './test-speakers.ts';

describe('role phrases as speakers', () => {
  it('reports "the US representative" after a quote as the source', () => {
    const text =
      'The vote failed on Friday. "We will not accept this," the US representative said.';
    assert.deepEqual(speakersOf(text), [null, 'the US representative']);
  });

  it('keeps the country an office serves in the source ("The representative of the United States")', () => {
    const text =
      'The representative of the United States emphasized that the regime had murdered hundreds of thousands of people.';
    assert.deepEqual(speakersOf(text), ['The representative of the United States']);
  });

  it('gives "he wrote" after a quote to the person who opens its sentence, not the speaker before', () => {
    const text =
      '"Zarif implements the agenda," Treasury Secretary Steven Mnuchin said in a statement. Zarif promptly hit back on Twitter: "The reason is clear," he wrote.';
    assert.deepEqual(speakersOf(text), ['Steven Mnuchin', 'Zarif']);
  });

  it('gives a capitalised office ("The Home Minister further said") and the "he added" after it to the minister named before', () => {
    const text =
      'Home Minister Rafiq Hasan said the border was calm. The Home Minister further said, "We want peace." "Talks will go on," he added.';
    assert.deepEqual(speakersOf(text), ['Rafiq Hasan', 'Rafiq Hasan', 'Rafiq Hasan']);
  });

  it('keeps the article\'s case in a role phrase ("a Treasury spokesperson")', () => {
    const text = 'A Treasury spokesperson said the action was coordinated with allies.';
    assert.deepEqual(speakersOf(text), ['Treasury spokesperson']);
  });

  it('never gives "the spokesman said" to the person its own quote accuses', () => {
    const text =
      'Israel said it had killed a senior commander. "The spokesman Abu Obeida lies," the spokesman said.';
    assert.notEqual(speakersOf(text)[1], 'Abu Obeida');
  });
});
