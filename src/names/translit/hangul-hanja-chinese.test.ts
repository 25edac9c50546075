import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHangulAsChineseName } from './hangul-hanja-chinese.ts';
import { romanizeHangulWord } from './korean.ts';

describe('Chinese names written in Hangul by their Sino-Korean reading', () => {
  it('reads each syllable back into pinyin, a two-syllable surname first', () => {
    // 朱世傑 Zhu Shijie: 걸 is in no mined name, and read as most characters read 걸 are (傑 jie).
    assert.equal(readHangulAsChineseName('주세걸')[0], 'zhu shijie');
    // 公孫弘 Gongsun Hong: 공손 is a surname of two syllables.
    assert.equal(readHangulAsChineseName('공손홍')[0], 'gongsun hong');
    // Two syllables are often a Korean given name written apart (도윤 우); words apart are no one name.
    assert.deepEqual(readHangulAsChineseName('도윤'), []);
    assert.deepEqual(readHangulAsChineseName('조지 워싱턴'), []);
  });

  it('gives a query its pinyin reading among the three the engine reads, not a list name', () => {
    assert.ok(romanizeHangulWord('주세걸', false, true).slice(0, 3).includes('zhu shijie'));
    assert.ok(!romanizeHangulWord('주세걸', false, false).includes('zhu shijie'));
  });
});
