import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity, type ListEntity, type ListName } from '../../core/index.ts';
import type { EntityHit } from '../article-types.ts';
import { groupListings } from './group-listings.ts';

const listed = new Map<string, ListEntity>();
const hit = (list: ListName, reference: string, names: string[], score: number): EntityHit => {
  const entity = newEntity(list, reference, 'Person', names[0] ?? '');
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
    matchedName: { full: names[0] ?? '', kind: 'primary' },
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
