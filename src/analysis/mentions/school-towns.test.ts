import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from './find-mentions.ts';

const typesOf = (text: string): string[] =>
  findMentions(text)
    .filter((m) => m.source !== 'pronoun')
    .map((m) => `${m.text}:${m.type}`);

describe('retypeSchoolTowns', () => {
  it('reads a town as the school the article names after it', () => {
    const text = 'In 1801, he was sent to Harrow, where he remained. He loved Harrow School.';
    assert.deepEqual(typesOf(text), ['Harrow:organization', 'Harrow School:organization']);
  });

  it('leaves the town a place when the article names no school after it', () => {
    assert.deepEqual(typesOf('In 1801, he was sent to Harrow, where he remained.'), [
      'Harrow:place',
    ]);
  });
});
