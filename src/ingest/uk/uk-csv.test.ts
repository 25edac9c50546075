import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import type { ListEntity } from '../../core/index.ts';
import { parseUkCsv } from './uk-csv.ts';
import { parseUkJson } from './uk-json.ts';
import { SHARED_MISSING, sharedUrl } from '../../../test/support/shared-data.ts';

const MIRROR = sharedUrl('uk/uk_sanctions_list_ammitto_2026-08-22.json');
const FIXTURE = new URL('../../../test/fixtures/uk/uk-sanctions-list-sample.csv', import.meta.url);

function summary(entity: ListEntity): unknown {
  const { schema, caption, names, listedOn, programs, reason, addresses, properties } = entity;
  return { schema, caption, names, listedOn, programs, reason, addresses, unId: properties.unId };
}

void describe('parseUkCsv', () => {
  void it(
    'reads the sample to the same entities as their mirror records',
    { skip: SHARED_MISSING },
    async () => {
      const sample = await parseUkCsv(createReadStream(FIXTURE));
      const mirror = new Map<string, ListEntity>();
      await parseUkJson(createReadStream(MIRROR), { onEntity: (e) => mirror.set(e.id, e) });
      assert.equal(sample.entities.length, 25);
      assert.equal(sample.meta.recordCount, 25);
      for (const entity of sample.entities) {
        assert.deepEqual(summary(entity), summary(mirror.get(entity.id)!), entity.id);
      }
    },
  );

  void it('groups the rows of one Unique ID and reads the report date', async () => {
    const result = await parseUkCsv(createReadStream(FIXTURE));
    assert.equal(result.meta.published, '2026-08-22');
    const rowIds = readFileSync(FIXTURE, 'utf8')
      .split('\r\n')
      .slice(2)
      .filter((line) => line !== '')
      .map((line) => line.split(',')[1]);
    assert.equal(new Set(rowIds).size, result.entities.length);
    assert.ok(rowIds.length > result.entities.length);
  });

  void it('keeps the UN reference and the individual details of a UN-listed person', async () => {
    const { entities } = await parseUkCsv(createReadStream(FIXTURE));
    const person = entities.find((entity) => entity.reference === 'AQD0091');
    assert.ok(person);
    assert.deepEqual(person.properties.unId, ['QDi.380']);
    assert.deepEqual(person.birthDates, [{ value: '1973-09-28', precision: 'day' }]);
    assert.deepEqual(person.nationalities, ['QA']);
    assert.deepEqual(
      person.identifiers.map((id) => `${id.type}:${id.value}`),
      ['Passport:00754833', 'Passport:00490327', 'National ID:27363400684'],
    );
    const taliban = entities.find((entity) => entity.reference === 'AFG0009');
    assert.deepEqual(taliban?.birthDates, [{ value: '1961', precision: 'year' }]);
    const ship = entities.find((entity) => entity.reference === 'RUS2176');
    assert.equal(ship?.schema, 'Vessel');
    assert.deepEqual(ship.identifiers, [{ type: 'IMO', value: '9826902' }]);
  });

  void it('reports a broken row as an issue with its line number and reads the rest', async () => {
    const lines = readFileSync(FIXTURE, 'utf8').split('\r\n');
    const broken = lines[5]!.split(',').slice(0, 10).join(',');
    const id = broken.split(',')[1]!;
    lines[5] = broken;
    const result = await parseUkCsv(Readable.from([lines.join('\r\n')]));
    const issue = result.issues.find((item) => item.code === 'ROW_MALFORMED');
    assert.equal(issue?.line, 6);
    assert.equal(issue.record, id);
    assert.equal(result.entities.length, 25);
  });

  void it('merges rows of one Unique ID that are not consecutive, with a warning', async () => {
    const lines = readFileSync(FIXTURE, 'utf8').split('\r\n');
    const first = lines.findIndex((line) => line.includes(',AFG0001,'));
    const moved = lines.splice(first + 1, 1)[0]!;
    lines.splice(lines.length - 1, 0, moved);
    const result = await parseUkCsv(Readable.from([lines.join('\r\n')]));
    assert.equal(result.entities.length, 25);
    const entity = result.entities.find((e) => e.reference === 'AFG0001');
    assert.equal(entity?.names.filter((name) => name.kind === 'alias').length, 8);
    assert.ok(result.issues.some((issue) => issue.code === 'ROWS_NOT_CONSECUTIVE'));
  });

  void it('passes entities to onEntity and keeps none', async () => {
    const seen: string[] = [];
    const result = await parseUkCsv(createReadStream(FIXTURE), {
      onEntity: (e) => seen.push(e.id),
    });
    assert.equal(result.entities.length, 0);
    assert.equal(seen.length, 25);
    assert.equal(seen[0], 'uk:AFG0001');
  });
});
