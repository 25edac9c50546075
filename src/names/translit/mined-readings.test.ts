import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minedReadings } from './mined-readings.ts';
import { MINED_SCRIPTS } from './mined-units.ts';

const keep = (unit: string): readonly string[] => [unit];

describe('minedReadings', () => {
  it('gives the English spelling of a frequent foreign name from the lexicon', () => {
    assert.equal(minedReadings('korean', '도널드', keep, 3).lexicon[0], 'donald');
    assert.ok(minedReadings('cyrillic', 'вайнштейн', keep, 3).lexicon.includes('weinstein'));
  });

  it('spells a name the lexicon lacks through the segment model', () => {
    const { model } = minedReadings('cyrillic', 'шмидтхубер', keep, 3);
    assert.ok(model.length > 0 && model.length <= 3);
    for (const form of model) assert.match(form, /^[a-z]+$/);
    assert.ok(
      model.some((form) => form.startsWith('schm') || form.startsWith('shm')),
      model.join(),
    );
  });

  it('cuts Chinese into pinyin syllables, so that homophone characters share statistics', () => {
    assert.deepEqual(MINED_SCRIPTS.chinese.units('克魯森'), ['ke', 'lu', 'sen']);
    assert.deepEqual(MINED_SCRIPTS.chinese.units('克鲁森'), ['ke', 'lu', 'sen']);
  });

  it('returns nothing for a word without letters of its script', () => {
    assert.deepEqual(minedReadings('hebrew', 'abc', keep, 3), { lexicon: [], model: [] });
  });
});
