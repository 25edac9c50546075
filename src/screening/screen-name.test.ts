import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppError, newEntity } from '../core/index.ts';
import type { EntityName, ListSource, PartialDate, Schema, SourcedEntity } from '../core/index.ts';
import {
  buildScreeningIndex,
  DEFAULT_THRESHOLD,
  explainPair,
  getEntity,
  screenName,
} from './index.ts';

// Records copied from the UN consolidated list of 2026-02-27 and the OFAC names file of
// 2026-08-20 (names, kinds, birth dates and nationalities as the parsers read them), so that these
// tests run without ../shared.
const UN: ListSource = {
  list: 'un',
  version: 3,
  sha256: 'x',
  published: '2026-02-27',
  importedAt: '2026-11-25T00:00:00Z',
  format: 'un-xml',
  fileName: 'un.xml',
};
const OFAC: ListSource = {
  ...UN,
  list: 'ofac',
  version: 1,
  published: '2026-08-20',
  format: 'ofac-json',
};

function entity(
  source: ListSource,
  reference: string,
  schema: Schema,
  names: [string, EntityName['kind']][],
  birthDates: PartialDate[] = [],
  nationalities: string[] = [],
): SourcedEntity {
  const e = newEntity(source.list, reference, schema, names[0]![0]);
  e.names = names.map(([full, kind]) => ({ full, kind }));
  e.birthDates = birthDates;
  e.nationalities = nationalities;
  return { entity: e, source };
}

const ENTITIES: SourcedEntity[] = [
  entity(
    UN,
    'TAi.144',
    'Person',
    [
      ['SIRAJUDDIN JALLALOUDINE HAQQANI', 'primary'],
      ['سراج الدين جلال الدين حقانى', 'original-script'],
      ['Siraj Haqqani', 'alias'],
      ['Serajuddin Haqani', 'alias'],
      ['Siraj Haqani', 'alias'],
      ['Saraj Haqani', 'alias'],
      ['Khalifa', 'weak-alias'],
    ],
    [{ value: '1977', precision: 'range', from: '1977', to: '1978' }],
    ['AF'],
  ),
  entity(
    UN,
    'TAi.040',
    'Person',
    [
      ['JALALUDDIN HAQQANI', 'primary'],
      ['جلال الدين حقانى', 'original-script'],
      ['Jalaluddin Haqani', 'alias'],
      ['Jallalouddin Haqqani', 'alias'],
      ['Jallalouddine Haqani', 'alias'],
    ],
    [
      { value: '1942', precision: 'year' },
      { value: '1948', precision: 'year' },
    ],
    ['AF'],
  ),
  entity(
    UN,
    'TAi.052',
    'Person',
    [
      ['MOHAMMAD YAQOUB', 'primary'],
      ['محمد يعقوب', 'original-script'],
    ],
    [{ value: '1966', precision: 'year' }],
    ['AF'],
  ),
  entity(
    UN,
    'QDi.272',
    'Person',
    [
      ['MOHAMMED YAHYA MUJAHID', 'primary'],
      ['Mohammad Yahya Aziz', 'alias'],
    ],
    [{ value: '1961-03-12', precision: 'day' }],
    ['PK'],
  ),
  entity(OFAC, '15908', 'Vessel', [
    ['DAN', 'primary'],
    ['JUSTICE', 'alias'],
  ]),
];

const index = buildScreeningIndex(ENTITIES);

/** The top hit for a name, asserting there is one. */
function top(name: string, extra: Record<string, unknown> = {}) {
  const hit = screenName(index, { name, ...extra }).results[0];
  assert.ok(hit, `no hit for ${name}`);
  return hit;
}

