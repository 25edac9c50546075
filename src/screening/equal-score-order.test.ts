import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import type { ListSource, SourcedEntity } from '../core/index.ts';
import { buildScreeningIndex, screenName } from './index.ts';
import { TEST_OFAC_SOURCE, TEST_UN_SOURCE } from './test-list-sources.ts';

const UK: ListSource = { ...TEST_OFAC_SOURCE, list: 'uk', format: 'uk-json', fileName: 'uk.json' };

function listed(source: ListSource, reference: string, name: string): SourcedEntity {
  const entity = newEntity(source.list, reference, 'Person', name);
  entity.names = [{ full: name, kind: 'primary' }];
  return { entity, source };
}

describe('hits with equal scores', () => {
  it('come in list authority order, the UN first, whatever order the lists were loaded in', () => {
    // The same person on three lists under the same name: the UN record leads, then OFAC, then
    // the UK, although the UK's was indexed first.
    const index = buildScreeningIndex([
      listed(UK, 'AFG0001', 'Qarvelo Dinrami Hanifzo'),
      listed(TEST_OFAC_SOURCE, '1', 'Qarvelo Dinrami Hanifzo'),
      listed(TEST_UN_SOURCE, 'TAi.001', 'Qarvelo Dinrami Hanifzo'),
    ]);
    const hits = screenName(index, { name: 'Qarvelo Dinrami Hanifzo' }).results;
    assert.deepEqual(
      hits.map((h) => h.list),
      ['un', 'ofac', 'uk'],
    );
    assert.equal(hits[0]!.score, hits[2]!.score);
  });

  it("put an entity's own name before another's alias of the same spelling on the same list", () => {
    // Two men on one list: one listed as "Qarvelo Hanifzo", the other (indexed first) carries
    // that spelling only as an alias of a longer name.
    const other = listed(TEST_OFAC_SOURCE, '2', 'Qarvelo Hanifzo Dinrami Tolbek');
    other.entity.names.push({ full: 'Qarvelo Hanifzo', kind: 'alias' });
    const index = buildScreeningIndex([other, listed(TEST_OFAC_SOURCE, '7', 'Qarvelo Hanifzo')]);
    const hits = screenName(index, { name: 'Qarvelo Hanifzo' }).results;
    assert.equal(hits[0]!.score, hits[1]!.score);
    assert.deepEqual(
      hits.map((h) => h.entityId),
      ['ofac:7', 'ofac:2'],
    );
  });
});
