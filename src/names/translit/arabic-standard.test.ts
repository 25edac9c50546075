import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { arabicUnits } from './arabic-letters.ts';
import { standardArabicReadings } from './arabic-standard.ts';

const read = (word: string): string[] => standardArabicReadings(arabicUnits(word));

describe('standardArabicReadings', () => {
  it('gives each letter its standard value, not the value foreign names give it', () => {
    assert.equal(read('مشاط')[0], 'mashat');
    assert.equal(read('خنجر')[0], 'khanjar');
    assert.equal(read('فياض')[0], 'fayad');
  });

  it('reads written long vowels and guesses one short a per open syllable', () => {
    assert.equal(read('منصور')[0], 'mansur');
    assert.equal(read('بازقندی')[0], 'bazqandi');
    assert.equal(read('حوثي')[0], 'huthi');
    assert.equal(read('مشتهى')[0], 'mashtaha');
  });

  it('reads ي and و between consonants as diphthongs second', () => {
    assert.deepEqual(read('ضيف'), ['dif', 'dayf']);
  });

  it('reads no diphthongs in a word with two inner long vowels, a foreign name (Coșbuc)', () => {
    assert.deepEqual(read('كوشبوك'), ['kushbuk']);
    assert.deepEqual(read('شوكت'), ['shukat', 'shawkat']);
  });

  it('reads an initial alif with the vowel the next letter writes', () => {
    assert.equal(read('ایزدی')[0], 'izdi');
    assert.equal(read('عيساوي')[0], 'aisawi');
  });
});
