import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppError, newEntity } from '../core/index.ts';
import type { SourcedEntity } from '../core/index.ts';
import { buildScreeningIndex, DEFAULT_THRESHOLD, screenName } from './index.ts';
import { TEST_OFAC_SOURCE } from './test-list-sources.ts';

// A vessel, a bank and a person shaped like OFAC SDN records of 2026-08-20 (the IMO number, BIC
// and passport as the parsers store them), so that these tests run without ../shared.
const OFAC = TEST_OFAC_SOURCE;

const vessel = newEntity('ofac', '9001', 'Vessel', 'ADRIAN DARYA 1');
vessel.names = [
  { full: 'ADRIAN DARYA 1', kind: 'primary' },
  { full: 'GRACE 1', kind: 'former' },
];
vessel.properties = { imoNumber: ['9116412'] };
vessel.identifiers = [{ type: 'IMO', value: '9116412' }];
const bank = newEntity('ofac', '9002', 'Organization', 'BANK MELLI IRAN');
bank.names = [{ full: 'BANK MELLI IRAN', kind: 'primary' }];
bank.identifiers = [{ type: 'SWIFT/BIC', value: 'MELIIRTH' }];
bank.countries = ['IR'];
const person = newEntity('ofac', '9003', 'Person', 'Viktor Feliksovich VEKSELBERG');
person.names = [{ full: 'Viktor Feliksovich VEKSELBERG', kind: 'primary' }];
person.identifiers = [{ type: 'Passport', value: '530 211 784', country: 'RU' }];
person.nationalities = ['RU'];
const ENTITIES: SourcedEntity[] = [vessel, bank, person].map((entity) => ({
  entity,
  source: OFAC,
}));
const index = buildScreeningIndex(ENTITIES);

describe('screenName with identifiers', () => {
  it('finds a vessel by its IMO number alone, written with or without the IMO label', () => {
    for (const id of ['IMO 9116412', '9116412', 'imo9116412']) {
      const hit = screenName(index, { identifiers: [id] }).results[0];
      assert.ok(hit, `no hit for ${id}`);
      assert.equal(hit.entityId, 'ofac:9001');
      assert.ok(hit.match);
      assert.ok(hit.explanation.qualifiers.some((q) => q.qualifier === 'identifier'));
    }
  });

  it('raises a renamed vessel to a match when its IMO number agrees', () => {
    const result = screenName(index, { name: 'Sea Breeze', identifiers: ['IMO 9116412'] });
    const hit = result.results.find((h) => h.entityId === 'ofac:9001');
    assert.ok(hit);
    assert.ok(hit.score >= DEFAULT_THRESHOLD);
    assert.match(hit.explanation.summary, /identifier/);
  });

  it('compares passport numbers and BICs without their spaces or case', () => {
    const p = screenName(index, { name: 'Wiktor Wekselberg', identifiers: ['530211784'] });
    assert.equal(p.results[0]?.entityId, 'ofac:9003');
    assert.ok((p.results[0]?.score ?? 0) >= 0.95);
    const b = screenName(index, { identifiers: ['meli irth'] });
    assert.equal(b.results[0]?.entityId, 'ofac:9002');
  });

  it('finds nothing by a number no entity carries', () => {
    assert.equal(screenName(index, { identifiers: ['IMO 1234567'] }).results.length, 0);
  });

  it('rejects a query with neither a name nor a usable identifier', () => {
    for (const query of [{}, { identifiers: ['12'] }, { name: ' ', identifiers: [] }]) {
      assert.throws(
        () => screenName(index, query),
        (e: unknown) => isAppError(e) && e.code === 'QUERY_INVALID',
      );
    }
  });
});

describe('screenName with a country written as a name', () => {
  it('accepts a code in any case, a country name or the UN long form', () => {
    for (const country of ['RU', 'ru', 'RUS', 'Russia', 'Russian Federation']) {
      const result = screenName(index, { name: 'Viktor Vekselberg', country });
      assert.equal(result.query.country, 'RU', country);
    }
    const iran = screenName(index, { name: 'Bank Melli', country: 'Iran (Islamic Republic of)' });
    assert.equal(iran.query.country, 'IR');
  });

  it('rejects a country it cannot read', () => {
    assert.throws(
      () => screenName(index, { name: 'Bank Melli', country: 'Atlantis' }),
      (e: unknown) => isAppError(e) && e.code === 'QUERY_INVALID',
    );
  });
});
