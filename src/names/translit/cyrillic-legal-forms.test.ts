import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanizeCyrillicWord } from './cyrillic.ts';

describe('romanizeCyrillicWord on a legal form', () => {
  it('reads ПАО letter by letter, never as the foreign name "bao"', () => {
    assert.deepEqual(romanizeCyrillicWord('ПАО', 'ru'), ['pao']);
  });

  it('still reads a name with its mined foreign readings (Фоули Fowley)', () => {
    assert.ok(romanizeCyrillicWord('Фоули', 'ru').length > 1);
  });
});
