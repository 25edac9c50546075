import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addPosting,
  createPostingBuilder,
  finishPostings,
  logPosting,
  postingCount,
} from './posting-lists.ts';

/** The values of one slot, as a plain array. */
function slotValues(lists: ReturnType<typeof finishPostings>, slot: number): number[] {
  return [...lists.values.subarray(lists.start[slot], lists.start[slot + 1])];
}

describe('posting lists', () => {
  it('keeps each slot’s values in the order they were added, across interleaved slots', () => {
    const builder = createPostingBuilder();
    addPosting(builder, 2, 7);
    addPosting(builder, 0, 3);
    addPosting(builder, 2, 1);
    addPosting(builder, 0, 9);
    const lists = finishPostings(builder, 3);
    assert.deepEqual(slotValues(lists, 0), [3, 9]);
    assert.deepEqual(slotValues(lists, 1), []);
    assert.deepEqual(slotValues(lists, 2), [7, 1]);
    assert.equal(postingCount(lists, 2), 2);
  });

  it('files a value repeated in a row once, but a value seen again later twice', () => {
    const builder = createPostingBuilder();
    for (const value of [5, 5, 6, 5]) addPosting(builder, 1, value);
    assert.deepEqual(slotValues(finishPostings(builder, 2), 1), [5, 6, 5]);
  });

  it('finishes a log filed by logPosting as addPosting’s, with no per-slot array grown', () => {
    const logged = createPostingBuilder();
    const added = createPostingBuilder();
    for (let i = 0; i < 3000; i++) {
      const slot = 1_000_000 + ((i * 7919) % 5000);
      logPosting(logged, slot, i);
      addPosting(added, slot, i);
    }
    assert.deepEqual(finishPostings(logged, 1_005_000), finishPostings(added, 1_005_000));
    assert.equal(logged.count.length, 1024);
    assert.equal(logged.last.length, 1024);
  });

  it('grows past its first capacity without losing values', () => {
    const builder = createPostingBuilder();
    for (let i = 0; i < 5000; i++) addPosting(builder, 3000 + (i % 7), i);
    const lists = finishPostings(builder, 3007);
    assert.equal(lists.values.length, 5000);
    assert.equal(postingCount(lists, 3006), 714);
    assert.equal(slotValues(lists, 3001)[1], 8);
  });
});