describe('screenName', () => {
  for (const spelling of [
    'Sirajuddin Haqqani',
    'Siraj-ud-din-Haqqani',
    'Sarajudin Haqqani',
    'Siraj udin Haqqan',
    'Alhaj Khalifa Sirajuddin Haqqani',
    'Serajuddin Haqqani',
    'Siraj Haqqani',
  ]) {
    it(`finds UN TAi.144 as a match for the press spelling "${spelling}"`, () => {
      const hit = top(spelling);
      assert.equal(hit.entityId, 'un:TAi.144');
      assert.equal(hit.match, true, hit.explanation.summary);
    });
  }

  it('finds TAi.144 from an Arabic-script spelling', () => {
    const hit = top('سراج الدين حقاني');
    assert.equal(hit.entityId, 'un:TAi.144');
    assert.equal(hit.match, true);
  });

  it('raises no alert for a different man sharing two common tokens with TAi.052', () => {
    const result = screenName(index, { name: 'Mohammad Yaqoob Mujahid' });
    assert.equal(result.results.filter((h) => h.match).length, 0);
    const why = explainPair(index, { name: 'Mohammad Yaqoob Mujahid' }, 'un:TAi.052');
    assert.ok(why.score < DEFAULT_THRESHOLD);
    assert.ok(
      why.explanation.parts.some((p) => p.evidence === 'unmatched' && p.query[0] === 'mujahid'),
    );
  });

  it('explains a hit with the matched name, part evidence, threshold and list versions', () => {
    const hit = top('Mullah Siraj udin Haqqan', { birthDate: '1977' });
    const e = hit.explanation;
    assert.equal(hit.matchedName.list, 'un');
    assert.ok(['primary', 'alias'].includes(hit.matchedName.kind));
    assert.deepEqual(e.queryHonorifics.length, 1);
    assert.ok(e.parts.some((p) => p.evidence === 'joined' && p.query.join(' ') === 'siraj udin'));
    assert.ok(e.parts.some((p) => p.query[0] === 'haqqan' && p.evidence === 'typo'));
    assert.equal(e.threshold, DEFAULT_THRESHOLD);
    assert.deepEqual(e.lists, [{ list: 'un', version: 3, published: '2026-02-27' }]);
    assert.match(e.algorithm, /^sift-match-/);
    assert.equal(e.score, hit.score);
    assert.ok(hit.ofacScore > 0 && hit.ofacScore <= 100);
    assert.doesNotThrow(() => JSON.stringify(hit));
  });

  it('adds a birth date within the listed range and takes off a distant one', () => {
    const plain = top('Siraj udin Haqqan').score;
    const same = top('Siraj udin Haqqan', { birthDate: '1978-05-01' });
    const far = top('Siraj udin Haqqan', { birthDate: '1990' });
    assert.ok(same.score > plain);
    assert.ok(far.score < plain);
    const effect = far.explanation.qualifiers.find((q) => q.qualifier === 'birthDate');
    assert.ok(effect !== undefined && effect.contribution < 0);
  });

  it('takes off a different country and adds the listed nationality', () => {
    const plain = top('Siraj udin Haqqan').score;
    assert.ok(top('Siraj udin Haqqan', { country: 'af' }).score > plain);
    assert.ok(top('Siraj udin Haqqan', { country: 'BR' }).score < plain);
  });

  it('lets a weak alias confirm but not raise an alert on its own', () => {
    const hit = screenName(index, { name: 'Khalifa' }).results.find(
      (h) => h.entityId === 'un:TAi.144',
    );
    assert.ok(hit);
    assert.equal(hit.matchedName.kind, 'weak-alias');
    assert.equal(hit.match, false);
  });

  it('never matches a person query with a vessel', () => {
    assert.equal(top('Dan').entityId, 'ofac:15908');
    const persons = screenName(index, { name: 'Dan', schema: 'Person' }).results;
    assert.equal(
      persons.some((h) => h.schema === 'Vessel'),
      false,
    );
    assert.equal(explainPair(index, { name: 'Dan', schema: 'Person' }, 'ofac:15908').score, 0);
  });

  it('keeps each schema its own filter when queries of several schemas follow one another', () => {
    const vessels = (schema: Schema | 'Any'): boolean =>
      screenName(index, { name: 'Dan', schema }).results.some((h) => h.entityId === 'ofac:15908');
    assert.equal(vessels('Vessel'), true);
    assert.equal(vessels('Person'), false);
    assert.equal(vessels('Vessel'), true);
    assert.equal(vessels('Any'), true);
    assert.equal(vessels('Person'), false);
  });

  it('honours a per-request threshold and list filter', () => {
    assert.equal(top('Sarajudin Haqqani', { threshold: 0.99 }).match, false);
    assert.equal(
      screenName(index, { name: 'Sirajuddin Haqqani', lists: ['ofac'] }).results.length,
      0,
    );
  });

  it('rejects bad input with QUERY_INVALID', () => {
    for (const query of [
      { name: '   ' },
      { name: 'x'.repeat(10_000) },
      { name: 'Siraj Haqqani', birthDate: '1977-02-30' },
      { name: 'Siraj Haqqani', lists: ['interpol'] },
      { name: 'Siraj Haqqani', lists: [] },
      { name: 'Siraj Haqqani', threshold: 2 },
    ]) {
      assert.throws(
        () => screenName(index, query),
        (error) => isAppError(error, 'QUERY_INVALID'),
      );
    }
  });

  it('returns a listed entity by id', () => {
    assert.equal(getEntity(index, 'un:TAi.052')?.caption, 'MOHAMMAD YAQOUB');
    assert.equal(getEntity(index, 'un:nope'), undefined);
  });
});

describe('screenName on legal forms', () => {
  const companies = buildScreeningIndex([
    entity(OFAC, '7598', 'Organization', [
      ['SERVICIO AEREO DE SANTANDER E.U.', 'primary'],
      ['S.A.S. E.U.', 'alias'],
    ]),
    entity(OFAC, '9001', 'Organization', [['MIRA E.U.', 'primary']]),
  ]);

  it('takes E.U. (empresa unipersonal) for a legal form, so "EU" matches no company', () => {
    const eu = screenName(companies, { name: 'EU' }).results.filter((h) => h.match);
    assert.deepEqual(
      eu.map((h) => h.matchedName.full),
      [],
    );
    const named = screenName(companies, { name: 'Servicio Aereo de Santander' }).results[0];
    assert.equal(named?.entityId, 'ofac:7598');
    assert.equal(named.match, true);
  });
});
