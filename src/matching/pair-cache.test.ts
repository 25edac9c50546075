import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPairCache } from './pair-cache.ts';

interface Match {
  similarity: number;
  evidence: string;
}

const groupOf = (m: Match): number => ['exact', 'typo', 'phonetic'].indexOf(m.evidence);
const keyOf = (m: Match): number => m.similarity;

describe('createPairCache', () => {
  it('returns what was stored for a pair, null for a pair stored as none, undefined otherwise', () => {
    const cache = createPairCache<Match>(100, groupOf, keyOf);
    assert.equal(cache.get(1, 2), undefined);
    cache.set(1, 2, { similarity: 0.9, evidence: 'typo' });
    cache.set(2, 1, null);
    assert.deepEqual(cache.get(1, 2), { similarity: 0.9, evidence: 'typo' });
    assert.equal(cache.get(2, 1), null);
    assert.equal(cache.get(1, 3), undefined);
    assert.equal(cache.get(3, 2), undefined);
    assert.equal(cache.size, 2);
  });

  it('keeps pairs apart whose keys collide in the table, as it grows', () => {
    const cache = createPairCache<Match>(50_000, groupOf, keyOf);
    for (let outer = 0; outer < 200; outer++)
      for (let inner = 0; inner < 200; inner++)
        cache.set(outer, inner, {
          similarity: ((outer * 200 + inner) % 97) / 97,
          evidence: 'typo',
        });
    for (let outer = 0; outer < 200; outer++)
      for (let inner = 0; inner < 200; inner++)
        assert.equal(cache.get(outer, inner)?.similarity, ((outer * 200 + inner) % 97) / 97);
    assert.equal(cache.size, 40_000);
  });

  it('shares one object among pairs with equal values', () => {
    const cache = createPairCache<Match>(100, groupOf, keyOf);
    cache.set(1, 1, { similarity: 1, evidence: 'exact' });
    cache.set(2, 2, { similarity: 1, evidence: 'exact' });
    assert.equal(cache.get(1, 1), cache.get(2, 2));
  });

  it('tells apart values that differ in their last bit or only in their group', () => {
    const cache = createPairCache<Match>(100, groupOf, keyOf);
    const near = 0.3 + Number.EPSILON / 2;
    assert.notEqual(near, 0.3);
    cache.set(1, 1, { similarity: 0.3, evidence: 'typo' });
    cache.set(1, 2, { similarity: near, evidence: 'typo' });
    cache.set(1, 3, { similarity: 0.3, evidence: 'phonetic' });
    assert.equal(cache.get(1, 1)?.similarity, 0.3);
    assert.equal(cache.get(1, 2)?.similarity, near);
    assert.equal(cache.get(1, 3)?.evidence, 'phonetic');
  });

  it('overwrites the value of a pair stored again, without counting it twice', () => {
    const cache = createPairCache<Match>(100, groupOf, keyOf);
    cache.set(7, 8, null);
    cache.set(7, 8, { similarity: 0.5, evidence: 'typo' });
    assert.equal(cache.get(7, 8)?.similarity, 0.5);
    assert.equal(cache.size, 1);
  });

  it('drops every pair when full and starts again', () => {
    const cache = createPairCache<Match>(3, groupOf, keyOf);
    for (let i = 0; i < 3; i++) cache.set(i, i, null);
    assert.equal(cache.size, 3);
    cache.set(10, 10, { similarity: 0.7, evidence: 'phonetic' });
    assert.equal(cache.size, 1);
    assert.equal(cache.get(0, 0), undefined);
    assert.equal(cache.get(10, 10)?.evidence, 'phonetic');
  });

  it('keeps thousands of distinct values apart, with the largest keys it stores', () => {
    const cache = createPairCache<Match>(10_000, groupOf, keyOf);
    const big = 2 ** 40;
    const bigInner = 2 ** 31 - 2;
    for (let i = 0; i < 3_000; i++)
      cache.set(big - i, bigInner - i, { similarity: i / 3_000, evidence: 'typo' });
    for (let i = 0; i < 3_000; i++)
      assert.equal(cache.get(big - i, bigInner - i)?.similarity, i / 3_000);
    assert.equal(cache.get(big, bigInner - 1), undefined);
  });
});
