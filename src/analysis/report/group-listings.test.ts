import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity, type ListEntity, type ListName } from '../../core/index.ts';
import type { EntityHit } from '../article-types.ts';
import { groupListings } from './group-listings.ts';

const listed = new Map<string, ListEntity>();
const hit = (
  list: ListName,
  reference: string,
  names: string[],
  score: number,
  schema: 'Person' | 'Organization' = 'Person',
  matched = names[0] ?? '',
): EntityHit => {
  const entity = newEntity(list, reference, schema, names[0] ?? '');
  entity.names = names.map((full, i) => ({ full, kind: i === 0 ? 'primary' : 'alias' }));
  listed.set(entity.id, entity);
  return {
    entityId: entity.id,
    list,
    reference,
    caption: names[0] ?? '',
    score,
    match: 'match',
    queryName: 'q',
    matchedName: { full: matched, kind: matched === names[0] ? 'primary' : 'alias' },
    countryEvidence: [],
    explanation: {
      parts: [],
      queryTokens: [],
      threshold: 0.8,
    } as unknown as EntityHit['explanation'],
  };
};

describe('groupListings', () => {
  it('shows one person listed on three lists as one entity led by the UN listing', () => {
    const hits = groupListings(
      [
        hit('ofac', '10743', ['HAQQANI, Siraj', 'HAQANI, Sirajuddin'], 1),
        hit('eu', '4020', ['Saraj Haqani', 'Siraj Haqqani'], 1),
        hit('un', 'TAi.144', ['SIRAJUDDIN JALLALOUDINE HAQQANI', 'Siraj Haqqani'], 1),
      ],
      (id) => listed.get(id),
    );
    assert.deepEqual(
      hits.map((h) => [h.list, h.sameEntityAs ?? null]),
      [
        ['un', null],
        ['ofac', 'UN TAi.144'],
        ['eu', 'UN TAi.144'],
      ],
    );
    assert.ok(hits.every((h) => h.match === 'match'));
  });

  it('makes a second person answering by a former name "also named", even below exact', () => {
    const hits = groupListings(
      [
        hit(
          'ofac',
          '37509',
          ['Mariya Vladimirovna ZAKHAROVA', 'ZAKHAROVA, Maria Vladimirovna'],
          0.97,
          'Person',
          'ZAKHAROVA, Maria Vladimirovna',
        ),
        hit('uk', 'RUS0703', ['Maria Vladimirovna ZAKHAROVA'], 0.97),
        hit(
          'ofac',
          '46001',
          ['Maria Aleksandrovna OSETROVA', 'ZAKHAROVA, Maria Aleksandrovna'],
          0.97,
          'Person',
          'ZAKHAROVA, Maria Aleksandrovna',
        ),
      ],
      (id) => listed.get(id),
    );
    const other = hits.find((h) => h.reference === '46001');
    assert.equal(other?.match, 'partial');
    assert.match(other.partialReason ?? '', /also named/);
    assert.equal(hits.filter((h) => h.match === 'match').length, 2);
  });

  it('keeps a different person with a similar name as a weaker, partial hit', () => {
    const hits = groupListings(
      [
        hit('uk', 'CTI0059', ['Ali Baraka', 'Ali Barakeh'], 1),
        hit('eu', '6827', ['Barakat Ali Barakat', 'Ali BARAKAT'], 0.93),
        hit('ofac', '46468', ['BARAKA, Ali Abed Al Rahman', 'BARAKA, Ali'], 1),
      ],
      (id) => listed.get(id),
    );
    assert.deepEqual(
      hits.map((h) => [h.list, h.match]),
      [
        ['ofac', 'match'],
        ['uk', 'match'],
        ['eu', 'partial'],
      ],
    );
    assert.match(hits[2]?.partialReason ?? '', /different listed entity/);
  });

  it('shows a group that carries another group’s name only as an alias as "also named"', () => {
    const somali = ['AL-SHABAAB', 'AL-SHABAB', 'SHABAAB', 'HIZBUL SHABAAB', 'THE YOUTH'];
    const hits = groupListings(
      [
        hit(
          'eu',
          '152724',
          ['Ahlu Sunna wa Jamaah', 'Al-Shabaab', 'Ansar Al-Sunna'],
          1,
          'Organization',
          'Al-Shabaab',
        ),
        hit('un', 'SOe.001', somali, 1, 'Organization'),
        hit('ofac', '10761', somali, 1, 'Organization'),
      ],
      (id) => listed.get(id),
    );
    assert.deepEqual(
      hits.map((h) => [h.list, h.match, h.sameEntityAs ?? null]),
      [
        ['un', 'match', null],
        ['ofac', 'match', 'UN SOe.001'],
        ['eu', 'partial', null],
      ],
    );
    assert.match(hits[2]?.partialReason ?? '', /also named "Al-Shabaab"/);
  });

  it('keeps two groups apart that share one name among several, by the exact one', () => {
    const hits = groupListings(
      [
        hit(
          'un',
          'QDe.098',
          ['ANSAR AL-ISLAM', 'JUND AL-ISLAM', 'ANSAR AL-SUNNA'],
          0.95,
          'Organization',
        ),
        hit(
          'ofac',
          '23803',
          ['ANSARUL ISLAM', 'ANSAR AL-ISLAM', 'DEFENDERS OF ISLAM'],
          1,
          'Organization',
        ),
        hit(
          'eu',
          '141432',
          ['Ansar al-Islam', 'Ansarul Islam', 'Defenders of Islam'],
          1,
          'Organization',
          'Ansarul Islam',
        ),
      ],
      (id) => listed.get(id),
    );
    assert.deepEqual(
      hits.map((h) => [h.list, h.match]),
      [
        ['ofac', 'match'],
        ['eu', 'match'],
        ['un', 'partial'],
      ],
    );
  });

  it('groups as the web page does: a dateless listing does not bridge two birth years', () => {
    const dated = (h: EntityHit, year: string): EntityHit => {
      listed.get(h.entityId)!.birthDates = [{ value: year, precision: 'year' }];
      return h;
    };
    const hits = groupListings(
      [
        dated(hit('un', 'QDi.1', ['Abu Bakr Hassan'], 1), '1960'),
        hit('ofac', '1', ['HASSAN, Abu Bakr'], 1),
        dated(hit('eu', '1', ['Abu Bakr Hassan'], 1), '1975'),
        hit('un', 'QDi.2', ['Abu Bakr Hassan'], 1),
      ],
      (id) => listed.get(id),
    );
    assert.deepEqual(
      hits.map((h) => [h.entityId, h.sameEntityAs ?? null]),
      [
        ['un:QDi.1', null],
        ['un:QDi.2', 'UN QDi.1'],
        ['ofac:1', 'UN QDi.1'],
        ['eu:1', null],
      ],
    );
  });
});
