import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from './find-mentions.ts';

describe('a speaker of parliament and an army commander named with their title', () => {
  it('are people, with the title set aside as their role', () => {
    const text =
      'Parliament Speaker Nabih Berri met the envoy on Monday. Speaker Berri told reporters the talks went well, as did Army Commander Rodolphe Haykal.';
    const mentions = findMentions(text);
    const people = mentions.filter((m) => m.type === 'person').map((m) => m.name);
    assert.ok(people.includes('Nabih Berri'), people.join(' | '));
    assert.ok(people.includes('Berri'), people.join(' | '));
    assert.ok(people.includes('Rodolphe Haykal'), people.join(' | '));
    const bodies = mentions.filter((m) => m.type !== 'person').map((m) => m.name);
    assert.ok(!bodies.some((b) => /Berri|Haykal/u.test(b)), bodies.join(' | '));
  });
});
