import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenWeigher } from './align-names.ts';
import { scoreOneName } from './score-one-name.ts';

// Weights near the lists': Assaf and Murtada are held by a few dozen entities, none is rare but
// Stanekzai.
const WEIGHTS: Record<string, number> = {
  mohammed: 0.37,
  muhammad: 0.37,
  mohammad: 0.37,
  assaf: 0.9,
  nabil: 0.6,
  mahmud: 0.67,
  murtaza: 0.9,
  murtada: 0.9,
  mahasin: 0.95,
  abbas: 0.75,
  sayyed: 0.5,
  jabar: 0.7,
  hosseini: 0.8,
};
const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.15 : (WEIGHTS[t.text] ?? 1));

describe('a listed name written surname first, met without its given name', () => {
  it('names the father when the query holds the family name and the father’s name', () => {
    const { score, details } = scoreOneName('Mohammed Assaf', 'ASSAF, Nabil Muhammad', weigh);
    assert.ok(score < 0.82, `scored ${score}`);
    assert.ok(details.some((d) => d.includes('given name is missing')));
  });

  it('does so whatever the common name the father’s name is', () => {
    const { score } = scoreOneName('Murtada Mahmud', 'MURTADA, Mahasin Mahmud', weigh);
    assert.ok(score < 0.82, `scored ${score}`);
  });

  it('keeps the press short form of a rare family name', () => {
    const { score } = scoreOneName('Abbas Stanekzai', 'STANEKZAI, Sher Mohammad Abbas', weigh);
    assert.ok(score >= 0.82, `scored ${score}`);
  });

  it('leaves alone a dropped given Sayyid, which the press drops as a title', () => {
    const { score } = scoreOneName('Jabar Hosseini', 'HOSSEINI, Sayyed Jabar', weigh);
    assert.ok(score >= 0.82, `scored ${score}`);
  });
});
