import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { isAppError, type ListEntity } from '../../core/index.ts';
import { parseUkCsv } from './uk-csv.ts';
import { parseUkJson } from './uk-json.ts';
import { parseUkXml } from './uk-xml.ts';
import { SHARED_MISSING, sharedUrl } from '../../../test/support/shared-data.ts';

const MIRROR = sharedUrl('uk/uk_sanctions_list_ammitto_2026-08-22.json');
const FIXTURE = new URL('../../../test/fixtures/uk/uk-sanctions-list-sample.xml', import.meta.url);
const CSV_FIXTURE = new URL(
  '../../../test/fixtures/uk/uk-sanctions-list-sample.csv',
  import.meta.url,
);

function summary(entity: ListEntity): unknown {
  const { schema, caption, names, listedOn, programs, reason, addresses, properties } = entity;
  return { schema, caption, names, listedOn, programs, reason, addresses, unId: properties.unId };
}

void describe('parseUkXml', () => {
  void it(
    'reads the sample to the same entities as their mirror records',
    { skip: SHARED_MISSING },
    async () => {
      const sample = await parseUkXml(createReadStream(FIXTURE));
      const mirror = new Map<string, ListEntity>();
      await parseUkJson(createReadStream(MIRROR), { onEntity: (e) => mirror.set(e.id, e) });
      assert.equal(sample.entities.length, 25);
      for (const entity of sample.entities) {
        assert.deepEqual(summary(entity), summary(mirror.get(entity.id)!), entity.id);
      }
    },
  );

  void it('reads the same entities as the CSV layout of the same records', async () => {
    const xml = await parseUkXml(createReadStream(FIXTURE));
    const csv = await parseUkCsv(createReadStream(CSV_FIXTURE));
    assert.deepEqual(xml.entities, csv.entities);
    assert.equal(xml.meta.published, '2026-08-22');
    assert.ok(!xml.issues.some((issue) => issue.code === 'ELEMENT_UNKNOWN'));
  });

  void it('keeps the UN reference of a UN-listed record', async () => {
    const { entities } = await parseUkXml(createReadStream(FIXTURE));
    const taliban = entities.find((entity) => entity.reference === 'AFG0006');
    assert.deepEqual(taliban?.properties.unId, ['TAi.002']);
    assert.equal(taliban.caption, 'MOHAMMAD HASSAN AKHUND');
  });

  void it('refuses a truncated document', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const truncated = text.slice(0, Math.floor(text.length / 2));
    await assert.rejects(parseUkXml(Readable.from([truncated])), (error) =>
      isAppError(error, 'INGEST_PARSE_FAILED'),
    );
  });

  void it('reports a designation without a Unique ID as skipped', async () => {
    const xml =
      '<Designations><Designation><Names><Name><Name6>X</Name6><NameType>Primary Name</NameType>' +
      '</Name></Names></Designation></Designations>';
    const result = await parseUkXml(Readable.from([xml]));
    assert.equal(result.meta.skippedCount, 1);
    assert.equal(result.issues[0]?.code, 'RECORD_NO_REFERENCE');
  });
});
