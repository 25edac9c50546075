import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../article-types.ts';
import { retypeGivenNamePlaces } from './given-name-places.ts';

const LEXICON = new Map([
  ['laura', 'first'],
  ['eugene', 'first'],
  ['victoria', 'first'],
  ['oregon', 'place'],
]);

/** Tagger mentions of `name` in `text`, every occurrence. */
const tagged = (text: string, name: string, type: Mention['type']): Mention[] =>
  [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
    start: m.index,
    end: m.index + name.length,
    text: name,
    type,
    source: 'nlp',
    name,
    honorifics: [],
  }));

describe('retypeGivenNamePlaces', () => {
  it('makes a given name the tagger read as a place a person when no use of it is a place', () => {
    const text = "She couldn't carry Laura. She had to be – Laura – She could hold her.";
    const types = retypeGivenNamePlaces(text, tagged(text, 'Laura', 'place'), LEXICON).map(
      (m) => m.type,
    );
    assert.deepEqual(types, ['person', 'person']);
  });

  it('keeps a city named like a person after a preposition of place or beside a place', () => {
    const inTown = 'We spent a night in Eugene. Eugene was lovely.';
    assert.deepEqual(
      retypeGivenNamePlaces(inTown, tagged(inTown, 'Eugene', 'place'), LEXICON).map((m) => m.type),
      ['place', 'place'],
    );
    const listed = 'Salt is iodised in Oregon, Victoria and elsewhere.';
    assert.equal(
      retypeGivenNamePlaces(listed, tagged(listed, 'Victoria', 'place'), LEXICON)[0]?.type,
      'place',
    );
  });

  it('leaves names the lexicon does not know as given names alone', () => {
    const text = 'The ferry reached Busuanga. Busuanga was quiet.';
    assert.equal(
      retypeGivenNamePlaces(text, tagged(text, 'Busuanga', 'place'), LEXICON)[0]?.type,
      'place',
    );
  });
});
