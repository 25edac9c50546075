import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../article-types.ts';
import { findMentions } from './find-mentions.ts';
import { findNestedPlaces } from './find-nested-places.ts';

const LEXICON = new Map([
  ['dhaka', 'place'],
  ['minnesota', 'place'],
  ['amsterdam', 'place'],
  ['san francisco', 'place'],
  ['north korea', 'country'],
  ['korea', 'country'],
  ['ai', 'country'],
  ['albania', 'country'],
  ['spain', 'country'],
]);

/** A mention of `name` at its first place in `text`. */
function mention(text: string, name: string, type: Mention['type']): Mention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type, source: 'nlp', name, honorifics: [] };
}

describe('findNestedPlaces', () => {
  it('finds a place at the front, after "of" or at the end of a longer name', () => {
    const text =
      'Dhaka University, the University of Minnesota, Vrije Universiteit Amsterdam, San Francisco Bay and the Prince of Spain.';
    const found = findNestedPlaces(
      [
        mention(text, 'Dhaka University', 'organization'),
        mention(text, 'University of Minnesota', 'organization'),
        mention(text, 'Vrije Universiteit Amsterdam', 'organization'),
        mention(text, 'San Francisco Bay', 'place'),
        mention(text, 'Prince of Spain', 'person'),
      ],
      LEXICON,
    );
    assert.deepEqual(
      found.map((m) => [m.name, m.type, text.slice(m.start, m.end)]),
      [
        ['Dhaka', 'place', 'Dhaka'],
        ['Minnesota', 'place', 'Minnesota'],
        ['Amsterdam', 'place', 'Amsterdam'],
        ['San Francisco', 'place', 'San Francisco'],
        ['Spain', 'place', 'Spain'],
      ],
    );
  });

  it('leaves whole place names, formal state names and two-letter codes alone', () => {
    const text = 'North Korea, the Republic of Albania, AI Taiwan and Albania Street.';
    const found = findNestedPlaces(
      [
        mention(text, 'North Korea', 'organization'),
        mention(text, 'Republic of Albania', 'place'),
        mention(text, 'AI Taiwan', 'organization'),
        mention(text, 'Albania Street', 'place'),
      ],
      LEXICON,
    );
    assert.deepEqual(
      found.map((m) => m.name),
      ['Albania'],
    );
  });

  it('reports the place inside an organisation’s name in the pipeline', () => {
    const text = 'She studied at the University of Minnesota before she moved.';
    const places = findMentions(text)
      .filter((m) => m.type === 'place')
      .map((m) => m.name);
    assert.deepEqual(places, ['Minnesota']);
  });
});
