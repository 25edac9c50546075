import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Int32List } from './int32-list.ts';

describe('Int32List', () => {
  it('keeps every value pushed past its first capacity, in order', () => {
    const list = new Int32List(2);
    for (let i = 0; i < 1000; i++) list.push(i * 3 - 7);
    assert.equal(list.length, 1000);
    assert.equal(list.at(0), -7);
    assert.equal(list.at(999), 2990);
    list.set(1, 42);
    assert.deepEqual(Array.from(list.toInt32Array().subarray(0, 3)), [-7, 42, -1]);
    assert.equal(list.toInt32Array().length, 1000);
  });

  it('hands its values over once with take, and is empty after', () => {
    const list = new Int32List();
    [5, 255, 0].forEach((v) => list.push(v));
    assert.deepEqual(Array.from(list.toUint8Array()), [5, 255, 0]);
    assert.deepEqual(Array.from(list.take()), [5, 255, 0]);
    assert.equal(list.length, 0);
    list.push(9);
    assert.deepEqual(Array.from(list.toInt32Array()), [9]);
  });
});
