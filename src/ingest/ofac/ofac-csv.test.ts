import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { isAppError } from '../../core/index.ts';
import type { ByteSource, ListEntity, ParseResult } from '../../core/index.ts';
import { parseOfacCsv, parseOfacCsvSet } from './ofac-csv.ts';
import { SHARED_MISSING, sharedUrl } from '../../../test/support/shared-data.ts';

const OFAC_DIR = sharedUrl('ofac/');

function open(path: string): NodeJS.ReadableStream & AsyncIterable<Buffer> {
  return createReadStream(new URL(path, OFAC_DIR));
}

function set(dir: string): Promise<ParseResult> {
  return parseOfacCsvSet({
    sdn: open(`${dir}/sdn.csv`),
    alt: open(`${dir}/alt.csv`),
    add: open(`${dir}/add.csv`),
    comments: open(`${dir}/sdn_comments.csv`),
  });
}

function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

function byRef(result: ParseResult, reference: string): ListEntity {
  const entity = result.entities.find((e) => e.reference === reference);
  assert.ok(entity, `entry ${reference} was read`);
  return entity;
}

/** A file given as text, in one chunk. */
function text(content: string): ByteSource {
  return Readable.from([Buffer.from(content, 'utf8')]);
}

const ROW = (ref: string, name: string, type = '-0- '): string =>
  `${ref},"${name}",${type},"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n`;

describe('parseOfacCsvSet on the 2021 official set', { skip: SHARED_MISSING }, () => {
  let result: ParseResult;

  it('reads all 8,976 entries with their schemas', async () => {
    result = await set('official_csv_2021-07');
    assert.equal(result.entities.length, 8976);
    assert.deepEqual(result.meta, { list: 'ofac', recordCount: 8976, skippedCount: 0 });
    assert.deepEqual(tally(result.entities.map((e) => e.schema)), {
      Organization: 3673,
      Person: 4620,
      Vessel: 406,
      Aircraft: 277,
    });
    assert.equal(result.entities[0]?.id, 'ofac:36');
  });

  it('accounts for every one of the 11,910 alt.csv aliases', () => {
    const kinds = tally(result.entities.flatMap((e) => e.names.map((n) => n.kind)));
    const duplicates = result.issues.filter((i) => i.code === 'DUPLICATE_NAME').length;
    // Six alt.csv rows repeat a name the entry already has; each is reported, none is silent.
    assert.equal((kinds.alias ?? 0) + (kinds.former ?? 0) + duplicates, 11910);
    assert.equal(duplicates, 6);
    assert.equal(kinds.former, 369);
    assert.ok((kinds['weak-alias'] ?? 0) > 2000, 'quoted remark aliases are weak aliases');
  });

  it('reads Usama BIN LADIN (6365) with his dates, places and aliases', () => {
    const e = byRef(result, '6365');
    assert.equal(e.schema, 'Person');
    assert.equal(e.caption, 'Usama bin Muhammad bin Awad BIN LADIN');
    assert.deepEqual(e.names[0], {
      full: 'BIN LADIN, Usama bin Muhammad bin Awad',
      kind: 'primary',
      script: 'Latn',
      parts: [
        { type: 'family', value: 'BIN LADIN' },
        { type: 'given', value: 'Usama bin Muhammad bin Awad' },
      ],
    });
    assert.ok(e.names.some((n) => n.full === 'BIN LADEN, Osama' && n.kind === 'alias'));
    assert.deepEqual(e.birthDates, [
      { value: '1957-07-30', precision: 'day' },
      { value: '1958', precision: 'year' },
    ]);
    assert.deepEqual(e.birthPlaces, ['Jeddah, Saudi Arabia', 'Yemen']);
    assert.deepEqual(e.programs, ['SDGT']);
    assert.equal(e.reason, undefined);
  });

  it('reads a passport, nationality, programmes and a weak alias (12113)', () => {
    const e = byRef(result, '12113');
    assert.deepEqual(e.programs, ['SDGT', 'IRGC', 'IFSR']);
    assert.deepEqual(e.nationalities, ['IR']);
    assert.equal(e.gender, 'male');
    assert.deepEqual(e.identifiers, [{ type: 'Passport', value: 'D9019576', country: 'IR' }]);
    const weak = e.names.find((n) => n.kind === 'weak-alias');
    assert.equal(weak?.full, 'ALI, Hassan');
    assert.deepEqual(weak.parts?.[0], { type: 'family', value: 'ALI' });
  });

  it('reads vessel columns and remarks of the tanker ARTAVIL (15036)', () => {
    const e = byRef(result, '15036');
    assert.equal(e.schema, 'Vessel');
    assert.deepEqual(e.properties.callSign, ['T2EU4']);
    assert.deepEqual(e.properties.vesselType, ['Crude/Oil Products Tanker']);
    assert.deepEqual(e.properties.tonnage, ['99,144']);
    assert.deepEqual(e.properties.grossRegisteredTonnage, ['56,068']);
    assert.deepEqual(e.properties.flag, ['IR']);
    assert.ok(e.countries.includes('IR'));
    assert.deepEqual(e.properties.imoNumber, ['IMO9187629']);
    assert.deepEqual(e.properties.mmsi, ['572469210']);
    assert.deepEqual(e.properties.linkedTo, ['NATIONAL IRANIAN TANKER COMPANY']);
  });

  it('appends the sdn_comments.csv tail to the remarks before reading them (28264)', () => {
    const e = byRef(result, '28264');
    assert.ok(e.identifiers.some((i) => i.value === '210302198701102136' && i.country === 'CN'));
    assert.ok(e.names.some((n) => n.full === 'blackjack1987' && n.kind === 'weak-alias'));
    assert.deepEqual(e.properties.linkedTo, ['LAZARUS GROUP']);
    assert.deepEqual(e.addresses, [
      { full: 'Anshan, Liaoning, China', city: 'Anshan, Liaoning', country: 'CN' },
    ]);
  });

  it('keeps the raw remarks in notes', () => {
    const e = byRef(result, '306');
    assert.deepEqual(e.properties.notes, ["a.k.a. 'BNC'."]);
    assert.ok(e.names.some((n) => n.full === 'BNC' && n.kind === 'weak-alias'));
  });
});

