import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../article-types.ts';
import { joinSplitNames } from './join-split-names.ts';

/** A tagger mention of the first occurrence of `name` in `text`. */
const tagged = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type, source: 'nlp', name, honorifics: [] };
};

describe('joinSplitNames', () => {
  it('opens a name with the word and linking particle before it', () => {
    const text = 'The TTP, or Tehrik-e Taliban Pakistan, and Lashkar-e-Taiba claimed it.';
    const joined = joinSplitNames(text, [
      tagged(text, 'Tehrik', 'person'),
      tagged(text, 'Taliban Pakistan', 'place'),
      tagged(text, 'Taiba', 'place'),
    ]);
    assert.deepEqual(
      joined.map((m) => [m.name, m.type]),
      [
        ['Tehrik-e Taliban Pakistan', 'organization'],
        ['Lashkar-e-Taiba', 'organization'],
      ],
    );
  });

  it('takes a plural possessive before an organisation head word into the name', () => {
    const text =
      'The Pensioners’ Party of Serbia and Pensioners’ leaders met. Tom Jones’ Party ended.';
    const joined = joinSplitNames(text, [
      tagged(text, 'Pensioners', 'organization'),
      tagged(text, 'Party of Serbia', 'organization'),
      tagged(text, 'Tom Jones', 'person'),
    ]);
    assert.deepEqual(
      joined.map((m) => m.name),
      ['Pensioners’ Party of Serbia', 'Tom Jones'],
    );
    // A name that is no organisation's head word keeps the possessive before it apart.
    const other = 'The Pensioners’ Kabul office shut.';
    assert.equal(joinSplitNames(other, [tagged(other, 'Kabul', 'place')])[0]?.name, 'Kabul');
  });
});
