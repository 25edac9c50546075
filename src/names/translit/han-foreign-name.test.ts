import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanize } from '../romanize.ts';
import { readChineseWord } from './chinese.ts';

describe('foreign names written in Han characters', () => {
  it('reads every part of a name written with a middle dot as a foreign name', () => {
    // 谢 is a common Chinese surname; the dot says the name is foreign.
    assert.equal(romanize('谢尔盖·拉夫罗夫')[0], 'sergei lavrov');
    assert.equal(romanize('謝爾蓋・拉夫羅夫')[0], 'sergei lavrov');
  });

  it('never takes a word of a dotted name for Chinese syllables its pinyin happens to spell', () => {
    // 阿里 is a li in pinyin and Ali as a name: in 阿里·塔扎利 (Ali Tarzali) it is the name.
    assert.deepEqual(readChineseWord('阿里', true, true)[0], { text: 'ali', syllabic: false });
    assert.equal(readChineseWord('尤利娅', true, true)[0]?.syllabic, false);
  });

  it('still reads a Chinese name without a dot as Chinese first', () => {
    assert.equal(romanize('谢晓东')[0], 'xie xiaodong');
  });

  it('reads a foreign name written without its dot as a given name and a surname too', () => {
    const readings = (word: string): string[] =>
      readChineseWord(word, false, true).map((reading) => reading.text);
    assert.ok(readings('弗拉基米尔普京').includes('vladimir putin'));
    assert.ok(readings('穆罕默德阿里').includes('muhammad ali'));
    // A run of four characters or fewer is one name: no split.
    assert.ok(readings('拉夫罗夫').every((text) => !text.includes(' ')));
  });
});
