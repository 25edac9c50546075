import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { letterLogScore, segmentLogScore } from './letter-model.ts';

describe('letter model', () => {
  it('scores a spelling shaped like a name above a run of consonants', () => {
    assert.ok(segmentLogScore('', 'tefs', true) > segmentLogScore('', 'tvs', true));
    assert.ok(segmentLogScore('', 'putin', true) > segmentLogScore('', 'ptuin', true));
  });

  it('scores a word piece by piece as it scores the whole word', () => {
    const whole = segmentLogScore('', 'merkel', true);
    const pieces = segmentLogScore('', 'mer', false) + segmentLogScore('mer', 'kel', true);
    assert.ok(Math.abs(whole - pieces) < 1e-9);
  });

  it('gives every letter a finite score, even after an unseen history', () => {
    assert.ok(Number.isFinite(letterLogScore('^^^qxz', 'q')));
    assert.ok(letterLogScore('^^^', 'q') < 0);
  });
});
