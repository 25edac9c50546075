import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenWeigher } from './align-names.ts';
import { scoreOneName } from './score-one-name.ts';

// Weights near the lists': Kim and Muhammad are held by hundreds of entities, Shakoor by few.
const WEIGHTS: Record<string, number> = {
  kim: 0.16,
  chol: 0.45,
  hyok: 0.5,
  muhammad: 0.09,
  shakoor: 1,
  yousef: 0.4,
  ali: 0.12,
  muraj: 1,
};
const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.08 : (WEIGHTS[t.text] ?? 1));
const DETAIL = 'a query word taken for a particle is a name here';

describe('a query word read as a particle that is a name disagreeing with the listed one', () => {
  it('tells a Korean surname An from the listed surname Kim (An Chol Hyok, a footballer)', () => {
    const { score, details } = scoreOneName('An Chol Hyok', 'KIM, Hyok Chol', weigh);
    assert.ok(score < 0.82, `scored ${score}`);
    assert.ok(details.some((d) => d.includes(DETAIL)));
  });

  it('tells the given name Abdul Shakoor from the listed given name Muhammad', () => {
    const { score, details } = scoreOneName('Abdul Shakoor', 'SHAKOOR, Muhammad', weigh, 'alias');
    assert.ok(score < 0.82, `scored ${score}`);
    assert.ok(details.some((d) => d.includes(DETAIL)));
  });

  it('keeps an Arabic article the query wrote apart (Yousef al Muraj for MURAJ, Yousef Ali)', () => {
    const { score, details } = scoreOneName('Yousef al Muraj', 'MURAJ, Yousef Ali', weigh);
    assert.ok(score >= 0.82, `scored ${score}`);
    assert.ok(!details.some((d) => d.includes(DETAIL)));
  });

  it('keeps a Korean name whose surname is the listed one', () => {
    const { score, details } = scoreOneName('Kim Chol Hyok', 'KIM, Hyok Chol', weigh);
    assert.ok(!details.some((d) => d.includes(DETAIL)), `scored ${score}`);
  });

  it('leaves alone an abd further in the name, which need not start a given name', () => {
    const { details } = scoreOneName('Majeed Abdul Chaudhry', 'CHAUDARY, Sajid Majeed', weigh);
    assert.ok(!details.some((d) => d.includes(DETAIL)));
  });

  it('keeps a servant name the listed name holds whole', () => {
    const { details } = scoreOneName('Abdul Shakoor', 'SHAKOOR, Abdul', weigh);
    assert.ok(!details.some((d) => d.includes(DETAIL)));
  });
});
