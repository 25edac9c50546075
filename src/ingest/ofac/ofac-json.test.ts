import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { isAppError } from '../../core/index.ts';
import type { ByteSource, ParseResult } from '../../core/index.ts';
import { OFAC_JSON_MAX_BYTES, parseOfacJson } from './ofac-json.ts';
import { SHARED_MISSING, sharedUrl } from '../../../test/support/shared-data.ts';

const JSON_FILE = sharedUrl('ofac/sdn_json_2026-08-20/ofac-sdn.json');

/** A file given as text, in one chunk. */
function text(content: string): ByteSource {
  return Readable.from([content]);
}

function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

describe('parseOfacJson on the 2026-08-20 names file', { skip: SHARED_MISSING }, () => {
  let result: ParseResult;

  it('reads the 19,249 entries with their schemas and publication date', async () => {
    result = await parseOfacJson(createReadStream(JSON_FILE));
    assert.equal(result.entities.length, 19249);
    assert.deepEqual(result.meta, {
      list: 'ofac',
      recordCount: 19249,
      skippedCount: 0,
      published: '2026-08-20',
    });
    assert.deepEqual(tally(result.entities.map((e) => e.schema)), {
      Organization: 9871,
      Person: 7502,
      Vessel: 1534,
      Aircraft: 342,
    });
  });

  it('accounts for every one of the 20,194 alternate names', () => {
    const aliases = result.entities.flatMap((e) => e.names.filter((n) => n.kind === 'alias'));
    const duplicates = result.issues.filter((i) => i.code === 'DUPLICATE_NAME');
    // A few alternate names repeat the entry's own name; each is reported, none is silent.
    assert.equal(aliases.length + duplicates.length, 20194);
    assert.equal(duplicates.length, 4);
    assert.deepEqual(new Set(result.issues.map((i) => i.code)), new Set(['DUPLICATE_NAME']));
  });

  it('reads an entry with its programmes and alias (uid 306)', () => {
    const e = result.entities.find((x) => x.id === 'ofac:306');
    assert.equal(e?.caption, 'BANCO NACIONAL DE CUBA');
    assert.deepEqual(e.programs, ['CUBA']);
    assert.deepEqual(
      e.names.map((n) => [n.full, n.kind]),
      [
        ['BANCO NACIONAL DE CUBA', 'primary'],
        ['NATIONAL BANK OF CUBA', 'alias'],
      ],
    );
  });

  it('turns a person "LAST, First" into a readable caption with name parts (uid 58454)', () => {
    const e = result.entities.find((x) => x.id === 'ofac:58454');
    assert.equal(e?.schema, 'Person');
    assert.equal(e.caption, 'Fernando GONZALEZ LLORT');
    assert.deepEqual(e.names[0]?.parts, [
      { type: 'family', value: 'GONZALEZ LLORT' },
      { type: 'given', value: 'Fernando' },
    ]);
  });

  it('refuses the real file cut short, naming the position', async () => {
    const whole = readFileSync(JSON_FILE, 'utf8');
    const cut = whole.slice(0, 100_000);
    await assert.rejects(parseOfacJson(text(cut)), (error) => {
      assert.ok(isAppError(error, 'INGEST_PARSE_FAILED'));
      assert.match(error.message, /cut short at line \d+, column \d+ \(character 100000\)/);
      assert.equal(error.details?.position, 100000);
      return true;
    });
  });
});

describe('parseOfacJson on bad input', () => {
  it('names the position of a bad token', async () => {
    await assert.rejects(parseOfacJson(text('{"entries": [\n  {"uid": 1,, }]}')), (error) => {
      assert.ok(isAppError(error, 'INGEST_PARSE_FAILED'));
      assert.match(error.message, /line 2, column \d+/);
      return true;
    });
  });

  it('refuses JSON that is not the names file', async () => {
    await assert.rejects(parseOfacJson(text('{"name": "x"}')), (error) =>
      isAppError(error, 'INGEST_PARSE_FAILED'),
    );
  });

  it('refuses an empty file with INGEST_EMPTY', async () => {
    await assert.rejects(parseOfacJson(text('  ')), (error) => isAppError(error, 'INGEST_EMPTY'));
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const chunk = Buffer.alloc(8 * 1024 * 1024, 0x20);
    let sent = 0;
    function* big(): Generator<Buffer> {
      while (sent <= OFAC_JSON_MAX_BYTES) {
        sent += chunk.length;
        yield chunk;
      }
    }
    await assert.rejects(parseOfacJson(Readable.from(big())), (error) => {
      assert.ok(isAppError(error, 'INGEST_PARSE_FAILED'));
      assert.match(error.message, /over 100 MB/);
      return true;
    });
  });

  it('reports entries without uid or name and a duplicate uid, keeping the rest', async () => {
    const file = JSON.stringify({
      published: '2026-01-02',
      entries: [
        { uid: 1, name: 'ALPHA', type: 'entity', programs: ['SDGT'], alternateNames: [] },
        { name: 'NO UID', type: 'entity' },
        { uid: 3, name: '', type: 'entity' },
        { uid: 1, name: 'ALPHA AGAIN', type: 'entity' },
      ],
    });
    const result = await parseOfacJson(text(file));
    assert.deepEqual(
      result.entities.map((e) => e.caption),
      ['ALPHA'],
    );
    assert.deepEqual(result.meta, {
      list: 'ofac',
      recordCount: 4,
      skippedCount: 3,
      published: '2026-01-02',
    });
    assert.deepEqual(
      result.issues.map((i) => i.code),
      ['RECORD_NO_REFERENCE', 'RECORD_NO_NAME', 'DUPLICATE_REFERENCE'],
    );
  });
});
