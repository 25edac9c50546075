import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanize } from '../romanize.ts';
import { endsLikeRussianSurname, readXinhuaTranscription } from './xinhua-syllables.ts';

describe('readXinhuaTranscription', () => {
  it('reads a Russian surname back from the syllables of the transcription grid', () => {
    // 季 is ти in the Russian grid, not pinyin ji; 琴科 is -chenko.
    assert.equal(readXinhuaTranscription('季姆琴科')[0], 'timchenko');
    assert.equal(readXinhuaTranscription('绍伊古')[0], 'shoigu');
    assert.equal(readXinhuaTranscription('卢卡申科')[0], 'lukashenko');
  });

  it('reads a doubled n once, as the grid writes н before a vowel twice', () => {
    assert.equal(readXinhuaTranscription('西卢安诺夫')[0], 'siluanov');
  });

  it('reads traditional characters as their simplified forms', () => {
    assert.deepEqual(readXinhuaTranscription('拉夫羅夫'), readXinhuaTranscription('拉夫罗夫'));
  });

  it('offers a unit’s second reading next (Volodin: 金 is din as well as kin)', () => {
    assert.ok(readXinhuaTranscription('沃洛金').includes('volodin'));
  });

  it('reads nothing for a word with a character outside the grid', () => {
    assert.deepEqual(readXinhuaTranscription('习近平'), []);
    assert.deepEqual(readXinhuaTranscription('斯'), []);
  });

  it('tells a Russian surname ending from other words in grid characters', () => {
    assert.equal(endsLikeRussianSurname('波塔宁'), true);
    assert.equal(endsLikeRussianSurname('维克塞尔伯格'), true);
    assert.equal(endsLikeRussianSurname('坦迪'), false);
  });
});

describe('Han queries that transcribe a Russian name', () => {
  it('read the grid’s spelling among the first readings of a query', () => {
    // The mined model alone read kimchenko, jimchenko.
    assert.ok(romanize('季姆琴科', { query: true }).slice(0, 3).includes('timchenko'));
    assert.ok(romanize('基里延科', { query: true }).slice(0, 3).includes('kiriyenko'));
    // 绍 is a Chinese surname: the name is read as Chinese too, and the grid's reading comes later.
    assert.ok(romanize('绍伊古', { query: true }).includes('shoigu'));
  });

  it('leave a list’s own Han names without the grid readings', () => {
    assert.ok(!romanize('季姆琴科').includes('timchenko'));
  });
});
