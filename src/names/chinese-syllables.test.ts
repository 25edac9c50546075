import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWrittenInChineseSyllables } from './chinese-syllables.ts';

describe('isWrittenInChineseSyllables', () => {
  it('holds for a name in pinyin or Wade-Giles, the given name joined or split', () => {
    assert.ok(isWrittenInChineseSyllables(['xi', 'jinping']));
    assert.ok(isWrittenInChineseSyllables(['hsi', 'chin', 'ping']));
    assert.ok(isWrittenInChineseSyllables(['zhuang']));
  });

  it('fails for a name with a word no syllables spell', () => {
    assert.ok(!isWrittenInChineseSyllables(['matty']));
    assert.ok(!isWrittenInChineseSyllables(['li', 'slayton']));
    assert.ok(!isWrittenInChineseSyllables([]));
  });
});