describe('parseOfacCsv on a lone sdn.csv', { skip: SHARED_MISSING }, () => {
  it('reads the 14,965 entries of the 2024-05-03 file', async () => {
    const result = await parseOfacCsv(open('official_sdn_csv_2024-05-03/sdn.csv'));
    assert.equal(result.meta.recordCount, 14965);
    assert.equal(result.entities.length, 14965);
    assert.deepEqual(tally(result.entities.map((e) => e.schema)), {
      Organization: 6884,
      Person: 6854,
      Vessel: 851,
      Aircraft: 376,
    });
    assert.equal(result.meta.published, undefined);
  });

  it('reads the watchman subset in streaming mode and keeps nothing', async () => {
    const seen: ListEntity[] = [];
    const dir = 'watchman_ofactest_subset';
    const result = await parseOfacCsvSet(
      {
        sdn: open(`${dir}/sdn.csv`),
        alt: open(`${dir}/alt.csv`),
        comments: open(`${dir}/sdn_comments.csv`),
      },
      { onEntity: (e) => seen.push(e) },
    );
    assert.equal(result.entities.length, 0);
    assert.equal(seen.length, result.meta.recordCount);
    const khoroshev = seen.find((e) => e.reference === '48603');
    assert.ok(khoroshev?.names.some((n) => n.full === 'KHOROSHEV, Dmitriy Yurevich'));
  });
});

describe('parseOfacCsvSet on damaged input', () => {
  it('ignores the trailing 0x1A end-of-file byte', async () => {
    const result = await parseOfacCsv(text(`${ROW('1', 'ALPHA CO')}${ROW('2', 'BETA CO')}\x1a`));
    assert.deepEqual(
      result.entities.map((e) => e.caption),
      ['ALPHA CO', 'BETA CO'],
    );
    assert.deepEqual(result.issues, []);
  });

  it('reports a row with the wrong column count with its line and keeps the rest', async () => {
    const input = `${ROW('1', 'ALPHA CO')}2,"BETA CO",-0- \r\n${ROW('3', 'GAMMA CO')}`;
    const result = await parseOfacCsv(text(input));
    assert.deepEqual(
      result.entities.map((e) => e.reference),
      ['1', '3'],
    );
    assert.equal(result.meta.skippedCount, 1);
    assert.deepEqual(
      result.issues.map((i) => [i.code, i.line, i.record]),
      [['BAD_COLUMN_COUNT', 2, '2']],
    );
  });

  it('keeps the first of two rows with one ent_num and skips a row with no name', async () => {
    const input = `${ROW('1', 'ALPHA CO')}${ROW('1', 'ALPHA AGAIN')}5,-0- ,-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n`;
    const result = await parseOfacCsv(text(input));
    assert.deepEqual(
      result.entities.map((e) => e.caption),
      ['ALPHA CO'],
    );
    assert.deepEqual(result.meta, { list: 'ofac', recordCount: 3, skippedCount: 2 });
    assert.deepEqual(
      result.issues.map((i) => [i.code, i.line]),
      [
        ['DUPLICATE_REFERENCE', 2],
        ['RECORD_NO_NAME', 3],
      ],
    );
  });

  it('reports a quote left open at the end of the file instead of crashing', async () => {
    const result = await parseOfacCsv(text(`${ROW('1', 'ALPHA CO')}2,"BETA CO`));
    assert.deepEqual(
      result.entities.map((e) => e.reference),
      ['1'],
    );
    assert.equal(result.meta.skippedCount, 1);
    assert.deepEqual(
      result.issues.map((i) => i.code),
      ['CSV_SYNTAX'],
    );
  });

  it('refuses an empty sdn.csv with INGEST_EMPTY', async () => {
    await assert.rejects(parseOfacCsv(text('\x1a')), (error) => isAppError(error, 'INGEST_EMPTY'));
    await assert.rejects(parseOfacCsv(text('')), (error) => isAppError(error, 'INGEST_EMPTY'));
  });

  it('reports side-file rows that name no entry', async () => {
    const result = await parseOfacCsvSet({
      sdn: text(ROW('1', 'ALPHA CO')),
      alt: text('1,10,"aka","ALPHA",-0- \r\n9,11,"aka","NOBODY",-0- \r\n'),
    });
    assert.deepEqual(
      result.entities[0]?.names.map((n) => n.full),
      ['ALPHA CO', 'ALPHA'],
    );
    assert.deepEqual(
      result.issues.map((i) => [i.code, i.line, i.record]),
      [['ORPHAN_ROW', 2, '9']],
    );
  });
});
