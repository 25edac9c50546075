import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import type { ListEntity } from '../../core/index.ts';
import { parseEuXml } from '../eu/eu-xml.ts';
import { toFtmEntity } from './ftm-export.ts';
import { parseFtmJson } from './ftm-json.ts';
import { SHARED_MISSING, sharedUrl } from '../../../test/support/shared-data.ts';

const ZALA = sharedUrl('opensanctions/yente_zala_entities.ftm.json');
const EU_FIXTURE = new URL('../../../test/fixtures/eu/eu-fsf-sample.xml', import.meta.url);

function linesOf(entities: ListEntity[]): Readable {
  return Readable.from(entities.map((entity) => `${JSON.stringify(toFtmEntity(entity))}\n`));
}

function namesAndDates(entity: ListEntity): unknown {
  return {
    schema: entity.schema,
    names: entity.names.map((n) => [
      n.full,
      n.kind === 'original-script' ? 'alias' : n.kind,
      n.parts ?? [],
    ]),
    birthDates: entity.birthDates.map((d) => d.from ?? d.value),
    nationalities: entity.nationalities,
  };
}

void describe('toFtmEntity', () => {
  void it(
    'round-trips the zala entities with the same names and dates',
    { skip: SHARED_MISSING },
    async () => {
      const first = await parseFtmJson(createReadStream(ZALA), { list: 'zala' });
      const second = await parseFtmJson(linesOf(first.entities), { list: 'zala' });
      assert.equal(second.entities.length, first.entities.length);
      assert.deepEqual(second.entities.map(namesAndDates), first.entities.map(namesAndDates));
      assert.deepEqual(
        second.entities.map((e) => e.programs),
        first.entities.map((e) => e.programs),
      );
    },
  );

  void it('round-trips the EU fixture records with the same names', async () => {
    const first = await parseEuXml(createReadStream(EU_FIXTURE));
    const second = await parseFtmJson(linesOf(first.entities), { list: 'eu' });
    assert.equal(second.entities.length, first.entities.length);
    assert.deepEqual(
      second.entities.map((e) => e.id),
      first.entities.map((e) => e.id),
    );
    assert.deepEqual(
      second.entities.map((e) => e.names.map((n) => n.full)),
      first.entities.map((e) => e.names.map((n) => n.full)),
    );
    const putin = first.entities.find((e) => e.reference === '135909');
    assert.ok(putin);
    const exported = toFtmEntity(putin);
    assert.equal(exported.schema, 'Person');
    assert.deepEqual(exported.datasets, ['eu']);
    assert.deepEqual(exported.properties.birthDate, ['1952-10-07']);
    assert.deepEqual(exported.properties.program, ['UKR']);
    // The caption (the English spelling) travels as FtM's caption; names keep the list's order.
    assert.equal(exported.caption, putin.caption);
    assert.equal(putin.caption, 'Vladimir Vladimirovich PUTIN');
    assert.equal(exported.properties.name?.[0], putin.names[0]?.full);
    assert.ok(putin.names.some((n) => n.full === putin.caption));
  });

  void it('writes each name kind to its FtM property', () => {
    const entity: ListEntity = {
      id: 'x:1',
      list: 'x',
      reference: '1',
      schema: 'Aircraft',
      caption: 'Plane',
      names: [
        { full: 'Plane', kind: 'primary' },
        { full: 'Jet', kind: 'weak-alias' },
        { full: 'Old Plane', kind: 'former' },
      ],
      birthDates: [],
      birthPlaces: [],
      nationalities: [],
      countries: ['IR'],
      identifiers: [
        { type: 'imo', value: '123' },
        { type: 'other', value: 'Z9' },
      ],
      addresses: [{ city: 'Tehran', country: 'IR' }],
      programs: [],
      titles: [],
      positions: [],
      amendedOn: [],
      properties: {},
    };
    assert.deepEqual(toFtmEntity(entity), {
      id: '1',
      schema: 'Airplane',
      caption: 'Plane',
      properties: {
        name: ['Plane'],
        weakAlias: ['Jet'],
        previousName: ['Old Plane'],
        country: ['ir'],
        imoNumber: ['123'],
        idNumber: ['Z9'],
        address: ['Tehran, IR'],
        topics: ['sanction'],
      },
      datasets: ['x'],
    });
  });
});
