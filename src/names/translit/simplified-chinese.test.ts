import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toSimplified } from './simplified-chinese.ts';

describe('toSimplified', () => {
  it('writes traditional characters in their simplified forms, one for one', () => {
    assert.equal(toSimplified('伊朗國家銀行'), '伊朗国家银行');
    assert.equal(toSimplified('伊朗國家油輪公司'), '伊朗国家油轮公司');
    assert.equal(toSimplified('Raven國際'), 'Raven国际');
    assert.equal(toSimplified('伊朗国家银行'), '伊朗国家银行');
  });
});
