import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanizeArabicWord } from './arabic.ts';

describe('romanizeArabicWord on words spelled without their hamza or with the Urdu one', () => {
  it('reads Persian ایمن, written without the hamza of أيمن, as Ayman first', () => {
    assert.equal(romanizeArabicWord('ایمن')[0]?.startsWith('ay'), true);
  });

  it('reads Urdu داؤد, with a hamza on its waw, as Arabic داود (Daoud, Daud)', () => {
    assert.ok(romanizeArabicWord('داؤد').includes('daud'));
  });

  it('never reads a word that begins with an alif as beginning with a consonant', () => {
    for (const word of ['اسعد', 'ایمن', 'اصغر', 'اکرم'])
      for (const reading of romanizeArabicWord(word)) assert.match(reading, /^['aeiou]/, word);
  });
});
