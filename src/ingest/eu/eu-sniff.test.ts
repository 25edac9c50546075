import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sniffEu } from './eu-sniff.ts';
import { sniffFtm } from '../ftm/ftm-sniff.ts';
import { SHARED_MISSING, sharedUrl } from '../../../test/support/shared-data.ts';

const DATA = sharedUrl('');

function head(url: URL): string {
  return readFileSync(url).subarray(0, 4096).toString('utf8');
}

void describe('sniffEu and sniffFtm', () => {
  void it('tells the EU XML fixture and the EU JSON mirror apart', { skip: SHARED_MISSING }, () => {
    const xml = head(new URL('../../../test/fixtures/eu/eu-fsf-sample.xml', import.meta.url));
    const json = head(new URL('eu/eu_fsf_ammitto_2026-05-01.json', DATA));
    assert.equal(sniffEu(xml), 'eu-xml');
    assert.equal(sniffEu(json), 'eu-json');
    assert.equal(sniffFtm(xml), undefined);
    assert.equal(sniffFtm(json), undefined);
  });

  void it(
    'recognises FtM lines whose first entity is longer than the head',
    { skip: SHARED_MISSING },
    () => {
      const zala = head(new URL('opensanctions/yente_zala_entities.ftm.json', DATA));
      assert.equal(sniffFtm(zala.slice(0, 1000)), 'ftm-json');
      assert.equal(
        sniffFtm(head(new URL('opensanctions/yente_t1_eu_fsf_entities.ftm.json', DATA))),
        'ftm-json',
      );
      assert.equal(sniffEu(zala), undefined);
    },
  );

  void it('claims none of the other lists', { skip: SHARED_MISSING }, () => {
    for (const path of [
      'un/un_consolidated_2026-02-27.xml',
      'uk/uk_sanctions_list_ammitto_2026-08-22.json',
      'ofac/official_sdn_csv_2024-05-03/sdn.csv',
    ]) {
      const text = head(new URL(path, DATA));
      assert.equal(sniffEu(text), undefined, path);
      assert.equal(sniffFtm(text), undefined, path);
    }
  });
});
