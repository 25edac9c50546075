import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';
import { differentStems, theophoricStem } from './theophoric-stems.ts';
import { isGivenNameAlone } from './given-name-alone.ts';

// Rarity as the lists give it: Cabello, Daniella, Agha and Janan rare; the others common.
const COMMON = new Set(['mohammad', 'ahmed', 'pedro', 'castillo', 'guerrero', 'daniel']);
const weigh: TokenWeigher = (t) => (t.role !== 'name' ? 0.3 : COMMON.has(t.text) ? 0.5 : 1);
const form = (name: string) => analyzeName(name, 'person').forms[0]!;
const score = (a: string, b: string) => alignNames(form(a), form(b), weigh).score;

describe('names written surname first', () => {
  it('lifts a given name and paternal surname of a name written surname first', () => {
    assert.ok(score('Daniella Cabello', 'CABELLO CONTRERAS, Daniella Desiree') >= 0.82);
  });

  it('does not lift a match of the maternal surname alone', () => {
    const rare: TokenWeigher = () => 1;
    const listed = form('GUERRERO CASTILLO, Pedro Oliveiro');
    const paternal = alignNames(form('Pedro Guerrero'), listed, rare).score;
    const maternal = alignNames(form('Pedro Castillo'), listed, rare).score;
    assert.ok(maternal < 0.82, `scored ${maternal}`);
    assert.ok(paternal > maternal);
  });
});

describe('listed short forms of long query names', () => {
  it('lifts a query that gives the whole chain of names the list shortens', () => {
    assert.ok(score('JANAN MOHAMMAD AHMED AGHA', 'JANAN AGHA') >= 0.82);
  });

  it('does not lift a chain around common names only', () => {
    assert.ok(score('Pedro Mohammad Ahmed Castillo', 'Pedro Castillo Guerrero') < 0.82);
  });
});

describe('theophoric names', () => {
  it('reads the stem and suffix family of names in -ullah and -uddin', () => {
    assert.deepEqual(theophoricStem('zabiullah'), { stem: 'zabi', family: 'allah' });
    assert.deepEqual(theophoricStem('sirajuddin'), { stem: 'siraj', family: 'din' });
    assert.equal(theophoricStem('ulla'), undefined);
  });

  it('tells apart names whose stems differ, and keeps spellings of one name together', () => {
    assert.ok(differentStems('jabiullah', 'abdullah', 1));
    assert.ok(differentStems('saifullah', 'sanaullah', 1));
    assert.ok(!differentStems('zabihullah', 'sabihullah', 1));
    assert.ok(!differentStems('hedayatullah', 'hidayatullah', 1));
    assert.ok(!differentStems('siradschuddin', 'sirajuddin', 1.3));
    // Stems that are two known names (Wahid, Farid) name two people, a spelling apart or not: a
    // Bangladeshi adviser, Wahiduddin Mahmud, alerted on MAHMUD, Mawlawi Fariduddin at 0.90.
    assert.ok(differentStems('vahiduddin', 'fariduddin', 1.3));
    assert.ok(!differentStems('wahiduddin', 'waheeduddin', 1.3));
  });

  it('does not let a shared -ullah carry a match of two names', () => {
    assert.ok(score('Jabiullah Mujahid', 'Abdullah Mujahid') < 0.82);
  });
});

describe('a given name alone', () => {
  const query = (name: string) => analyzeName(name, 'person', { query: true }).forms[0]!;

  it('knows a given name and its spellings, but not a surname or a compound', () => {
    assert.ok(isGivenNameAlone(query('Mullah Yaqub')));
    assert.ok(isGivenNameAlone(query('Mullah Yaqoub')));
    assert.ok(!isGivenNameAlone(query('Hekmatyar')));
    assert.ok(!isGivenNameAlone(query('Mullah Baradar')));
    assert.ok(!isGivenNameAlone(query('Abdul Hakim')));
    assert.ok(!isGivenNameAlone(query('Yaqoub Haqqani')));
  });
});
