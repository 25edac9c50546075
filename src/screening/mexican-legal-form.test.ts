import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../core/index.ts';
import { buildScreeningIndex, screenName } from './index.ts';
import { TEST_OFAC_SOURCE } from './test-list-sources.ts';

// OFAC uid 54920 (names file of 2026-08-20): a Mexican rural production company.
const e = newEntity('ofac', '54920', 'Organization', 'AGROLAREN, S.P.R. DE R.L. DE C.V.');
e.names = [{ full: 'AGROLAREN, S.P.R. DE R.L. DE C.V.', kind: 'primary' }];
const index = buildScreeningIndex([{ entity: e, source: TEST_OFAC_SOURCE }]);

describe('a Mexican S.P.R. de R.L. de C.V.', () => {
  it('is a legal form, so the press name alone meets the listing', () => {
    const top = screenName(index, { name: 'Agrolaren' }).results[0];
    assert.equal(top?.reference, '54920');
    assert.equal(top?.match, true);
  });
});
