import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../article-types.ts';
import { dropNonNames } from './drop-non-names.ts';

/** Tagger mentions of every occurrence of `name` in `text`. */
const tagged = (text: string, name: string): Mention[] =>
  [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
    start: m.index,
    end: m.index + name.length,
    text: name,
    type: 'person',
    source: 'nlp',
    name,
    honorifics: [],
  }));

describe('dropNonNames', () => {
  it('drops a storm and its name alone through the text, and keeps the people', () => {
    const text = 'Cyclone Phailin made landfall. Phailin weakened, David Titley said.';
    const kept = dropNonNames(text, [
      ...tagged(text, 'Cyclone Phailin'),
      ...tagged(text, 'Phailin').slice(1),
      ...tagged(text, 'David Titley'),
    ]);
    assert.deepEqual(
      kept.map((m) => m.name),
      ['David Titley'],
    );
  });

  it('drops a one-word name written after "my", "your" or "our", through the text', () => {
    const text = 'Oh my God, did you see that? God knows. Ask Maria.';
    const kept = dropNonNames(text, [...tagged(text, 'God'), ...tagged(text, 'Maria')]);
    assert.deepEqual(
      kept.map((m) => m.name),
      ['Maria'],
    );
  });

  it('drops a part of a document named by its number, and keeps a name beside a number', () => {
    const text = 'Method 1 Cooking. See Step # 2 in Method One. Tab 3 of our book. Maria 2 sang.';
    const kept = dropNonNames(text, [
      ...tagged(text, 'Method'),
      ...tagged(text, 'Tab 3'),
      ...tagged(text, 'Maria'),
    ]);
    assert.deepEqual(
      kept.map((m) => m.name),
      ['Maria'],
    );
  });

  it('drops a website named as where something is posted, and keeps it as a company elsewhere', () => {
    const text = 'Put it on YouTube! YouTube said it would comply. Ask Maria.';
    const kept = dropNonNames(text, [
      ...tagged(text, 'YouTube').map((m): Mention => ({ ...m, type: 'organization' })),
      ...tagged(text, 'Maria'),
    ]);
    assert.deepEqual(
      kept.map((m) => `${m.name}@${String(m.start)}`),
      ['YouTube@19', 'Maria@53'],
    );
  });
});
