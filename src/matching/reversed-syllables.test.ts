import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import { analyzeName } from '../names/index.ts';
import type { TokenWeigher } from './align-names.ts';
import { scoreEntity } from './score-entity.ts';
import type { EntityForm } from './score-entity.ts';

const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.15 : 0.9);

function score(query: string, listed: string): { score: number; details: string[] } {
  const entity = newEntity('un', 'KPi.023', 'Person', listed);
  entity.names = [{ full: listed, kind: 'alias' }];
  const forms: EntityForm[] = analyzeName(listed, 'person').forms.map((form) => ({
    name: 0,
    kind: 'alias',
    form,
  }));
  const match = scoreEntity(
    analyzeName(query, 'person', { query: true }).forms,
    { schema: 'Any' },
    entity,
    forms,
    () => forms,
    weigh,
  );
  assert.ok(match);
  return { score: match.score, details: match.qualifiers.map((q) => q.detail) };
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
