import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from './find-mentions.ts';
import { findStatePlaces } from './find-state-places.ts';

describe('findStatePlaces', () => {
  it('names a town and its US state abbreviation as two places', () => {
    const text =
      'Write to Eau Gallie, Fla. or to MYSTIC CONN. or to University Park PA 16802-6601.';
    assert.deepEqual(
      findStatePlaces(text).map((m) => m.text),
      ['Eau Gallie', 'Fla.', 'MYSTIC', 'CONN.', 'University Park', 'PA'],
    );
  });

  it('leaves a greeting and a postal code without a ZIP code alone', () => {
    assert.deepEqual(findStatePlaces('Hello, Pa. We met IN Boston, and PA said no.'), []);
  });

  it('wins over the tagger’s person and its place without the full stop', () => {
    const text = 'She wrote to me from Eau Gallie, Fla. in May. I live in Schenectady N.Y. now.';
    const places = findMentions(text)
      .filter((m) => m.type === 'place')
      .map((m) => m.text);
    assert.deepEqual(places, ['Eau Gallie', 'Fla.', 'Schenectady', 'N.Y.']);
  });
});
