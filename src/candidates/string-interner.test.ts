import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SnapshotWriter } from './snapshot-file.ts';
import { hashSlots, hashText } from './string-hash-table.ts';
import { StringInterner } from './string-interner.ts';

/** Numbers each string as a Map<string, number> would, first met first, and returns the table. */
function intern(texts: readonly string[]): StringInterner {
  const table = new StringInterner();
  for (const text of texts) if (table.get(text) === undefined) table.set(text, table.size);
  return table;
}

// Enough strings to grow the byte buffer (64 KB) and the hash slots (1,024) several times.
const MANY = Array.from({ length: 6000 }, (_, i) => `term${(i * 7919) % 6000}|müller`);
const MIXED = ['haqqani', 'müller', 'خالد', '王', '𠀀x', 'a', '', 'haqqani', 'person|sirajuddin'];

describe('StringInterner', () => {
  it('numbers strings as a Map numbering them in first-met order does', () => {
    for (const texts of [MIXED, [...MANY, ...MANY.slice(0, 500)]]) {
      const map = new Map<string, number>();
      for (const text of texts) if (!map.has(text)) map.set(text, map.size);
      const table = intern(texts);
      assert.equal(table.size, map.size);
      for (const [text, id] of map) assert.equal(table.get(text), id, text);
      assert.deepEqual([...table.keys()], [...map.keys()]);
      for (const missing of ['haqqan', 'Haqqani', 'mÜller', 'term1|muller', 'é'])
        assert.equal(table.get(missing), undefined, missing);
    }
  });

  it('tells apart strings of one length whose hashes are equal', () => {
    // FNV-1a collisions (found by search): ASCII, compared in place, and non-ASCII, decoded.
    for (const [first, second] of [
      ['epxjjyk', 'gllwbkd'],
      ['müller052vu', 'müller0guea'],
    ] as const) {
      assert.equal(hashText(first), hashText(second));
      const table = intern([first, second]);
      assert.equal(table.size, 2);
      assert.equal(table.get(first), 0);
      assert.equal(table.get(second), 1);
    }
  });

  it('refuses a string it holds, or a number that is not the next', () => {
    const table = intern(['ghani']);
    assert.throws(() => table.set('ghani', 1));
    assert.throws(() => table.push('ghani'));
    assert.throws(() => table.set('baradar', 5));
    assert.equal(table.push('baradar'), 1);
    assert.equal(table.get('baradar'), 1);
  });

  it('writes the string table addStrings and hashSlots write, byte for byte', () => {
    for (const texts of [MIXED, MANY]) {
      const table = intern(texts);
      const strings = [...new Set(texts)];
      const expected = new SnapshotWriter();
      expected.addStrings('terms', strings);
      expected.add('terms.slots', hashSlots(strings));
      const written = new SnapshotWriter();
      table.writeTo(written, 'terms');
      assert.deepEqual(written.finish({ key: 'k' }), expected.finish({ key: 'k' }));
    }
  });

  it('refuses to write a lone surrogate, as addStrings does', () => {
    const table = intern(['ghani', 'bad\uD800']);
    assert.throws(() => new SnapshotWriter().addStrings('terms', ['ghani', 'bad\uD800']));
    assert.throws(() => table.writeTo(new SnapshotWriter(), 'terms'), /UTF-8 cannot carry/);
  });
});
