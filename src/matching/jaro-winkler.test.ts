import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jaro, jaroWinkler } from './jaro-winkler.ts';

/** Rounds to 4 decimals, as published examples print them. */
const r4 = (value: number): number => Math.round(value * 10_000) / 10_000;

describe('jaroWinkler', () => {
  it('gives the textbook figures for MARTHA/MARHTA and DIXON/DICKSONX', () => {
    assert.equal(r4(jaro('martha', 'marhta')), 0.9444);
    assert.equal(r4(jaroWinkler('martha', 'marhta')), 0.9611);
    assert.equal(r4(jaro('dixon', 'dicksonx')), 0.7667);
    assert.equal(r4(jaroWinkler('dixon', 'dicksonx')), 0.8133);
  });

  it('scores a short pair the same after a long one, whatever the earlier pairs', () => {
    const fresh = jaroWinkler('abdul', 'abdal');
    jaroWinkler(
      'abdulrahmanalqahtaniabdulrahmanalqahtani',
      'abdulrahmanalkahtaniabdulrahmanalkahtani',
    );
    assert.equal(jaroWinkler('abdul', 'abdal'), fresh);
  });

  it('scores no shared letter as 0 and identical names as 1', () => {
    assert.equal(jaro('abc', 'xyz'), 0);
    assert.equal(jaroWinkler('haqqani', 'haqqani'), 1);
  });

  it('adds the prefix bonus below 0.7 only when asked to', () => {
    const base = jaro('abxyz', 'abpqr');
    assert.equal(jaroWinkler('abxyz', 'abpqr'), base);
    assert.ok(jaroWinkler('abxyz', 'abpqr', true) > base);
  });
});
