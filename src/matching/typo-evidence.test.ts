import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';
import { restsOnTypo } from './typo-evidence.ts';

// Mohammad is common in the lists; the family names are rare.
const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.3 : t.text === 'mohammad' ? 0.48 : 1);
const form = (name: string) => analyzeName(name, 'person').forms[0]!;
const rests = (query: string, listed: string) =>
  restsOnTypo(alignNames(form(query), form(listed), weigh), form(query), form(listed));

describe('restsOnTypo', () => {
  it('flags a rare name met only two letters off with another consonant, beside a common one', () => {
    assert.equal(rests('Mohammad Khatami', 'KHADEMI, Mohammad'), true);
  });

  it('does not flag spellings that differ in vowels, doubled letters or a glide', () => {
    assert.equal(rests('Mohammad Abati', 'ABBATAY, Mohammad'), false);
    assert.equal(rests('Mohammad Selenskyj', 'ZELENSKYY, Mohammad'), false);
    assert.equal(rests('Mohammad Pulin', 'PUTIN, Mohammad'), false);
  });

  it('does not flag an exact rare name, nor a typo beside another rare name', () => {
    assert.equal(rests('Mohammad Khademi', 'KHADEMI, Mohammad'), false);
    assert.equal(rests('Hossein Khatami', 'KHADEMI, Hossein'), false);
  });
});
