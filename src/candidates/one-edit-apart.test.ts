import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oneEditApart } from './one-edit-apart.ts';

describe('oneEditApart', () => {
  it('holds for one letter replaced, added, dropped or swapped with its neighbour', () => {
    assert.equal(oneEditApart('quani', 'qaani'), true);
    assert.equal(oneEditApart('qani', 'qaani'), true);
    assert.equal(oneEditApart('qaani', 'qani'), true);
    assert.equal(oneEditApart('qaina', 'qaian'), true);
    assert.equal(oneEditApart('raad', 'raads'), true);
  });
  it('fails for equal texts and for two edits or more', () => {
    assert.equal(oneEditApart('qaani', 'qaani'), false);
    assert.equal(oneEditApart('quanu', 'qaani'), false);
    assert.equal(oneEditApart('qa', 'qaani'), false);
    assert.equal(oneEditApart('abcd', 'badc'), false);
  });
});
