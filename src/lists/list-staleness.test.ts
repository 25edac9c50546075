import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { listStaleness } from './list-staleness.ts';

const DAY = 86_400_000;
const now = new Date('2026-12-05T12:00:00.000Z');

describe('listStaleness', () => {
  it('judges each list by its newest version, stale past the age', () => {
    const versions = [
      { list: 'un', importedAt: '2026-11-01T00:00:00.000Z' },
      { list: 'un', importedAt: '2026-12-04T12:00:00.000Z' },
      { list: 'ofac', importedAt: '2026-11-20T12:00:00.000Z' },
    ];
    const [ofac, un] = listStaleness(versions, 7 * DAY, now);
    assert.equal(un?.stale, false);
    assert.equal(un?.ageHours, 24);
    assert.equal(un?.warning, undefined);
    assert.equal(ofac?.stale, true);
    assert.match(
      ofac?.warning ?? '',
      /^ofac: the newest version was imported 15 days ago, over the 7 days limit/,
    );
  });

  it('never reports a list stale when the age is 0 (off)', () => {
    const [un] = listStaleness([{ list: 'un', importedAt: '2020-01-01T00:00:00.000Z' }], 0, now);
    assert.equal(un?.stale, false);
  });
});
