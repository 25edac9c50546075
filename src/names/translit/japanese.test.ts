import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanize } from '../romanize.ts';
import { romanizeKanaWord } from './japanese.ts';
import { readKatakanaEnglish } from './katakana-english.ts';

describe('Katakana words', () => {
  it('splits the kunya Abu off the name the press joins it to', () => {
    assert.equal(romanizeKanaWord('アブイブラヒム')[0], 'abu ibrahim');
    // Abdul and Abu Bakr are no joined kunya before a vowel: left whole.
    assert.equal(romanizeKanaWord('アブドゥル')[0], 'abdul');
    assert.ok(!romanizeKanaWord('アブバクル').some((r) => r.startsWith('abu ')));
  });

  it('writes ン as m before b, p and m, keeping the n reading after it', () => {
    const readings = romanizeKanaWord('ハンバリ');
    assert.ok(readings.indexOf('hambari') >= 0);
    assert.ok(readings.indexOf('hambari') < readings.indexOf('hanbari'));
  });

  it('reads English words written in katakana back to English, alone or written together', () => {
    assert.equal(
      romanize('オーシャン・マリタイム・マネジメント', { query: true })[0],
      'ocean maritime management',
    );
    assert.equal(readKatakanaEnglish('マリタイムマネジメント'), 'maritime management');
    assert.equal(romanizeKanaWord('グループ')[0], 'group');
    assert.equal(readKatakanaEnglish('ラザルス'), undefined);
  });

  it('reads an English first word joined to a coined remainder among the first readings', () => {
    // ブルーノロフ is Bluenoroff (OFAC): ブルー blue + ノロフ norof.
    assert.ok(romanizeKanaWord('ブルーノロフ').slice(0, 3).includes('bluenorof'));
  });
});
