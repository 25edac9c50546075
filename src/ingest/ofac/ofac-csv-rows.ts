import { parse } from 'csv-parse';
import type { CsvError } from 'csv-parse';
import { Readable } from 'node:stream';
import type { ByteSource, ParseIssue } from '../../core/index.ts';

/** What reading one legacy CSV file gave. */
export interface OfacCsvReadCounts {
  /** Rows handed to `onRow`. */
  rowCount: number;
  /** Rows skipped with an error issue (bad syntax, wrong column count). */
  skippedCount: number;
}

/** OFAC ends each legacy file with a DOS end-of-file byte (0x1A), which is not data. */
async function* withoutEofMarker(input: ByteSource): AsyncGenerator<Buffer | string> {
  for await (const chunk of input) {
    if (typeof chunk === 'string') {
      yield chunk.replaceAll('\x1a', '');
      continue;
    }
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    yield bytes.includes(0x1a) ? Buffer.from(bytes.filter((b) => b !== 0x1a)) : bytes;
  }
}

/**
 * Streams the rows of one headerless OFAC legacy CSV file (sdn, alt, add, sdn_comments): fields
 * trimmed, `-0-` turned into ''. A row with the wrong column count or broken quoting becomes an
 * error issue with its line number instead of a crash.
 */
export async function readOfacCsvRows(
  input: ByteSource,
  fileLabel: string,
  columns: number,
  onRow: (fields: string[], line: number) => void,
  issues: ParseIssue[],
): Promise<OfacCsvReadCounts> {
  const counts: OfacCsvReadCounts = { rowCount: 0, skippedCount: 0 };
  const parser = parse({
    bom: true,
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      counts.skippedCount += 1;
      const line = (error as { lines?: unknown } | undefined)?.lines;
      issues.push({
        level: 'error',
        code: 'CSV_SYNTAX',
        message: `${fileLabel}: ${error?.message ?? 'unreadable row'}; row skipped.`,
        ...(typeof line === 'number' ? { line } : {}),
      });
      return undefined;
    },
  });
  const source = Readable.from(withoutEofMarker(input));
  source.on('error', (error: Error) => parser.destroy(error));
  source.pipe(parser);
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const line = item.info.lines;
    const fields = item.record.map((f) => {
      // Fields are one line by OFAC's spec; a stray line break inside quotes is read as a space.
      const value = f.replace(/\s+/g, ' ').trim();
      return value === '-0-' ? '' : value;
    });
    if (fields.length !== columns) {
      counts.skippedCount += 1;
      issues.push({
        level: 'error',
        code: 'BAD_COLUMN_COUNT',
        message: `${fileLabel}: expected ${columns} columns, found ${fields.length}; row skipped.`,
        line,
        ...(fields[0] !== undefined && /^\d+$/.test(fields[0]) ? { record: fields[0] } : {}),
      });
      continue;
    }
    counts.rowCount += 1;
    onRow(fields, line);
  }
  return counts;
}
