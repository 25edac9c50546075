import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../article-types.ts';
import { retypePossessiveVenues } from './possessive-venues.ts';

/** A tagger mention of the first `name` in `text`. */
const tagged = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type, source: 'nlp', name, honorifics: [] };
};

describe('retypePossessiveVenues', () => {
  it('reads a possessive name after a preposition of place, with no noun after it, as a venue', () => {
    for (const text of [
      "I'm going to Saxby's right after.",
      'the first cricket match at Lord’s in 1805',
      "We went in Spencer's, but she didn't like it.",
    ]) {
      const name = /(Saxby|Lord|Spencer)/.exec(text)?.[1] ?? '';
      assert.equal(retypePossessiveVenues(text, [tagged(text, name, 'person')])[0]?.type, 'place');
    }
  });

  it('keeps a person whose possessive owns a noun, or whom the article names in full', () => {
    const owned = "She spoke to Smith's lawyers.";
    assert.equal(
      retypePossessiveVenues(owned, [tagged(owned, 'Smith', 'person')])[0]?.type,
      'person',
    );
    const named = "Jimmy Fallon hosted. We met at Fallon's.";
    const found = retypePossessiveVenues(named, [
      tagged(named, 'Jimmy Fallon', 'person'),
      { ...tagged(named, "Fallon's", 'person'), text: 'Fallon', name: 'Fallon' },
    ]);
    assert.deepEqual(
      found.map((m) => m.type),
      ['person', 'person'],
    );
  });
});
