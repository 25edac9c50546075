// The page's grouping of hits into real-world entities and of names into kinds and scripts. These
// modules are pure, so they run here without a browser.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ListEntity } from '../../web/src/api-types.ts';
import { groupHits } from '../../web/src/entity/group-hits.ts';
import { groupNames, latinCaption } from '../../web/src/entity/name-groups.ts';

function entity(id: string, over: Partial<ListEntity>): ListEntity {
  const [list = '', reference = ''] = id.split(':');
  return {
    id,
    list,
    reference,
    schema: 'Person',
    caption: '',
    names: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    countries: [],
    identifiers: [],
    addresses: [],
    programs: [],
    titles: [],
    positions: [],
    amendedOn: [],
    properties: {},
    ...over,
  };
}

function listing(e: ListEntity, score: number) {
  return {
    entityId: e.id,
    list: e.list,
    caption: e.caption,
    schema: e.schema,
    score,
    match: score >= 0.8,
    matchedName: { full: e.caption },
  };
}

describe('groupHits', () => {
  const un = entity('un:TAi.144', {
    caption: 'SIRAJUDDIN JALLALOUDINE HAQQANI',
    names: [{ full: 'Siraj Haqqani', kind: 'alias' }],
    birthDates: [{ value: '1977', precision: 'year' }],
  });
  const ofac = entity('ofac:10743', {
    caption: 'MUHAMMAD, Sirajuddin Haqqani Jalaluddin Khwasa',
    names: [{ full: 'HAQQANI, Siraj', kind: 'alias' }],
  });
  const eu = entity('eu:4020', {
    caption: 'Saraj Haqani',
    names: [{ full: 'Siraj Haqqani', kind: 'alias' }],
    birthDates: [{ value: '1977', precision: 'year' }],
  });
  const father = entity('ofac:99', {
    caption: 'HAQQANI, Jalaluddin',
    birthDates: [{ value: '1939', precision: 'year' }],
  });

  it('puts the UN, OFAC and EU listings of one person in one group led by the UN entry', () => {
    const groups = groupHits(
      [listing(ofac, 1), listing(eu, 0.95), listing(un, 0.95), listing(father, 0.7)],
      new Map([un, ofac, eu, father].map((e) => [e.id, e])),
    );
    assert.deepEqual(
      groups.map((g) => g.hits.map((h) => h.entityId)),
      [['un:TAi.144', 'ofac:10743', 'eu:4020'], ['ofac:99']],
    );
    assert.equal(groups[0]?.score, 1);
  });

  it('keeps apart two people of one name born in different years', () => {
    const elder = entity('uk:1', {
      caption: 'Siraj Haqqani',
      birthDates: [{ value: '1950', precision: 'year' }],
    });
    const groups = groupHits(
      [listing(un, 0.95), listing(elder, 0.95)],
      new Map([un, elder].map((e) => [e.id, e])),
    );
    assert.equal(groups.length, 2);
  });

  it('does not let a listing without dates bridge two people born in different years', () => {
    const elder = entity('eu:1', {
      caption: 'Siraj Haqqani',
      birthDates: [{ value: '1950', precision: 'year' }],
    });
    const groups = groupHits(
      [listing(un, 0.95), listing(ofac, 0.95), listing(elder, 0.95)],
      new Map([un, ofac, elder].map((e) => [e.id, e])),
    );
    assert.deepEqual(
      groups.map((g) => g.hits.map((h) => h.entityId)),
      [['un:TAi.144', 'ofac:10743'], ['eu:1']],
    );
  });

  it('joins two entries of one list that name one person, as the article report does', () => {
    // The EU lists some people twice (659 and 676 are both Amir Khan Muttaqi).
    const first = entity('eu:659', {
      caption: 'Amir Khan Muttaqi',
      birthDates: [{ value: '1968', precision: 'year' }],
    });
    const second = entity('eu:676', { caption: 'Amir Khan Muttaqi' });
    const groups = groupHits(
      [listing(first, 0.95), listing(second, 0.95)],
      new Map([first, second].map((e) => [e.id, e])),
    );
    assert.deepEqual(
      groups.map((g) => g.hits.map((h) => h.entityId)),
      [['eu:659', 'eu:676']],
    );
  });

  it('joins listings that share an identifier whatever their names', () => {
    const a = entity('un:X1', {
      caption: 'Vessel A',
      schema: 'Vessel',
      identifiers: [{ type: 'IMO', value: 'IMO 9179834' }],
    });
    const c = entity('ofac:8', {
      caption: 'Renamed C',
      schema: 'Vessel',
      identifiers: [{ type: 'IMO', value: 'IMO9179834' }],
    });
    const joined = groupHits(
      [listing(c, 0.9), listing(a, 0.9)],
      new Map([
        [a.id, a],
        [c.id, c],
      ]),
    );
    assert.deepEqual(
      joined.map((g) => g.lead.entityId),
      ['un:X1'],
    );
  });
});

describe('groupNames and latinCaption', () => {
  it('groups names by kind, Latin first, and drops repeats', () => {
    const groups = groupNames([
      { full: 'Η Βάση', kind: 'alias' },
      { full: 'Al-Qaida', kind: 'primary' },
      { full: 'The Base', kind: 'alias' },
      { full: 'القاعدة', kind: 'original-script' },
      { full: 'the base', kind: 'alias' },
    ]);
    assert.deepEqual(
      groups.map((g) => `${g.kind}/${g.script}: ${g.names.join('; ')}`),
      [
        'primary/Latin: Al-Qaida',
        'alias/Latin: The Base',
        'alias/Greek: Η Βάση',
        'original-script/Arabic: القاعدة',
      ],
    );
  });

  it('captions an entry in Latin letters when the list caption is in another script', () => {
    assert.equal(
      latinCaption({
        caption: 'Η Βάση',
        names: [
          { full: 'Η Βάση', kind: 'primary' },
          { full: 'Al-Qaida', kind: 'alias' },
        ],
      }),
      'Al-Qaida',
    );
  });
});
