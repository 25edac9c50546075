import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rememberByKey } from './remember-by-key.ts';

describe('rememberByKey', () => {
  it('computes the answer for a key once and returns the same object after', () => {
    let calls = 0;
    const double = rememberByKey(
      (n: number) => {
        calls++;
        return [2 * n];
      },
      (n) => String(n),
      10,
    );
    const first = double(3);
    assert.equal(double(3), first);
    assert.deepEqual(first, [6]);
    assert.equal(calls, 1);
  });

  it('tells keys apart and forgets everything once it holds its limit', () => {
    let calls = 0;
    const square = rememberByKey(
      (n: number) => {
        calls++;
        return n * n;
      },
      (n) => String(n),
      2,
    );
    assert.deepEqual([square(1), square(2), square(1)], [1, 4, 1]);
    assert.equal(calls, 2);
    square(3); // the third key drops the first two
    square(1);
    assert.equal(calls, 4);
  });
});
