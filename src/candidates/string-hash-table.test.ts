import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashSlots, StringHashTable } from './string-hash-table.ts';

/** A table of `strings` as a snapshot holds it: UTF-8 bytes, UTF-16 offsets, hash slots. */
function tableFromBytes(strings: readonly string[]): StringHashTable {
  const at = new Int32Array(strings.length + 1);
  strings.forEach((text, i) => (at[i + 1] = at[i]! + text.length));
  return new StringHashTable(Buffer.from(strings.join(''), 'utf8'), at, hashSlots(strings));
}

describe('StringHashTable read from snapshot bytes', () => {
  for (const [kind, strings] of [
    ['ASCII', ['haqqani', 'sirajuddin', 'al qaida', 'a', '']],
    ['non-ASCII', ['haqqani', 'müller', 'خالد', '王', '𠀀x', 'a']],
  ] as const) {
    it(`finds every ${kind} string and gives it back as written`, () => {
      const table = tableFromBytes(strings);
      assert.equal(table.size, strings.length);
      strings.forEach((text, id) => {
        assert.equal(table.get(text), id, text);
        assert.equal(table.string(id), text);
      });
      assert.deepEqual([...table.keys()], strings);
    });

    it(`answers undefined for ${kind} strings it does not hold`, () => {
      const table = tableFromBytes(strings);
      for (const missing of ['haqqan', 'haqqanii', 'Haqqani', 'mÜller', 'ab', 'é'])
        assert.equal(table.get(missing), undefined, missing);
    });
  }
});
