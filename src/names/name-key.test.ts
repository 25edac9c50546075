import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameKey, skeletonKey } from './name-key.ts';

describe('nameKey', () => {
  it('folds case, accents, apostrophes and punctuation', () => {
    assert.equal(nameKey('Al-Qa’ida'), 'al qaida');
    assert.equal(nameKey('  Nguyễn  Văn, Minh '), 'nguyen van minh');
    assert.equal(nameKey("O'Brien"), 'obrien');
  });

  it('keeps letters of other scripts as they are', () => {
    assert.equal(nameKey('Владимир Путин'), 'владимир путин');
    assert.equal(nameKey('习近平'), '习近平');
  });
});

describe('skeletonKey', () => {
  it('gives spelling variants that differ in vowels one key', () => {
    assert.equal(skeletonKey('al-Qaeda'), 'al qd');
    assert.equal(skeletonKey('Al Qaida'), 'al qd');
    assert.equal(skeletonKey('Mohammed'), skeletonKey('Muhammad'));
  });

  it('keeps names with other consonants apart', () => {
    assert.notEqual(skeletonKey('Haqqani'), skeletonKey('Hassani'));
  });
});
