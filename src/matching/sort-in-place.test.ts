import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sortInPlace } from './sort-in-place.ts';

describe('sortInPlace', () => {
  it('orders as Array.prototype.sort does, keeping equal items in their order', () => {
    for (const length of [0, 1, 2, 7, 30, 48, 49, 200]) {
      const items = Array.from({ length }, (_, i) => ({ key: (i * 7919) % 5, at: i }));
      const byKey = (a: { key: number }, b: { key: number }): number => b.key - a.key;
      const expected = [...items].sort(byKey);
      const sorted = sortInPlace(items, byKey);
      assert.equal(sorted, items);
      assert.deepEqual(sorted, expected);
    }
  });
});
