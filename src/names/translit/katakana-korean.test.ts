import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanize } from '../romanize.ts';
import { readKoreanKatakanaName } from './katakana-korean.ts';

describe('Korean names written in katakana', () => {
  it('reads ン as -ng after a and o, and each syllable as a word, as the lists write them', () => {
    assert.equal(romanize('キム・ジョンウン', { query: true })[0], 'kim jong un');
    assert.ok(romanize('リ・ジョンウォン', { query: true }).includes('ri jong won'));
  });

  it('closes a syllable with ル, ク, ム and unvoices a voiced first consonant', () => {
    // リ・ビョンチョル is RI, Pyong Chol: the Japanese hear 병 voiced inside the full name.
    assert.ok(romanize('リ・ビョンチョル', { query: true }).includes('ri pyong chol'));
    assert.equal(romanize('パク・ソンイル', { query: true })[0], 'pak song il');
  });

  it('leaves names that do not start with a Korean surname alone', () => {
    assert.equal(readKoreanKatakanaName(['イシダ', 'ショウロク']), undefined);
    // A long-vowel mark is no Korean syllable (キム・カーダシアン is Kim Kardashian).
    assert.equal(readKoreanKatakanaName(['キム', 'カーダシアン']), undefined);
  });
});
