import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SnapshotWriter } from './snapshot-file.ts';
import { hashSlots } from './string-hash-table.ts';
import { StringList } from './string-list.ts';

describe('StringList', () => {
  it('keeps strings in the order added, repeats included, and writes the table addStrings and hashSlots write', () => {
    const strings = ['un:TAi.144', 'eu:EU.27.28', 'müller', 'خالد', '𠀀x', 'un:TAi.144', ''];
    const list = new StringList();
    strings.forEach((text, i) => assert.equal(list.push(text), i));
    assert.deepEqual([...list.keys()], strings);
    const expected = new SnapshotWriter();
    expected.addStrings('entities.ids', strings);
    expected.add('entities.ids.slots', hashSlots(strings));
    const written = new SnapshotWriter();
    list.writeTo(written, 'entities.ids');
    assert.deepEqual(written.finish({ key: 'k' }), expected.finish({ key: 'k' }));
  });
});
