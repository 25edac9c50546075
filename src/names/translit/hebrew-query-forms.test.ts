import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_ROMANIZATIONS, romanize } from '../romanize.ts';
import { HEBREW_QUERY_FORMS } from './hebrew-query-forms.ts';

describe('readings of a Hebrew query name', () => {
  it("reaches a word's later readings in a name of two words (ז'יל סינגר Jill Singer)", () => {
    const readings = romanize("ז'יל סינגר", { query: true });
    assert.ok(readings.includes('gill singer'), readings.join(', '));
    assert.ok(readings.length <= HEBREW_QUERY_FORMS);
  });

  it('keeps a list name at the usual number of readings', () => {
    assert.equal(romanize("ז'יל סינגר").length, MAX_ROMANIZATIONS);
  });
});
