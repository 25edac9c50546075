import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { isAppError } from '../../core/index.ts';
import { parseEuJson } from './eu-json.ts';
import { parseEuXml } from './eu-xml.ts';
import { SHARED_MISSING, sharedUrl } from '../../../test/support/shared-data.ts';

const MIRROR = sharedUrl('eu/eu_fsf_ammitto_2026-05-01.json');
const FIXTURE = new URL('../../../test/fixtures/eu/eu-fsf-sample.xml', import.meta.url);

function chunksOf(...parts: (string | Buffer)[]): Readable {
  return Readable.from(parts);
}

/** A hand-written record in the official layout, for what the mirror lacks (it has no strong="false"). */
const WEAK_ALIAS_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2024-12-11T21:24:35.826+01:00">
  <sanctionEntity designationDetails="" unitedNationId="QDi.999" euReferenceNumber="EU.1.2" logicalId="900">
    <remark>Synthetic test record.</remark>
    <regulation regulationType="regulation" publicationDate="2010-01-02" entryIntoForceDate="2010-01-03" programme="TAQA" logicalId="1">
      <publicationUrl>https://example.invalid/oj</publicationUrl>
    </regulation>
    <regulation regulationType="amendment" publicationDate="2015-05-06" programme="TAQA" logicalId="2"/>
    <subjectType code="person" classificationCode="P"/>
    <nameAlias wholeName="Abu Test" strong="false" nameLanguage="" logicalId="3"/>
    <nameAlias firstName="Test" middleName="" lastName="Person" wholeName="Test Person" nameLanguage="EN" strong="true" gender="M" logicalId="4"/>
    <nameAlias wholeName="Тест Персон" nameLanguage="RU" strong="true" logicalId="5"/>
    <birthdate circa="true" calendarType="GREGORIAN" year="1970" countryIso2Code="00" countryDescription="UNKNOWN" logicalId="6"/>
    <birthdate circa="false" calendarType="GREGORIAN" year="1971" monthOfYear="3" countryIso2Code="00" logicalId="7"/>
    <identification identificationTypeCode="passport" number="X1" countryIso2Code="IQ" logicalId="8"><remark>expired</remark></identification>
  </sanctionEntity>
</export>
`;

void describe('parseEuXml', () => {
  void it(
    'reads the fixture records exactly as the mirror records they were written from',
    { skip: SHARED_MISSING },
    async () => {
      const xml = await parseEuXml(createReadStream(FIXTURE));
      const mirror = await parseEuJson(createReadStream(MIRROR));
      assert.equal(xml.entities.length, 25);
      assert.equal(xml.meta.recordCount, 25);
      assert.deepEqual(xml.issues, []);
      assert.equal(xml.meta.published, '2026-05-01');
      assert.ok(xml.entities.some((e) => e.schema === 'Organization'));
      assert.ok(xml.entities.some((e) => e.properties.unId !== undefined));
      const byId = new Map(mirror.entities.map((e) => [e.id, e]));
      for (const entity of xml.entities) assert.deepEqual(entity, byId.get(entity.id), entity.id);
    },
  );

  void it('decodes characters split across chunks', async () => {
    const bytes = readFileSync(FIXTURE);
    const whole = await parseEuXml(chunksOf(bytes));
    const pieces: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += 997) pieces.push(bytes.subarray(at, at + 997));
    const split = await parseEuXml(chunksOf(...pieces));
    assert.deepEqual(split.entities, whole.entities);
    assert.ok(whole.entities.some((e) => e.names.some((n) => n.script === 'Cyrl')));
  });

  void it('marks strong="false" names as weak aliases and the first strong name as primary', async () => {
    const { entities, meta } = await parseEuXml(chunksOf(WEAK_ALIAS_XML));
    const entity = entities[0];
    assert.ok(entity);
    assert.equal(meta.published, '2024-12-11');
    assert.equal(entity.id, 'eu:900');
    assert.deepEqual(
      entity.names.map((n) => [n.full, n.kind, n.lang, n.script]),
      [
        ['Test Person', 'primary', 'en', 'Latn'],
        ['Abu Test', 'weak-alias', undefined, 'Latn'],
        ['Тест Персон', 'alias', 'ru', 'Cyrl'],
      ],
    );
    assert.equal(entity.caption, 'Test Person');
    assert.deepEqual(entity.birthDates, [
      { value: '1970', precision: 'year', note: 'circa' },
      { value: '1971-03', precision: 'month' },
    ]);
    assert.equal(entity.listedOn, '2010-01-02');
    assert.deepEqual(entity.amendedOn, ['2015-05-06']);
    assert.equal(entity.reason, 'Synthetic test record.');
    assert.deepEqual(entity.properties.unId, ['QDi.999']);
    assert.deepEqual(entity.properties.sourceUrl, ['https://example.invalid/oj']);
    assert.deepEqual(entity.identifiers, [
      { type: 'passport', value: 'X1', country: 'IQ', note: 'expired' },
    ]);
  });

  void it('refuses truncated XML with INGEST_PARSE_FAILED', async () => {
    const bytes = readFileSync(FIXTURE);
    await assert.rejects(
      parseEuXml(chunksOf(bytes.subarray(0, Math.floor(bytes.length / 2)))),
      (error) => isAppError(error, 'INGEST_PARSE_FAILED'),
    );
  });

  void it('refuses an XML file whose root is not the EU export', async () => {
    await assert.rejects(
      parseEuXml(chunksOf('<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>')),
      (error) =>
        isAppError(error, 'INGEST_PARSE_FAILED') && /CONSOLIDATED_LIST/.test(error.message),
    );
  });
});
