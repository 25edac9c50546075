import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { isAppError, type ListEntity } from '../../core/index.ts';
import { parseUkJson, UK_JSON_MAX_BYTES } from './uk-json.ts';
import { SHARED_MISSING, sharedUrl } from '../../../test/support/shared-data.ts';

const MIRROR = sharedUrl('uk/uk_sanctions_list_ammitto_2026-08-22.json');

interface RawName extends Record<string, string | undefined> {
  alias_strength?: string;
}
interface RawRecord {
  unique_id: string;
  names: { names: RawName[] };
}

function rawFull(name: RawName): string {
  return [1, 2, 3, 4, 5, 6]
    .map((index) => name[`name${index}`]?.trim() ?? '')
    .filter((part) => part !== '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

void describe('parseUkJson', () => {
  void it('reads every record of the mirror with its type', { skip: SHARED_MISSING }, async () => {
    const result = await parseUkJson(createReadStream(MIRROR));
    assert.equal(result.meta.recordCount, 6349);
    assert.equal(result.meta.skippedCount, 0);
    assert.equal(result.entities.length, 6349);
    const bySchema: Record<string, number> = {};
    for (const entity of result.entities)
      bySchema[entity.schema] = (bySchema[entity.schema] ?? 0) + 1;
    assert.deepEqual(bySchema, { Organization: 1647, Person: 4036, Vessel: 666 });
    // The mirror states no report date: the newest "last updated" stands in.
    assert.equal(result.meta.published, '2026-08-20');
    assert.ok(result.issues.every((issue) => issue.level === 'warning'));
  });

  void it(
    'keeps the UN reference, names and reason of a UN-sourced record',
    { skip: SHARED_MISSING },
    async () => {
      const byId = new Map<string, ListEntity>();
      await parseUkJson(createReadStream(MIRROR), {
        onEntity: (entity) => byId.set(entity.id, entity),
      });
      const entity = byId.get('uk:AFG0001');
      assert.ok(entity);
      assert.equal(entity.schema, 'Organization');
      assert.equal(entity.caption, 'HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE');
      assert.deepEqual(entity.properties.unId, ['TAe.010']);
      assert.deepEqual(entity.properties.ofsiGroupId, ['12703']);
      assert.equal(entity.listedOn, '2012-06-29');
      assert.deepEqual(entity.amendedOn, ['2026-08-04']);
      assert.deepEqual(entity.programs, ['The Afghanistan (Sanctions) (EU Exit) Regulations 2020']);
      assert.equal(entity.names.filter((name) => name.kind === 'alias').length, 8);
      const original = entity.names.find((name) => name.kind === 'original-script');
      assert.equal(original?.script, 'Arab');
      assert.ok(entity.reason?.startsWith('Afghan Money Service Provider License Number: 044.'));
      assert.ok(entity.addresses.some((address) => address.country === 'AE'));
    },
  );

  void it(
    'marks low-quality aliases weak and primary-name variations as aliases',
    { skip: SHARED_MISSING },
    async () => {
      const { entities } = await parseUkJson(createReadStream(MIRROR));
      const person = entities.find((entity) => entity.reference === 'RUS0141');
      assert.ok(person);
      assert.deepEqual(
        person.names.map((name) => name.kind),
        ['primary', 'alias', 'alias', 'alias', 'original-script', 'original-script'],
      );
      assert.deepEqual(person.names[0]?.parts, [
        { type: 'given', value: 'Rustam' },
        { type: 'middle', value: 'Ilmirovich' },
        { type: 'family', value: 'Temirgaliev' },
      ]);
      // Counted straight from the raw file: the distinct low-quality aliases of each record.
      const raw = JSON.parse(readFileSync(MIRROR, 'utf8')) as { records: RawRecord[] };
      const expected = new Set(
        raw.records.flatMap((record) =>
          record.names.names
            // An alias with no name parts is reported as NAME_EMPTY, not kept.
            .filter((name) => /low/i.test(name.alias_strength ?? '') && rawFull(name) !== '')
            .map((name) => `${record.unique_id}|${rawFull(name)}`),
        ),
      );
      const weak = entities.flatMap((entity) =>
        entity.names
          .filter((n) => n.kind === 'weak-alias')
          .map((n) => `${entity.reference}|${n.full}`),
      );
      assert.ok(expected.size > 600);
      assert.equal(weak.length, expected.size);
      assert.deepEqual(new Set(weak), expected);
    },
  );

  void it('refuses text that is not JSON', async () => {
    await assert.rejects(parseUkJson(Readable.from(['{"records": [']), {}), (error) =>
      isAppError(error, 'INGEST_PARSE_FAILED'),
    );
  });

  void it('refuses a file over the size limit before parsing it', async () => {
    const chunk = Buffer.alloc(16 * 1024 * 1024, 0x20);
    const count = Math.ceil(UK_JSON_MAX_BYTES / chunk.length) + 1;
    const big = Readable.from(Array.from({ length: count }, () => chunk));
    await assert.rejects(parseUkJson(big), (error) => isAppError(error, 'INGEST_PARSE_FAILED'));
  });

  void it('reports a record without a unique id as skipped', async () => {
    const text = JSON.stringify({
      records: [
        {
          unique_id: 'TST0001',
          individual_entity_ship: 'Entity',
          names: { names: [{ name6: 'ACME', name_type: 'Primary Name' }] },
        },
        { individual_entity_ship: 'Entity', names: { names: [] } },
      ],
    });
    const result = await parseUkJson(Readable.from([text]));
    assert.equal(result.entities.length, 1);
    assert.equal(result.meta.recordCount, 2);
    assert.equal(result.meta.skippedCount, 1);
    assert.equal(result.issues[0]?.code, 'RECORD_NO_REFERENCE');
  });
});
