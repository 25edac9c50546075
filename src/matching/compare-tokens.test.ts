import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { balticEnding, compareCharacters } from './compare-tokens.ts';

describe('balticEnding', () => {
  it('recognises a Latvian or Lithuanian nominative ending on a bare name', () => {
    assert.ok(balticEnding('lavrovs', 'lavrov'));
    assert.ok(balticEnding('putinas', 'putin'));
    assert.ok(balticEnding('sergejs', 'sergey'));
  });

  it('refuses an ending on a name that ends in a vowel or another feminine form', () => {
    assert.ok(!balticEnding('lavrova', 'lavrov'));
    assert.ok(!balticEnding('jones', 'jone'));
    assert.ok(!balticEnding('mass', 'mas'));
  });
});

describe('compareCharacters', () => {
  it('scores the same characters 1 and a different character as a conflict', () => {
    assert.equal(compareCharacters('习近平', '习近平'), 1);
    assert.ok(compareCharacters('习近朋', '习近平') < 0.6);
    assert.ok(compareCharacters('김종은', '김정은') < 0.6);
  });

  it('costs less for a character missing on one side than for a different one', () => {
    assert.ok(compareCharacters('习近', '习近平') > compareCharacters('习近朋', '习近平'));
  });
});
