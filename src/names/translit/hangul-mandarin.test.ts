import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hangulOfPinyin, readHangulAsMandarin } from './hangul-mandarin.ts';
import { romanizeHangulWord } from './korean.ts';

describe('Chinese names written in Hangul by their Mandarin sound', () => {
  it('spells pinyin syllables as the 1986 Korean standard for Chinese does', () => {
    assert.deepEqual(
      ['ze', 'dong', 'sun', 'wen', 'xiao', 'jia', 'zhi', 'yuan', 'qian', 'guo'].map(hangulOfPinyin),
      ['쩌', '둥', '쑨', '원', '샤오', '자', '즈', '위안', '첸', '궈'],
    );
  });

  it('reads a Hangul word back into the fewest pinyin syllables, press spellings folded', () => {
    assert.deepEqual(readHangulAsMandarin('류위안'), [['liu'], ['yuan']]);
    // 쟈 is the press's 자 (jia, zha), 동 its 둥 (dong).
    assert.deepEqual(readHangulAsMandarin('리쟈동'), [['li'], ['zha', 'jia'], ['dong']]);
    assert.equal(readHangulAsMandarin('김정은'), undefined);
  });

  it('also reads a plain ㅅ as the press writes s- (순웨이 = OFAC SUN, Wei), after the standard', () => {
    assert.deepEqual(readHangulAsMandarin('순웨이'), [['shun', 'sun'], ['wei']]);
    assert.ok(romanizeHangulWord('순웨이', false, true).slice(0, 3).includes('sun wei'));
  });

  it('reads a name with a syllable no Korean word has in pinyin first (OFAC YAN, Zhiyong)', () => {
    assert.equal(romanizeHangulWord('옌즈융', false, true)[0], 'yan zhiyong');
    assert.ok(romanizeHangulWord('리쟈동', false, true).slice(0, 3).includes('li jiadong'));
    // 훙 is a rare character's Korean reading, but no Korean surname: OFAC HONG, Jinhua.
    assert.ok(romanizeHangulWord('훙진화', false, true).slice(0, 3).includes('hong jinhua'));
  });

  it('keeps a name of Korean syllables Korean first, its Mandarin reading third', () => {
    assert.deepEqual(
      romanizeHangulWord('류위안', false, true).slice(0, 3).includes('liu yuan'),
      true,
    );
    assert.equal(romanizeHangulWord('리명훈', false, true)[0], 'ri myong hun');
  });
});
