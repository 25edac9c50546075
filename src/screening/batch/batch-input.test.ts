import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { BatchRow } from '../../core/index.ts';
import { readBatchRows, type BatchFormat } from './batch-input.ts';

async function read(text: string, format: BatchFormat): Promise<BatchRow[]> {
  const rows: BatchRow[] = [];
  // Small chunks, as a stream delivers them.
  const chunks = text.match(/[\s\S]{1,7}/g) ?? [];
  for await (const row of readBatchRows(Readable.from(chunks), format)) rows.push(row);
  return rows;
}

describe('readBatchRows', () => {
  it('keeps the valid CSV rows before a bad quote and marks it and every row after it as errors', async () => {
    const valid = Array.from({ length: 50 }, (_, i) => `c${i},Name Number ${i}`);
    const text = [
      'id,name',
      ...valid,
      'bad,"Ana "One" x',
      'c51,After Bad',
      'c52,Also After',
      '',
    ].join('\n');
    const rows = await read(text, 'csv');
    assert.deepEqual(
      rows.slice(0, 50).map((r) => [r.line, r.query?.name]),
      valid.map((_, i) => [i + 2, `Name Number ${i}`]),
    );
    assert.deepEqual(
      rows.slice(50).map((r) => [r.line, r.query === undefined]),
      [
        [52, true],
        [53, true],
        [54, true],
      ],
    );
    assert.match(rows[50]?.error ?? '', /^malformed CSV: /);
    assert.match(rows[52]?.error ?? '', /follows the malformed CSV row at line 52/);
  });

  it('marks every row after an unclosed quote as an error', async () => {
    const rows = await read('id,name\na,Ana One\nb,"Ben Two\nc,Cy Three\nd,Di Four\n', 'csv');
    assert.deepEqual(
      rows.map((r) => [r.line, r.query?.name ?? r.error?.slice(0, 14)]),
      [
        [2, 'Ana One'],
        [3, 'malformed CSV:'],
        [4, 'not read: it f'],
        [5, 'not read: it f'],
      ],
    );
  });

  it('refuses a CSV header that gives the name field twice', async () => {
    await assert.rejects(read('name,id,Name\nAna,1,Ben\n', 'csv'), {
      code: 'QUERY_INVALID',
      message: /name field twice \("name" in column 1 and "Name" in column 3\)/,
    });
    await assert.rejects(read('schema,name,type\nPerson,Ana,Vessel\n', 'csv'), {
      code: 'QUERY_INVALID',
      message: /schema field twice/,
    });
  });

  it('makes a row error of a JSON name that is not text, and reads a numeric id as text', async () => {
    const rows = await read(
      '{"id":1,"name":true}\n{"id":2,"name":42}\n{"id":3,"name":["a"]}\n{"id":4,"name":"Ana One","dob":1980}\n',
      'jsonl',
    );
    assert.deepEqual(
      rows.map((r) => [r.id, r.query?.name, r.error]),
      [
        ['1', undefined, '"name" must be text, not boolean'],
        ['2', undefined, '"name" must be text, not number'],
        ['3', undefined, '"name" must be text, not an array'],
        ['4', 'Ana One', undefined],
      ],
    );
  });

  it('makes a row error of an unknown schema', async () => {
    const rows = await read('name,schema\nRex,Dog\nAna One,Person\nBen,Any\n', 'csv');
    assert.match(rows[0]?.error ?? '', /unknown schema "Dog"/);
    assert.equal(rows[1]?.query?.schema, 'Person');
    assert.equal(rows[2]?.query?.schema, undefined);
    const json = await read('{"name":"Rex","schema":"Dog"}\n', 'jsonl');
    assert.match(json[0]?.error ?? '', /unknown schema "Dog"/);
  });
});

describe('readBatchRows identifiers', () => {
  it('reads a ;-separated identifiers column and screens a row by identifiers alone', async () => {
    const rows = await read(
      'id,name,identifiers\n1,Grace 1,IMO 9116412; 9116413\n2,,9116412\n3,,\n',
      'csv',
    );
    assert.deepEqual(rows[0]?.query?.identifiers, ['IMO 9116412', '9116413']);
    assert.equal(rows[1]?.query?.name, '');
    assert.deepEqual(rows[1]?.query?.identifiers, ['9116412']);
    assert.equal(rows[2]?.error, 'no name');
  });

  it('reads identifiers from JSON lines as a list or as ;-separated text', async () => {
    const rows = await read(
      '{"name":"Grace 1","identifiers":["IMO 9116412"]}\n{"identifiers":"MELIIRTH;9116412"}\n',
      'jsonl',
    );
    assert.deepEqual(rows[0]?.query?.identifiers, ['IMO 9116412']);
    assert.deepEqual(rows[1]?.query?.identifiers, ['MELIIRTH', '9116412']);
  });
});
