import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';

const even: TokenWeigher = (t) => (t.role === 'name' ? 1 : 0.2);
const form = (name: string) => analyzeName(name, 'person').forms[0]!;
const score = (a: string, b: string) => alignNames(form(a), form(b), even).score;

describe('untangleTwins', () => {
  it('pairs each repeated al with the al beside the same name when the list writes the surname first', () => {
    // Press forms of OFAC's surname-first entries: Treasury's "Abd al-Khaliq al-Huthi", the New
    // Arab's "Abd al-Hadi al-Iraqi", a real-world row's "Abd al-Muayyid al-Banai".
    assert.equal(score('Abd al-Khaliq al-Huthi', 'AL-HUTHI, Abd al-Khaliq'), 1);
    assert.equal(score('Abd al-Hadi al-Iraqi', 'AL-IRAQI, Abd al-Hadi'), 1);
    assert.equal(score('Abd al-Muayyid al-Banai', 'AL-BANAI, Abd al-Muayyid'), 1);
  });

  it('keeps the pairing that puts each al beside its own name', () => {
    const result = alignNames(
      form('Abd al-Muayyid al-Banai'),
      form('AL-BANAI, Abd al-Muayyid'),
      even,
    );
    const pairs = result.edges.map((e) => `${e.qFrom}-${e.rFrom}`).sort();
    // Query: abd al muayyid al banai; listed: al banai abd al muayyid.
    assert.deepEqual(pairs, ['0-2', '1-3', '2-4', '3-0', '4-1']);
  });

  it('still reads an abd- name bound to another name as another name', () => {
    assert.ok(score('Abd al-Rahman al-Mahdi', 'AL-RAHMAN, Abd al-Mahdi') < 0.8);
  });
});
