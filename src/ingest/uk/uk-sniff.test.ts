import assert from 'node:assert/strict';
import { openSync, readSync, closeSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sniffUk } from './uk-sniff.ts';
import { SHARED_MISSING, sharedUrl } from '../../../test/support/shared-data.ts';

const SHARED = sharedUrl('');
const FIXTURES = new URL('../../../test/fixtures/uk/', import.meta.url);

function head(url: URL): string {
  const fd = openSync(url, 'r');
  const buffer = Buffer.alloc(4096);
  const size = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  return buffer.subarray(0, size).toString('utf8');
}

void describe('sniffUk', () => {
  void it('tells the official CSV and XML layouts from their first bytes', () => {
    assert.equal(sniffUk(head(new URL('uk-sanctions-list-sample.csv', FIXTURES))), 'uk-csv');
    assert.equal(sniffUk(head(new URL('uk-sanctions-list-sample.xml', FIXTURES))), 'uk-xml');
  });

  void it('tells the JSON mirror and rejects other lists', { skip: SHARED_MISSING }, () => {
    assert.equal(
      sniffUk(head(new URL('uk/uk_sanctions_list_ammitto_2026-08-22.json', SHARED))),
      'uk-json',
    );
    assert.equal(sniffUk(head(new URL('un/un_consolidated_2026-02-27.xml', SHARED))), undefined);
    assert.equal(sniffUk(head(new URL('eu/eu_fsf_ammitto_2026-05-01.json', SHARED))), undefined);
    assert.equal(
      sniffUk(head(new URL('ofac/official_sdn_csv_2024-05-03/sdn.csv', SHARED))),
      undefined,
    );
  });
});
