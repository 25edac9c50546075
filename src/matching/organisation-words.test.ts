import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';

// Rarity as the lists give it: names are rare; trade words and initials weigh 0.35, the rest 0.3.
const weigh: TokenWeigher = (t) =>
  t.role === 'name' || t.role === 'number'
    ? 1
    : t.role === 'generic' || t.role === 'initial'
      ? 0.35
      : 0.3;
const form = (name: string) => analyzeName(name, 'organisation').forms[0]!;
const score = (a: string, b: string) => alignNames(form(a), form(b), weigh).score;

describe('words of organisation names', () => {
  it('reads an ampersand as the word "and"', () => {
    assert.equal(score('AT&T Inc.', 'AT and T Inc.'), 1);
    assert.equal(score('Procter & Gamble Co.', 'Procter and Gamble Co.'), 1);
  });
});

describe('trade words standing where each other stand', () => {
  it('counts two different trade words as a conflict', () => {
    assert.ok(score('Saudi Arabian Gas Company', 'Saudi Arabian Oil Company') < 0.82);
    assert.ok(score('BAE Systems, Inc.', 'BAE Industries, Inc.') < 0.82);
  });

  it('does not count an abbreviated trade word as another word', () => {
    assert.ok(score('First Bank Intl', 'First International Bank') >= 0.82);
  });
});

describe('initials of person names', () => {
  const person = (name: string) => analyzeName(name, 'person').forms[0]!;
  const personScore = (a: string, b: string) => alignNames(person(a), person(b), weigh).score;

  it('counts an initial where the other name has another given name as a conflict', () => {
    assert.ok(personScore('Hans O Friedrich', 'Hans Joachim Friedrich') < 0.82);
    assert.ok(personScore('Frost, William G.', 'William W Frost') < 0.82);
  });

  it('still matches an initial with the given name it stands for', () => {
    assert.ok(personScore('Hans J Friedrich', 'Hans Joachim Friedrich') >= 0.82);
  });
});

describe('regions in organisation names', () => {
  it('lets a company name stand for its regional company (Faberlic, FABERLIC EUROPE)', () => {
    assert.ok(score('Faberlic', 'FABERLIC EUROPE Sp. z o.o.') >= 0.82);
  });
});
