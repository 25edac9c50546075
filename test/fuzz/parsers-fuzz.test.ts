import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { isAppError, type ListFormat } from '../../src/core/index.ts';
import { PARSERS } from '../../src/ingest/index.ts';
import { readBatchRows } from '../../src/screening/batch/index.ts';
import { FUZZ_RUNS, SEEDS, damaged } from './fuzz-inputs.ts';

/** Feeds text in small chunks, so that records straddle chunk edges as they do on disk. */
const chunked = (text: string): Readable => {
  const bytes = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 997) parts.push(bytes.subarray(i, i + 997));
  return Readable.from(parts);
};

describe('every list parser survives damaged files', () => {
  for (const [format, seed] of Object.entries(SEEDS)) {
    const parse = PARSERS[format as ListFormat];
    it(`${format}: reads its seed, and a damaged copy gives entities and issues or an AppError`, async () => {
      assert.ok(parse, `no parser for ${format}`);
      const clean = await parse(chunked(seed));
      assert.ok(clean.entities.length > 0, `${format} seed gave no entity`);
      await fc.assert(
        fc.asyncProperty(damaged(seed), async (text) => {
          try {
            const result = await parse(chunked(text));
            assert.ok(Array.isArray(result.entities) && Array.isArray(result.issues));
            for (const entity of result.entities) assert.ok(entity.names.length > 0);
          } catch (error) {
            if (!isAppError(error)) throw error;
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  }
});

describe('batch input survives damaged files', () => {
  const csv =
    'id,name,birth_date,country,schema\n1,Sirajuddin Haqqani,1973,AF,Person\n2,"Acme, Ltd",,,\n';
  const jsonl = '{"id":"1","name":"Sirajuddin Haqqani"}\n{"name":"Acme","schema":"Organization"}\n';
  for (const [format, seed] of [
    ['csv', csv],
    ['jsonl', jsonl],
  ] as const) {
    it(`${format}: every row comes back as a query or an error row, never a crash`, async () => {
      await fc.assert(
        fc.asyncProperty(damaged(seed), async (text) => {
          try {
            for await (const row of readBatchRows(chunked(text), format)) {
              assert.ok(row.query !== undefined || row.error !== undefined);
              if (row.query !== undefined) assert.equal(typeof row.query.name, 'string');
            }
          } catch (error) {
            if (!isAppError(error)) throw error;
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  }
});
