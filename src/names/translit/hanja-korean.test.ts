import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanize } from '../romanize.ts';
import { hanjaToHangul, readHanjaAsKorean } from './hanja-korean.ts';

describe('Korean names written in hanja', () => {
  it('spells a Han name with a Korean surname in Hangul, simplified forms included', () => {
    assert.equal(hanjaToHangul('金正恩'), '김정은');
    // 龙 is the simplified form of 龍 (룡): read through its traditional form.
    assert.equal(hanjaToHangul('崔龙海'), '최룡해');
    // 习 is no Korean surname.
    assert.equal(hanjaToHangul('习近平'), undefined);
  });

  it('reads it first in the spelling the DPRK lists print', () => {
    assert.equal(readHanjaAsKorean('崔龙海')[0], 'choe ryong hae');
    assert.equal(readHanjaAsKorean('李炳哲')[0], 'ri pyong chol');
  });

  it('keeps the Korean reading among the three a Chinese-press name is matched on', () => {
    // 金 is a common Chinese surname too: pinyin leads, the Korean reading is third.
    assert.deepEqual(romanize('金正恩').slice(0, 3), [
      'jin zhengen',
      'jin zheng en',
      'kim jong un',
    ]);
    // 朴 is a surname Chinese hardly bear: the Korean reading leads.
    assert.equal(romanize('朴光浩')[0], 'pak kwang ho');
  });
});
