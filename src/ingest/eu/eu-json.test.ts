import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { isAppError } from '../../core/index.ts';
import type { ListEntity } from '../../core/index.ts';
import { parseEuJson } from './eu-json.ts';
import { SHARED_MISSING, sharedUrl } from '../../../test/support/shared-data.ts';

const MIRROR = sharedUrl('eu/eu_fsf_ammitto_2026-05-01.json');

function chunksOf(...parts: string[]): Readable {
  return Readable.from(parts.map((part) => Buffer.from(part)));
}

void describe('parseEuJson', () => {
  void it(
    'reads every record of the EU mirror as persons and organisations',
    { skip: SHARED_MISSING },
    async () => {
      const raw = JSON.parse(readFileSync(MIRROR, 'utf8')) as {
        records: { subject_type: { code: string } }[];
      };
      const result = await parseEuJson(createReadStream(MIRROR));
      const bySchema = (schema: string): number =>
        result.entities.filter((e) => e.schema === schema).length;
      assert.equal(result.meta.recordCount, raw.records.length);
      assert.equal(result.entities.length, 5860);
      assert.equal(bySchema('Person'), 4341);
      assert.equal(bySchema('Organization'), 1519);
      assert.equal(
        bySchema('Person'),
        raw.records.filter((r) => r.subject_type.code === 'person').length,
      );
      assert.equal(result.meta.skippedCount, 0);
      assert.equal(result.meta.published, '2026-05-01');
      assert.deepEqual(result.issues, []);
      assert.ok(
        result.entities.every(
          (e) => e.names[0]?.kind === 'primary' && e.names.some((n) => n.full === e.caption),
        ),
      );
      // The EU marks no main alias and the mirror lists them newest first: the caption is the
      // name the record was listed under, not the latest spelling added.
      const haqqani = result.entities.find((e) => e.reference === '4020');
      assert.equal(haqqani?.caption, 'Sirajuddin Jallaloudine Haqqani');
      assert.equal(haqqani.names[0]?.full, 'Saraj Haqani');
      const nechayev = result.entities.find((e) => e.reference === '135660');
      assert.equal(nechayev?.caption, 'Alexey Gennadyevich NECHAYEV');
    },
  );

  void it(
    'reads a named person with multi-script names, birth date and programme',
    { skip: SHARED_MISSING },
    async () => {
      const entities: ListEntity[] = [];
      const result = await parseEuJson(createReadStream(MIRROR), {
        onEntity: (e) => entities.push(e),
      });
      assert.equal(result.entities.length, 0, 'streaming mode keeps no entities');
      const putin = entities.find((e) => e.id === 'eu:135909');
      assert.ok(putin);
      assert.equal(putin.properties.euReferenceNumber?.[0], 'EU.7510.16');
      assert.equal(putin.names[0]?.script, 'Cyrl');
      const latin = putin.names.find((n) => n.full === 'Vladimir Vladimirovich PUTIN');
      assert.equal(latin?.kind, 'alias');
      assert.equal(latin.script, 'Latn');
      assert.deepEqual(putin.birthDates, [{ value: '1952-10-07', precision: 'day' }]);
      assert.deepEqual(putin.programs, ['UKR']);
      assert.equal(putin.gender, 'male');
      assert.equal(putin.listedOn, '2022-02-25');

      const saddam = entities.find((e) => e.id === 'eu:13');
      assert.equal(saddam?.reason, 'UNSC RESOLUTION 1483');
      assert.equal(saddam.names.find((n) => n.full === 'Abou Ali')?.lang, 'fr');
      assert.deepEqual(saddam.names[0]?.parts, [
        { type: 'given', value: 'Saddam' },
        { type: 'family', value: 'Hussein Al-Tikriti' },
      ]);
      assert.deepEqual(saddam.nationalities, ['IQ']);
    },
  );

  void it(
    'converts Hijri birth years and keeps UN ids and identifiers',
    { skip: SHARED_MISSING },
    async () => {
      const { entities } = await parseEuJson(createReadStream(MIRROR));
      const soleimani = entities.find((e) => e.reference === '127388');
      // Iranian "ISLAMIC" years are Solar Hijri: 1343 is 1964/65, next to the Gregorian 1964 and 1965.
      assert.deepEqual(
        soleimani?.birthDates.find((d) => d.precision === 'range'),
        {
          value: '1964',
          precision: 'range',
          from: '1964',
          to: '1965',
          note: 'ISLAMIC calendar: 1343',
        },
      );
      const asiri = entities.find((e) => e.reference === '6177');
      assert.equal(asiri?.birthDates[0]?.value, '1982-04-19');
      assert.deepEqual(
        asiri.identifiers.find((i) => i.type === 'passport'),
        { type: 'passport', value: 'F654645', country: 'SA' },
      );
      const withUnId = entities.filter((e) => e.properties.unId !== undefined);
      assert.equal(withUnId.length, 88);
      const vessel = entities.find((e) => e.reference === '107840');
      assert.deepEqual(vessel?.properties.imoNumber, ['5342883']);
    },
  );

  void it('refuses truncated JSON with INGEST_PARSE_FAILED', async () => {
    await assert.rejects(
      parseEuJson(chunksOf('{"meta": {}, "records": [{"logical_id": "1"')),
      (error) => isAppError(error, 'INGEST_PARSE_FAILED'),
    );
  });

  void it('refuses a file over 200 MB before parsing it', async () => {
    const megabyte = Buffer.alloc(1024 * 1024, 0x20);
    // The same megabyte 201 times: the parser must stop counting before it holds them all.
    const huge = (): Readable => Readable.from(Array.from({ length: 201 }, () => megabyte));
    await assert.rejects(
      parseEuJson(huge()),
      (error) => isAppError(error, 'INGEST_PARSE_FAILED') && /200 MB/.test(error.message),
    );
  });

  void it('skips a record without logicalId as an error issue', async () => {
    const doc = JSON.stringify({
      meta: {},
      records: [
        {
          eu_reference_number: 'EU.1.1',
          subject_type: { code: 'person' },
          name_aliases: [{ whole_name: 'A B', strong: true }],
        },
        {
          logical_id: '7',
          subject_type: { code: 'enterprise' },
          name_aliases: [{ whole_name: 'Acme', strong: true }],
        },
      ],
    });
    const result = await parseEuJson(chunksOf(doc));
    assert.equal(result.entities.length, 1);
    assert.equal(result.meta.skippedCount, 1);
    assert.equal(result.issues[0]?.code, 'RECORD_NO_REFERENCE');
    assert.equal(result.meta.published, undefined);
  });
});
