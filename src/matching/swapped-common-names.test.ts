import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenWeigher } from './align-names.ts';
import { scoreOneName } from './score-one-name.ts';

// Mostafa, Mustafa, Hassan and Ali are common on the lists; Mahamed, a spelling outside the
// Muhammad group, is of middling rarity; Sirajuddin and Haqqani are rare.
const WEIGHTS: Record<string, number> = {
  mohammad: 0.37,
  mahamed: 0.9,
  mostafa: 0.6,
  mustafa: 0.6,
  hassan: 0.55,
  ali: 0.3,
};
const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.15 : (WEIGHTS[t.text] ?? 1));

describe('two common names matched in the other order', () => {
  it('names another man when the query’s given name is the listed family name', () => {
    const { score, details } = scoreOneName('Mohammad Mustafa', 'MAHAMED, Mostafa', weigh);
    assert.ok(score < 0.82, `scored ${score}`);
    assert.ok(details.some((d) => d.includes('other order')));
  });

  it('keeps a match in the natural order', () => {
    const { score } = scoreOneName('Mostafa Mahamed', 'MAHAMED, Mostafa', weigh);
    assert.ok(score >= 0.82, `scored ${score}`);
  });

  it('still alerts on an exact match typed in the list’s order', () => {
    const { score } = scoreOneName('Hassan Ali', 'HASSAN, Ali', weigh);
    assert.ok(score >= 0.82, `scored ${score}`);
  });

  it('leaves alone rare names, which say who is meant in any order', () => {
    const { score, details } = scoreOneName('Haqqani Sirajudin', 'HAQQANI, Sirajuddin', weigh);
    assert.ok(score >= 0.82, `scored ${score}`);
    assert.ok(!details.some((d) => d.includes('other order')));
  });
});
