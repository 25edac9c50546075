import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editBudget, editCost } from './edit-cost.ts';

describe('editCost', () => {
  it('charges a doubled letter, an h and a vowel less than another consonant', () => {
    assert.equal(editCost('haqqani', 'haqani', 5), 0.3);
    assert.equal(editCost('mohammed', 'mohammad', 5), 0.5);
    assert.equal(editCost('khalid', 'kalid', 5), 0.5);
    assert.equal(editCost('yusuf', 'yusuf', 5), 0);
    assert.equal(editCost('putin', 'pukin', 5), 1);
  });

  it('charges a full edit for an h that closes a syllable (Emadi is not Ahmadi)', () => {
    assert.equal(editCost('emadi', 'ahmadi', 5), 1.5);
    assert.equal(editCost('rahman', 'raman', 5), 1);
    assert.equal(editCost('abdullah', 'abdulla', 5), 0.5);
  });

  it('charges an adjacent swap once, not as two substitutions', () => {
    assert.equal(editCost('faiz', 'afiz', 5), 0.8);
  });

  it('gives up with Infinity as soon as the limit is exceeded', () => {
    assert.equal(editCost('sirajuddin', 'jalaluddin', 1), Infinity);
  });
});

describe('editBudget', () => {
  it('lets a token of three letters or fewer absorb no edit and longer ones more', () => {
    assert.equal(editBudget(2), 0);
    assert.equal(editBudget(3), 0.5);
    assert.ok(editBudget(4) > 0.8 && editBudget(4) < 1);
    assert.ok(editBudget(10) > editBudget(6));
  });
});
