import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanize } from '../romanize.ts';

describe('foreign names written in Han characters', () => {
  it('reads every part of a name written with a middle dot as a foreign name', () => {
    // 谢 is a common Chinese surname; the dot says the name is foreign.
    assert.equal(romanize('谢尔盖·拉夫罗夫')[0], 'sergei lavrov');
    assert.equal(romanize('謝爾蓋・拉夫羅夫')[0], 'sergei lavrov');
  });

  it('still reads a Chinese name without a dot as Chinese first', () => {
    assert.equal(romanize('谢晓东')[0], 'xie xiaodong');
  });
});
