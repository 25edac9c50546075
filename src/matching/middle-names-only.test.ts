import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenWeigher } from './align-names.ts';
import { scoreOneName } from './score-one-name.ts';

// Ali is common on the lists, Mohammad too; Mabkhut, Stanekzai, Khalid and the rest are rare.
const WEIGHTS: Record<string, number> = { ali: 0.3, mohammad: 0.37, abbas: 0.75, khan: 0.4 };
const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.15 : (WEIGHTS[t.text] ?? 1));

describe('a query of the middle names of a listed name', () => {
  it('names the father, not the listed son, in the lists’ FAMILY, Given order', () => {
    const { score } = scoreOneName('Ali Mabkhout', 'AL-ARADAH, Khalid Ali Mabkhut', weigh);
    assert.ok(score < 0.82, `scored ${score}`);
  });

  it('is not judged in a name in its natural order, which may end with the father’s name', () => {
    const listed = 'SHER MOHAMMAD ABBAS STANEKZAI PADSHAH KHAN';
    const { score } = scoreOneName('Abbas Stanekzai', listed, weigh);
    assert.ok(score >= 0.82, `scored ${score}`);
  });

  it('leaves alone a press short form that keeps the family name', () => {
    const { score } = scoreOneName('Abbas Stanekzai', 'STANEKZAI, Sher Mohammad Abbas', weigh);
    assert.ok(score >= 0.82, `scored ${score}`);
  });

  it('leaves alone a name whose dropped given name is a Muhammad', () => {
    const { score } = scoreOneName('Hassan Zaman', 'AKHUND, Mohammad Hassan Zaman', weigh);
    assert.ok(score >= 0.82, `scored ${score}`);
  });
});
