import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectListFormat } from './detect-format.ts';
import { SHARED_MISSING, sharedFile } from '../../test/support/shared-data.ts';

function head(path: string): Uint8Array {
  return readFileSync(sharedFile(path)).subarray(0, 65_536);
}

describe('detectListFormat', () => {
  it('tells each real list file format from its content', { skip: SHARED_MISSING }, () => {
    assert.equal(detectListFormat(head('un/un_consolidated_2026-02-27.xml')), 'un-xml');
    assert.equal(detectListFormat(head('ofac/official_csv_2021-07/sdn.csv')), 'ofac-csv');
    assert.equal(detectListFormat(head('ofac/official_sdn_csv_2024-05-03/sdn.csv')), 'ofac-csv');
    assert.equal(detectListFormat(head('ofac/sdn_json_2026-08-20/ofac-sdn.json')), 'ofac-json');
    assert.equal(detectListFormat(head('eu/eu_fsf_ammitto_2026-05-01.json')), 'eu-json');
    assert.equal(detectListFormat(head('uk/uk_sanctions_list_ammitto_2026-08-22.json')), 'uk-json');
    assert.equal(detectListFormat(head('opensanctions/yente_zala_entities.ftm.json')), 'ftm-json');
  });

  it('ignores a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<?xml version="1.0"?><CONSOLIDATED_LIST>'),
    ]);
    assert.equal(detectListFormat(bytes), 'un-xml');
  });

  it('refuses UTF-16 text, binary noise, empty input and unknown formats with clear codes', () => {
    assert.throws(() => detectListFormat(Buffer.from([0xff, 0xfe, 0x3c, 0x00])), {
      code: 'INPUT_UNREADABLE',
      message: /UTF-16/,
    });
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 7919) % 256;
    assert.throws(() => detectListFormat(noise), { code: 'INPUT_UNREADABLE' });
    assert.throws(() => detectListFormat(Buffer.from('   \n')), { code: 'INGEST_EMPTY' });
    assert.throws(() => detectListFormat(Buffer.from('name,dob\nJohn,1970\n')), {
      code: 'INGEST_FORMAT_UNKNOWN',
    });
  });
});
