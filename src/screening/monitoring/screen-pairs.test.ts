import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity, type SourcedEntity } from '../../core/index.ts';
import { buildScreeningIndex } from '../screening-index.ts';
import { screenAgainst } from '../screen-name.ts';
import { screenPairs, type EntityReadings } from './screen-pairs.ts';
import { entityTokenKeys, mergeEquivalentTokens, subjectKeys } from './subject-keys.ts';
import { TEST_UN_SOURCE } from '../test-list-sources.ts';

const UN = TEST_UN_SOURCE;

// Shaped like UN records: one name with many aliases, and the UN's habit of writing several
// spellings of a name as one name string separated by semicolons.
const haqqani = newEntity('un', 'TAi.144', 'Person', 'SIRAJUDDIN JALLALOUDINE HAQQANI');
haqqani.names = [
  { full: 'SIRAJUDDIN JALLALOUDINE HAQQANI', kind: 'primary' },
  { full: 'Siraj Haqqani', kind: 'alias' },
  { full: 'Serajuddin Haqani', kind: 'alias' },
  { full: 'Khalifa', kind: 'alias' },
  { full: 'Saraj Haqani', kind: 'alias' },
];
const islami = newEntity('un', 'IRi.001', 'Person', 'MOHAMMAD ESLAMI');
islami.names = [
  { full: 'MOHAMMAD ESLAMI', kind: 'primary' },
  { full: 'Mohammad Islami; Mohamed Islami; Mohammed Islami', kind: 'alias' },
];
const entities: SourcedEntity[] = [haqqani, islami].map((entity) => ({ entity, source: UN }));
const index = buildScreeningIndex(entities);

describe('delta pairing and scoring', () => {
  it('counts spellings of one name within a listed reading once', () => {
    assert.deepEqual(
      mergeEquivalentTokens([['k:muhammad', 's:MHMT'], ['s:ASLM'], ['k:muhammad', 's:MHMT2']]),
      [['k:muhammad', 's:MHMT', 's:MHMT2'], ['s:ASLM']],
    );
    const { names } = entityTokenKeys(islami);
    // No reading of the semicolon-joined alias has two tokens that are both a Muhammad.
    for (const tokens of names) {
      const muhammads = tokens.filter((keys) => keys.includes('k:muhammad'));
      assert.ok(muhammads.length <= 1, JSON.stringify(tokens));
    }
  });

  it('scores a pair as scoring it on all readings does, for a match and a near miss', () => {
    const readings: EntityReadings = new Map();
    const position = index.byId.get('un:TAi.144')!;
    for (const name of [
      'Sirajuddin Haqqani',
      'Siraj Haqani',
      'Khalifa Sirajuddin',
      'Ali Haqqani',
    ]) {
      const keys = new Set(subjectKeys({ id: 's', names: [name], identifiers: [] }));
      const fast = screenPairs(index, { name }, [position], keys, readings);
      const all = screenAgainst(index, { name }, [position]);
      assert.deepEqual(
        fast.map((h) => [h.entityId, h.score, h.matchedName.full]),
        all.map((h) => [h.entityId, h.score, h.matchedName.full]),
        name,
      );
    }
    assert.ok(
      screenPairs(
        index,
        { name: 'Sirajuddin Haqqani' },
        [position],
        new Set(subjectKeys({ id: 's', names: ['Sirajuddin Haqqani'], identifiers: [] })),
        readings,
      ).length > 0,
      'the listed name itself is a hit',
    );
  });

  it('scores on every reading when the subject shares keys with none (an identifier or an alert)', () => {
    const position = index.byId.get('un:TAi.144')!;
    const hits = screenPairs(
      index,
      { name: 'Sirajuddin Haqqani' },
      [position],
      new Set(),
      new Map(),
    );
    assert.equal(hits[0]?.entityId, 'un:TAi.144');
  });
});
