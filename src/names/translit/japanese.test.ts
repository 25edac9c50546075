import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanizeKanaWord } from './japanese.ts';

describe('Katakana words', () => {
  it('splits the kunya Abu off the name the press joins it to', () => {
    assert.equal(romanizeKanaWord('アブイブラヒム')[0], 'abu ibrahim');
    // Abdul and Abu Bakr are no joined kunya before a vowel: left whole.
    assert.equal(romanizeKanaWord('アブドゥル')[0], 'abdul');
    assert.ok(!romanizeKanaWord('アブバクル').some((r) => r.startsWith('abu ')));
  });
});
