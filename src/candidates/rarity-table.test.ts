import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NameToken } from '../names/index.ts';
import { createRarityTable } from './rarity-table.ts';

/** A name token with the given id, its text as its only key. */
function token(text: string, id: number): NameToken {
  return { text, role: 'name', keys: [text], sound: '', id };
}

describe('createRarityTable', () => {
  const table = createRarityTable(
    new Map([
      ['muhammad', 2000],
      ['haqqani', 3],
    ]),
    20_000,
  );

  it('weighs a token held by thousands of entities far below a rare one', () => {
    const common = table.weigh(token('muhammad', 12));
    assert.ok(common > 0.25 && common < 0.35);
    assert.equal(table.weigh(token('haqqani', 13)), 1);
  });

  it('remembers the weight of a token with a large id', () => {
    const first = table.weigh(token('muhammad', 1_500_000));
    assert.ok(Math.abs(table.weigh(token('muhammad', 1_500_000)) - first) < 1e-6);
    assert.ok(Math.abs(table.weigh(token('muhammad', -1)) - first) < 1e-6);
  });

  it('weighs every name token 1 when too few entities are counted to judge rarity', () => {
    const small = createRarityTable(new Map([['muhammad', 500]]), 600);
    assert.equal(small.weigh(token('muhammad', 1)), 1);
  });
});
