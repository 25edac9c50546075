import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parseUnXml } from './un-xml.ts';
import { SHARED_MISSING, sharedFile } from '../../../test/support/shared-data.ts';

const UN_FILE = 'un/un_consolidated_2026-02-27.xml';

describe('parseUnXml', () => {
  it(
    'reads 730 persons and 273 organisations from the real UN list',
    { skip: SHARED_MISSING },
    async () => {
      const result = await parseUnXml(createReadStream(sharedFile(UN_FILE)));
      const persons = result.entities.filter((e) => e.schema === 'Person').length;
      const orgs = result.entities.filter((e) => e.schema === 'Organization').length;
      assert.equal(persons, 730);
      assert.equal(orgs, 273);
      assert.equal(result.meta.published, '2026-02-27');
      assert.equal(result.meta.skippedCount, 0);
    },
  );

  it(
    'keeps name parts, weak aliases, original script, birth range and listing facts',
    { skip: SHARED_MISSING },
    async () => {
      const result = await parseUnXml(createReadStream(sharedFile(UN_FILE)));
      const haqqani = result.entities.find((e) => e.id === 'un:TAi.144');
      assert.ok(haqqani);
      assert.equal(haqqani.caption, 'SIRAJUDDIN JALLALOUDINE HAQQANI');
      assert.deepEqual(
        haqqani.names[0]?.parts?.map((p) => p.type),
        ['given', 'middle', 'family'],
      );
      assert.ok(haqqani.names.some((n) => n.kind === 'weak-alias' && n.full === 'Khalifa'));
      assert.ok(haqqani.names.some((n) => n.kind === 'original-script' && n.script === 'Arab'));
      assert.deepEqual(haqqani.birthDates[0], {
        value: '1977',
        precision: 'range',
        from: '1977',
        to: '1978',
        note: 'Approximately',
      });
      assert.equal(haqqani.listedOn, '2007-09-13');
      assert.deepEqual(haqqani.nationalities, ['AF']);
      assert.deepEqual(haqqani.programs, ['Taliban']);
      assert.match(haqqani.reason ?? '', /Heading the Haqqani Network \(TAe\.012\)/);

      const zawahiri = result.entities.find((e) => e.id === 'un:QDi.006');
      assert.ok(zawahiri);
      assert.deepEqual(zawahiri.birthDates[0], { value: '1951-06-19', precision: 'day' });
      assert.deepEqual(zawahiri.titles, ['Doctor', 'Dr.']);
      assert.ok(zawahiri.identifiers.some((i) => i.value === '1084010' && i.country === 'EG'));
      assert.equal(zawahiri.amendedOn.at(-1), '2025-03-11');
    },
  );

  it('refuses a truncated file with a parse error', { skip: SHARED_MISSING }, async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(sharedFile(UN_FILE));
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
    await assert.rejects(parseUnXml(Readable.from([truncated])), { code: 'INGEST_PARSE_FAILED' });
  });

  it('reports a duplicate reference and a record with no name as issues', async () => {
    const xml = `<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2026-01-02T00:00:00Z"><INDIVIDUALS>
      <INDIVIDUAL><FIRST_NAME>ANA</FIRST_NAME><SECOND_NAME>ONE</SECOND_NAME><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER></INDIVIDUAL>
      <INDIVIDUAL><FIRST_NAME>ANA</FIRST_NAME><REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER></INDIVIDUAL>
      <INDIVIDUAL><FIRST_NAME/><REFERENCE_NUMBER>XXi.002</REFERENCE_NUMBER></INDIVIDUAL>
      </INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>`;
    const result = await parseUnXml(Readable.from([Buffer.from(xml)]));
    assert.equal(result.entities.length, 1);
    assert.equal(result.meta.recordCount, 3);
    assert.equal(result.meta.skippedCount, 2);
    assert.deepEqual(
      result.issues.map((i) => i.code),
      ['DUPLICATE_REFERENCE', 'RECORD_NO_NAME'],
    );
    assert.equal(result.meta.published, '2026-01-02');
  });

  it('streams entities to onEntity without keeping them', { skip: SHARED_MISSING }, async () => {
    let count = 0;
    const result = await parseUnXml(createReadStream(sharedFile(UN_FILE)), {
      onEntity: () => (count += 1),
    });
    assert.equal(count, 1003);
    assert.equal(result.entities.length, 0);
  });
});
