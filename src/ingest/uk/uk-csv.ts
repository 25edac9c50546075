import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import {
  AppError,
  type ByteSource,
  type ParseIssue,
  type ParseOptions,
  type ParseResult,
} from '../../core/index.ts';
import { mergeUkCsvRow, newUkCsvRow, UK_CSV_COLUMNS, ukColumnKey } from './uk-csv-columns.ts';
import { toUkIsoDate } from './uk-dates.ts';
import { newUkDesignation, type UkDesignation } from './uk-designation.ts';
import { createUkSink } from './uk-sink.ts';

interface Header {
  cells: string[];
  idColumn: number;
}

function readHeader(cells: string[]): Header | undefined {
  const keys = cells.map(ukColumnKey);
  const idColumn = keys.indexOf('unique id');
  return idColumn === -1 || !keys.includes('name 6') ? undefined : { cells, idColumn };
}

/**
 * Reads the official UK Sanctions List CSV ("UK_Sanctions_List.csv") as a stream: a "Report
 * Date:" line, a header row, then one row per name. The rows of one Unique ID are consecutive
 * and become one entity; `meta.published` is the report date.
 */
export async function parseUkCsv(
  input: ByteSource,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const sink = createUkSink(options);
  const issues = sink.issues;
  const streaming = options.onEntity !== undefined;
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    raw: true,
    on_skip: (error: CsvError | undefined) => {
      const line = (error as { lines?: number } | undefined)?.lines;
      issues.push({
        level: 'error',
        code: 'ROW_MALFORMED',
        message: `The row is not valid CSV (${error?.message ?? 'unknown error'}); it was skipped.`,
        ...(line === undefined ? {} : { line }),
      });
      return undefined;
    },
  });
  // Rows are normally grouped already; a Unique ID seen again after other IDs is merged when
  // the entities are kept, but cannot be once it was passed to onEntity.
  const groups = new Map<string, UkDesignation | null>();
  const scattered = new Set<string>();
  let current: string | undefined;
  let header: Header | undefined;
  let reportDate: string | undefined;
  let unknownColumns: string[] = [];

  const report = (issue: ParseIssue): void => {
    issues.push(issue);
  };
  const flush = (id: string | undefined): void => {
    const designation = id === undefined ? undefined : groups.get(id);
    if (designation === undefined || designation === null || id === undefined) return;
    sink.add(designation);
    groups.set(id, null);
  };

  try {
    const source = Readable.from(input);
    source.on('error', (error) => parser.destroy(error));
    source.pipe(parser);
    for await (const item of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
      raw: string;
    }>) {
      const { record: cells, info, raw } = item;
      // info.lines is the record's last line; a quoted field may span several.
      const line = info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g) ?? []).length;
      if (header === undefined) {
        const first = cells[0]?.trim() ?? '';
        const date = /^Report Date:\s*(.+)$/i.exec(first);
        if (date !== null) {
          reportDate = toUkIsoDate(date[1] ?? '');
          if (reportDate === undefined) {
            report({ level: 'warning', code: 'BAD_DATE', message: `"${first}".`, line });
          }
          continue;
        }
        header = readHeader(cells);
        if (header === undefined) {
          report({
            level: 'warning',
            code: 'LINE_IGNORED',
            message: 'Text before the header.',
            line,
          });
        } else {
          unknownColumns = header.cells.filter((cell) => !(ukColumnKey(cell) in UK_CSV_COLUMNS));
        }
        continue;
      }
      if (cells.every((cell) => cell.trim() === '')) continue;
      const id = cells[header.idColumn]?.trim() ?? '';
      if (cells.length !== header.cells.length || id === '') {
        const problem =
          id === ''
            ? 'has no Unique ID'
            : `has ${cells.length} columns where the header has ${header.cells.length}`;
        report({
          level: 'error',
          code: 'ROW_MALFORMED',
          message: `The row ${problem}; it was skipped.`,
          line,
          ...(id === '' ? {} : { record: id }),
        });
        continue;
      }
      const newRun = id !== current;
      if (newRun) {
        if (streaming) flush(current);
        current = id;
      }
      let designation = groups.get(id);
      if (designation === null) {
        if (!scattered.has(id)) {
          scattered.add(id);
          report({
            level: 'warning',
            code: 'ROWS_NOT_CONSECUTIVE',
            message: `Rows of ${id} come after other records, when its entity was already passed on; they were dropped. Sort the file by Unique ID.`,
            line,
            record: id,
          });
        }
        continue;
      }
      if (designation === undefined) {
        designation = newUkDesignation(id);
        designation.line = line;
        groups.set(id, designation);
      } else if (newRun && !scattered.has(id)) {
        scattered.add(id);
        report({
          level: 'warning',
          code: 'ROWS_NOT_CONSECUTIVE',
          message: `Rows of ${id} are not consecutive; they were merged into one entity.`,
          line,
          record: id,
        });
      }
      const row = newUkCsvRow();
      cells.forEach((value, index) => {
        const reader = UK_CSV_COLUMNS[ukColumnKey(header?.cells[index] ?? '')];
        if (reader !== undefined) reader(value, designation, row);
      });
      mergeUkCsvRow(designation, row);
    }
  } catch (error) {
    throw new AppError('INGEST_PARSE_FAILED', 'The UK CSV file could not be read.', {
      cause: error,
    });
  }
  if (header === undefined) {
    throw new AppError(
      'INGEST_PARSE_FAILED',
      'No header row with "Unique ID" and "Name 6" was found; is this the UK Sanctions List CSV?',
    );
  }
  if (streaming) flush(current);
  else for (const id of groups.keys()) flush(id);
  if (unknownColumns.length > 0) {
    report({
      level: 'warning',
      code: 'COLUMN_UNKNOWN',
      message: `Columns not read: ${unknownColumns.join(', ')}.`,
    });
  }
  return sink.finish(reportDate);
}
