import assert from 'node:assert/strict';
import { openSync, readSync, closeSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sniffOfac, sniffOfacCsvPart } from './ofac-sniff.ts';
import { SHARED_MISSING, sharedUrl } from '../../../test/support/shared-data.ts';

const OFAC_DIR = sharedUrl('');

/** The first `bytes` of a shared data file, as text. */
function head(path: string, bytes = 4096): string {
  const fd = openSync(new URL(path, OFAC_DIR), 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

describe('sniffOfac', () => {
  it('recognises the legacy sdn.csv files by their content', { skip: SHARED_MISSING }, () => {
    assert.equal(sniffOfac(head('ofac/official_csv_2021-07/sdn.csv')), 'ofac-csv');
    assert.equal(sniffOfac(head('ofac/official_sdn_csv_2024-05-03/sdn.csv')), 'ofac-csv');
    assert.equal(sniffOfac(head('ofac/watchman_ofactest_subset/sdn.csv')), 'ofac-csv');
  });

  it('recognises the JSON names file but not its metadata file', { skip: SHARED_MISSING }, () => {
    assert.equal(sniffOfac(head('ofac/sdn_json_2026-08-20/ofac-sdn.json')), 'ofac-json');
    assert.equal(sniffOfac(head('ofac/sdn_json_2026-08-20/metadata.json')), undefined);
  });

  it(
    'does not claim the other lists or the side files of the set',
    { skip: SHARED_MISSING },
    () => {
      assert.equal(sniffOfac(head('un/un_consolidated_2026-02-27.xml')), undefined);
      assert.equal(sniffOfac(head('eu/eu_fsf_ammitto_2026-05-01.json')), undefined);
      assert.equal(sniffOfac(head('ofac/official_csv_2021-07/alt.csv')), undefined);
      assert.equal(sniffOfac(head('ofac/sdn_json_2026-08-20/ofac-sdn.csv')), undefined);
    },
  );

  it('tells the four files of a legacy set apart', { skip: SHARED_MISSING }, () => {
    const dir = 'ofac/official_csv_2021-07';
    assert.equal(sniffOfacCsvPart(head(`${dir}/sdn.csv`)), 'sdn');
    assert.equal(sniffOfacCsvPart(head(`${dir}/alt.csv`)), 'alt');
    assert.equal(sniffOfacCsvPart(head(`${dir}/add.csv`)), 'add');
    assert.equal(sniffOfacCsvPart(head(`${dir}/sdn_comments.csv`)), 'comments');
  });

  it('says nothing about empty or unrelated text', () => {
    assert.equal(sniffOfac(''), undefined);
    assert.equal(sniffOfac('name,country\nAlice,FR\n'), undefined);
    assert.equal(sniffOfac('{"entries": []}'), undefined);
  });
});
