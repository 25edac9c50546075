import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';
import { differentServantObjects, servantObject } from './servant-objects.ts';

const even: TokenWeigher = (t) => (t.role === 'name' ? 1 : 0.2);
const form = (name: string) => analyzeName(name, 'person').forms[0]!;
const score = (a: string, b: string) => alignNames(form(a), form(b), even).score;

describe('servant names', () => {
  it('reads the object after abd, its vowel and an assimilated article', () => {
    assert.equal(servantObject('abdurrahman'), 'rahman');
    assert.equal(servantObject('abdulmahdi'), 'mahdi');
    assert.equal(servantObject('abdallah'), 'lah');
    assert.equal(servantObject('abdul'), '');
    assert.equal(servantObject('abbas'), undefined);
  });

  it('tells servant names of different objects apart but not spellings of one', () => {
    assert.ok(differentServantObjects('abdulmahdi', 'abdallahmahdi'));
    assert.ok(!differentServantObjects('abdelrahman', 'abdurrahman'));
  });

  it('does not join a listed servant name with the next name to meet another servant name', () => {
    assert.ok(score('Abdulmahdi', 'ABDALLAH MAHDI') < 0.7);
    assert.ok(score('Abdulrahman', 'ABDUL RAHMAN') > 0.9);
  });
});
