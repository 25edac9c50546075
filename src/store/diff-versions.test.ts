import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newEntity } from '../core/index.ts';
import { diffEntities } from './diff-versions.ts';

describe('diffEntities', () => {
  it('lists added, removed and changed entities with the fields that changed', () => {
    const a = newEntity('un', 'A', 'Person', 'ANA');
    const b = newEntity('un', 'B', 'Person', 'BEN');
    const b2 = { ...b, reason: 'Now listed for a new reason.', amendedOn: ['2026-02-01'] };
    const c = newEntity('un', 'C', 'Organization', 'CORP');
    const diff = diffEntities([a, b], [b2, c]);
    assert.deepEqual(diff.added, [{ id: 'un:C', caption: 'CORP', schema: 'Organization' }]);
    assert.deepEqual(diff.removed, [{ id: 'un:A', caption: 'ANA', schema: 'Person' }]);
    assert.deepEqual(
      diff.changed.map((c) => [c.id, c.fields.map((f) => f.field)]),
      [['un:B', ['amendedOn', 'reason']]],
    );
    assert.equal(diff.unchangedCount, 0);
  });
});
