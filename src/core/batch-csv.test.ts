import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BATCH_CSV_COLUMNS, batchCsvHeader, batchCsvLine } from './batch-csv.ts';
import type { BatchRowResult } from './batch-types.ts';

describe('batchCsvLine', () => {
  it('writes one cell per column and neutralises a spreadsheet formula', () => {
    const row: BatchRowResult = {
      line: 3,
      id: '=cmd',
      name: 'Smith, "Jo"',
      status: 'error',
      alertCount: 0,
      hits: [],
      error: 'no name',
    };
    assert.equal(batchCsvHeader().trim().split(',').length, BATCH_CSV_COLUMNS.length);
    assert.equal(batchCsvLine(row), `3,'=cmd,"Smith, ""Jo""",error,0,,,,,,,,,no name\n`);
  });
});
