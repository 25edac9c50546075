import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import type { BatchRow } from '../core/index.ts';
import { readBatchRows } from './batch-input.ts';

/** All rows of a batch file given as text. */
async function rows(text: string, format: 'csv' | 'jsonl'): Promise<BatchRow[]> {
  const out: BatchRow[] = [];
  for await (const row of readBatchRows(Readable.from([text]), format)) out.push(row);
  return out;
}

describe('readBatchRows identifiers', () => {
  it('reads a ;-separated identifiers column and screens a row by identifiers alone', async () => {
    const read = await rows(
      'id,name,identifiers\n1,Grace 1,IMO 9116412; 9116413\n2,,9116412\n3,,\n',
      'csv',
    );
    assert.deepEqual(read[0]?.query?.identifiers, ['IMO 9116412', '9116413']);
    assert.equal(read[1]?.query?.name, '');
    assert.deepEqual(read[1]?.query?.identifiers, ['9116412']);
    assert.equal(read[2]?.error, 'no name');
  });

  it('reads identifiers from JSON lines as a list or as ;-separated text', async () => {
    const read = await rows(
      '{"name":"Grace 1","identifiers":["IMO 9116412"]}\n{"identifiers":"MELIIRTH;9116412"}\n',
      'jsonl',
    );
    assert.deepEqual(read[0]?.query?.identifiers, ['IMO 9116412']);
    assert.deepEqual(read[1]?.query?.identifiers, ['MELIIRTH', '9116412']);
  });
});
