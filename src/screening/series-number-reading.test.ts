import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import type { SourcedEntity } from '../core/index.ts';
import { buildScreeningIndex, screenName } from './index.ts';
import { endsInSeriesNumeral } from './series-number-reading.ts';
import { TEST_OFAC_SOURCE } from './test-list-sources.ts';

const OFAC = TEST_OFAC_SOURCE;

// Vessels of the OFAC names file of 2026-08-20 (uids 15037, 15038, 15076, 47323).
function vessel(reference: string, names: string[]): SourcedEntity {
  const e = newEntity('ofac', reference, 'Vessel', names[0]!);
  e.names = names.map((full, i) => ({ full, kind: i === 0 ? 'primary' : 'alias' }));
  return { entity: e, source: OFAC };
}

const index = buildScreeningIndex([
  vessel('15037', ['ARK III']),
  vessel('15038', ['ARGO I']),
  vessel('15076', ['SEA STAR III']),
  vessel('47323', ['YAMUNA', 'ARGO']),
]);

describe('a query of no stated type that ends in a Roman numeral', () => {
  it('finds the listed vessel of that series number, exactly', () => {
    for (const [name, reference] of [
      ['Sea Star III', '15076'],
      ['ARGO I', '15038'],
      ['Ark III', '15037'],
    ] as const) {
      const top = screenName(index, { name }).results[0];
      assert.equal(top?.reference, reference, name);
      assert.equal(top?.score, 1, name);
    }
  });

  it('is told from names that only end in a letter or a word', () => {
    assert.equal(endsInSeriesNumeral('Sea Star III'), true);
    assert.equal(endsInSeriesNumeral('Argo I'), true);
    assert.equal(endsInSeriesNumeral('III'), false);
    assert.equal(endsInSeriesNumeral('Sea Star'), false);
    assert.equal(endsInSeriesNumeral('Kim Il'), false);
  });
});
