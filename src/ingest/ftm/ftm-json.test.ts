import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ListEntity } from '../../core/index.ts';
import { parseFtmJson } from './ftm-json.ts';
import { SHARED_MISSING, sharedUrl } from '../../../test/support/shared-data.ts';

const ZALA = sharedUrl('opensanctions/yente_zala_entities.ftm.json');
const SAMPLE = new URL('../../../test/fixtures/ftm/sample.ftm.json', import.meta.url);

function schemaCounts(url: URL): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(url, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { schema } = JSON.parse(line) as { schema: string };
    counts.set(schema, (counts.get(schema) ?? 0) + 1);
  }
  return counts;
}

void describe('parseFtmJson', () => {
  void it(
    'keeps the persons and companies of the zala cluster and reports the other schemata',
    { skip: SHARED_MISSING },
    async () => {
      const counts = schemaCounts(ZALA);
      const result = await parseFtmJson(createReadStream(ZALA));
      const persons = result.entities.filter((e) => e.schema === 'Person');
      const organisations = result.entities.filter((e) => e.schema === 'Organization');
      assert.equal(persons.length, 6);
      assert.equal(organisations.length, 11);
      assert.equal(persons.length, counts.get('Person'));
      assert.equal(organisations.length, counts.get('Company'));
      assert.equal(result.meta.recordCount, 91);
      assert.equal(result.meta.list, 'opensanctions');
      const notScreened = result.issues.find((i) => i.code === 'SCHEMA_NOT_SCREENED');
      assert.equal(notScreened?.level, 'warning');
      assert.match(
        notScreened.message,
        /^22 entities .*Directorship 3, Family 4, Ownership 14, Passport 1\.$/,
      );
    },
  );

  void it(
    'gives a person its names, parts, dates and the programmes of its sanctions',
    { skip: SHARED_MISSING },
    async () => {
      const entities: ListEntity[] = [];
      const result = await parseFtmJson(createReadStream(ZALA), {
        list: 'os',
        onEntity: (e) => entities.push(e),
      });
      assert.equal(result.entities.length, 0, 'streaming mode keeps no entities');
      const zakharov = entities.find((e) => e.reference === 'NK-aU5ybkbRFJucf8YMwsJvDw');
      assert.ok(zakharov);
      assert.equal(zakharov.id, 'os:NK-aU5ybkbRFJucf8YMwsJvDw');
      assert.equal(zakharov.names[0]?.full, 'Alexander Vyacheslavovich ZAKHAROV');
      assert.deepEqual(zakharov.names[0].parts, [
        { type: 'given', value: 'Alexander' },
        { type: 'patronymic', value: 'Vyacheslavovich' },
        { type: 'family', value: 'Zakharov' },
      ]);
      assert.ok(
        zakharov.names.some(
          (n) => n.full === 'Александр Вячеславович Захаров' && n.script === 'Cyrl',
        ),
      );
      assert.ok(zakharov.programs.includes('EU-UKR'));
      assert.ok(zakharov.programs.includes('SECO-UKRAINE'));
      assert.ok(zakharov.reason?.includes('2025/389 (OJ L24022025)'));
      assert.ok(zakharov.properties.authority?.includes('State Secretariat for Economic Affairs'));
      assert.deepEqual(zakharov.nationalities, ['RU']);
      const maria = entities.find((e) => e.reference === 'NK-2Tbri3s6GgNtAwsSXh4qpL');
      assert.deepEqual(maria?.birthDates, [{ value: '1988-01-07', precision: 'day' }]);
      assert.deepEqual(
        maria.names.filter((n) => n.kind === 'former').map((n) => n.full),
        ['Maria Aleksandrovna Zakharova', 'Мария Александровна Захарова'],
      );
      assert.equal(maria.gender, 'female');
    },
  );

  void it('reports a bad line with its line number and reads the rest', async () => {
    const result = await parseFtmJson(createReadStream(SAMPLE), { list: 'test' });
    const bad = result.issues.find((i) => i.code === 'LINE_INVALID_JSON');
    assert.equal(bad?.line, 3);
    assert.equal(bad.level, 'error');
    const noName = result.issues.find((i) => i.code === 'RECORD_NO_NAME');
    assert.equal(noName?.line, 8);
    assert.equal(result.meta.recordCount, 8);
    assert.equal(result.meta.skippedCount, 2);
    assert.deepEqual(
      result.entities.map((e) => [e.id, e.schema]),
      [
        ['test:person-1', 'Person'],
        ['test:vessel-1', 'Vessel'],
        ['test:plane-1', 'Aircraft'],
      ],
    );
  });

  void it('joins a sanction that comes first and an address named by an old id', async () => {
    const { entities } = await parseFtmJson(createReadStream(SAMPLE), { list: 'test' });
    const person = entities[0];
    assert.ok(person);
    assert.deepEqual(person.programs, ['XX-TEST']);
    assert.equal(person.reason, 'Synthetic reason.');
    assert.equal(person.listedOn, '2019-01-02');
    assert.deepEqual(person.addresses, [
      { full: '1 Test Street, Moscow', city: 'Moscow', country: 'RU' },
    ]);
    assert.deepEqual(
      person.names.map((n) => n.kind),
      ['primary', 'alias', 'alias', 'alias', 'weak-alias', 'former'],
    );
    assert.deepEqual(person.birthDates, [
      { value: '1970-03', precision: 'month' },
      { value: '1971', precision: 'year' },
    ]);
    assert.deepEqual(person.nationalities, ['RU']);
    assert.deepEqual(person.properties.nationality, ['suhh']);
    assert.deepEqual(person.identifiers, [{ type: 'passportNumber', value: 'P123' }]);
    assert.deepEqual(entities[1]?.properties.imoNumber, ['9999999']);
  });
});
