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

  it('sorts only the first `length` items and leaves the rest where they are', () => {
    for (const length of [0, 5, 48, 60]) {
      const items = Array.from({ length: length + 10 }, (_, i) => ({ key: (i * 7919) % 5, at: i }));
      const byKey = (a: { key: number }, b: { key: number }): number => b.key - a.key;
      const expected = [...items.slice(0, length).sort(byKey), ...items.slice(length)];
      assert.deepEqual(sortInPlace(items, byKey, length), expected);
    }
  });
});
