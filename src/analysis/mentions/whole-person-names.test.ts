import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../article-types.ts';
import { wholePersonNames } from './whole-person-names.ts';

const ROLES = new Set(['police', 'officer', 'for', 'and']);

/** A person mention the tagger gave for `name`, found at its first place in `text`. */
function taggedPerson(text: string, name: string): Mention {
  const start = text.indexOf(name);
  return {
    start,
    end: start + name.length,
    text: name,
    name,
    type: 'person',
    source: 'nlp',
    honorifics: [],
  };
}

describe('wholePersonNames', () => {
  it('takes in a rare first name the tagger left out after a role word', () => {
    const text = 'Tank District Police Officer Iftikhar Ali Shah confirmed the casualties.';
    const [shah] = wholePersonNames(text, [taggedPerson(text, 'Ali Shah')], ROLES);
    assert.equal(shah?.name, 'Iftikhar Ali Shah');
    assert.equal(text.slice(shah.start, shah.end), 'Iftikhar Ali Shah');
  });

  it('leaves the last word of a longer title out of the name', () => {
    const text = 'the Under Secretary for Terrorism and Financial Intelligence Brian Nelson said.';
    const [nelson] = wholePersonNames(text, [taggedPerson(text, 'Brian Nelson')], ROLES);
    assert.equal(nelson?.name, 'Brian Nelson');
  });

  it('leaves a German descriptor before a name out of it ("die Oligarchen Alisher Usmanov")', () => {
    const text =
      'Auch die Oligarchen Alisher Usmanov und Petr Aven sind betroffen, wie der Stellvertreter Naim Kassem.';
    const names = wholePersonNames(
      text,
      [taggedPerson(text, 'Alisher Usmanov'), taggedPerson(text, 'Naim Kassem')],
      ROLES,
    ).map((m) => m.name);
    assert.deepEqual(names, ['Alisher Usmanov', 'Naim Kassem']);
  });
});

describe('wholePersonNames with a capitalised common word', () => {
  it('takes in a given name that is also a common word inside a sentence ("artist Max Ernst")', () => {
    const text = 'It was made by the Surrealist artist Max Ernst, and he wrestled Rock Howard.';
    const names = wholePersonNames(
      text,
      [taggedPerson(text, 'Ernst'), taggedPerson(text, 'Howard')],
      ROLES,
    );
    assert.deepEqual(
      names.map((m) => [m.name, text.slice(m.start, m.end)]),
      [
        ['Max Ernst', 'Max Ernst'],
        ['Rock Howard', 'Rock Howard'],
      ],
    );
  });

  it('leaves a capitalised common word opening a sentence or after "the" out of the name', () => {
    const text = 'Still Howard waited. He met the Rock Howard fans.';
    const names = wholePersonNames(
      text,
      [taggedPerson(text, 'Howard'), { ...taggedPerson(text, 'Howard'), start: 35, end: 41 }],
      ROLES,
    );
    assert.deepEqual(
      names.map((m) => m.name),
      ['Howard', 'Howard'],
    );
  });
});
