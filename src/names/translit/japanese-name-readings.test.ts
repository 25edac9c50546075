import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanize } from '../romanize.ts';
import { readJapanesePersonName } from './japanese-name-readings.ts';

describe('Readings of Japanese personal names in kanji', () => {
  it('offers each reading of a surname the tables give, not only the commonest', () => {
    // 田上 is Taue, Tagami or Tanoue; OFAC lists TANOUE, Fumio.
    assert.ok(readJapanesePersonName('田上不美夫')?.includes('tanoue fumio'));
  });

  it('reads an unknown given name as a known name and its last character as names end', () => {
    // 不美 is the given name Fumi, and 夫 ends given names as -o (文夫 Fumio, 和夫 Kazuo).
    assert.equal(readJapanesePersonName('田上不美夫')?.[0]?.split(' ')[1], 'fumio');
    // 卯太男 no table holds: u-ta and 男 read -o as names end (OFAC: MORIO, Utao).
    assert.ok(readJapanesePersonName('森尾卯太男')?.includes('morio utao'));
  });

  it('reads a surname IPADIC lists only as a given name before a known given name', () => {
    // 光安克明 is MITSUYASU, Katsuaki on the OFAC list.
    assert.equal(romanize('光安克明', { query: true })[0], 'mitsuyasu katsuaki');
  });
});
