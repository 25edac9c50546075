import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';

// Rarity as the lists give it: a registration mark is held by one aircraft; EP (Iran's prefix)
// by a hundred and fifty.
const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.3 : t.text === 'ep' ? 0.2 : 1);
const listed = analyzeName('EP-IRS', 'organisation').forms[0]!;
const score = (query: string) =>
  alignNames(analyzeName(query, 'any', { query: true }).forms[0]!, listed, weigh).score;

describe('aircraft registration marks', () => {
  it('does not let the letters after the prefix alone meet a listed mark', () => {
    // Split at the hyphen, EP-IRS was "ep irs", and the acronym IRS met it at 0.94.
    assert.ok(score('IRS') < 0.82, `scored ${score('IRS')}`);
  });

  it('still matches the mark however it is written', () => {
    assert.ok(score('EP-IRS') >= 0.99);
    assert.ok(score('ep-irs') >= 0.9);
    assert.ok(score('EP IRS') >= 0.9);
  });
});
