import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenWeigher } from './align-names.ts';
import { scoreOneName } from './score-one-name.ts';

const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.15 : 0.9);

function score(query: string, listed: string): { score: number; details: string[] } {
  return scoreOneName(query, listed, weigh, 'alias');
}

describe('a hyphenated Korean given name read backwards', () => {
  it('does not flag a singer whose given name is a listed banker’s read the other way', () => {
    const { score: s, details } = score('Kim Seok-jin', 'Kim Jin-Sok');
    assert.ok(s < 0.82, `scored ${s}`);
    assert.ok(details.some((d) => d.includes('reverse order')));
  });

  it('still flags the given name in its own order, and the surname written last', () => {
    assert.ok(score('Kim Jin-sok', 'Kim Jin-Sok').score > 0.99);
    assert.ok(score('Kim Jong-un', 'Jong Un KIM').score > 0.99);
  });

  it('leaves names the query does not hyphenate alone', () => {
    const { details } = score('Kim Seok Jin', 'Kim Jin-Sok');
    assert.ok(!details.some((d) => d.includes('reverse order')));
  });
});
