import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../article-types.ts';
import { cutLeadingCountry } from './cut-leading-country.ts';

const LEXICON = new Map([['jeffrey', 'first']]);

/** A tagger mention of `name` in `text`. */
const tagged = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type, source: 'nlp', name, honorifics: [] };
};

describe('cutLeadingCountry', () => {
  it('cuts the country a title names off the person after it', () => {
    const text = 'said former U.S. ambassador to Lebanon Jeffrey Feltman.';
    const [person] = cutLeadingCountry(
      text,
      [tagged(text, 'Lebanon Jeffrey Feltman', 'person')],
      LEXICON,
    );
    assert.deepEqual([person?.name, person?.type], ['Jeffrey Feltman', 'person']);
  });

  it('splits a place run on from that country into a given name into the country and the person', () => {
    const text = 'said former U.S. ambassador to Lebanon Jeffrey Feltman.';
    const found = cutLeadingCountry(
      text,
      [tagged(text, 'Lebanon Jeffrey Feltman', 'place')],
      LEXICON,
    );
    assert.deepEqual(
      found.map((m) => [text.slice(m.start, m.end), m.name, m.type]),
      [
        ['Lebanon', 'Lebanon', 'place'],
        ['Jeffrey Feltman', 'Jeffrey Feltman', 'person'],
      ],
    );
    // A place that goes on with no given name stays whole ("in South Sudan State").
    const other = 'He lives in Sudan Upper Nile State.';
    const [place] = cutLeadingCountry(
      other,
      [tagged(other, 'Sudan Upper Nile State', 'place')],
      LEXICON,
    );
    assert.equal(place?.name, 'Sudan Upper Nile State');
  });
});
