import { parse } from 'csv-parse';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { AppError, SCHEMAS, type BatchRow, type NameQuery, type Schema } from '../../core/index.ts';

/** The input formats of `sift batch`. */
export type BatchFormat = 'csv' | 'jsonl';

/** Options applied to every row's query. */
export interface BatchQueryDefaults {
  lists?: string[];
  threshold?: number;
  limit?: number;
}

const FIELD_ALIASES: Readonly<Record<string, keyof RowFields>> = {
  name: 'name',
  schema: 'schema',
  type: 'schema',
  birth_date: 'birthDate',
  birthdate: 'birthDate',
  dob: 'birthDate',
  country: 'country',
  nationality: 'country',
  id: 'id',
  identifiers: 'identifiers',
  identifier: 'identifiers',
};

interface RowFields {
  name?: string;
  schema?: string;
  birthDate?: string;
  country?: string;
  id?: string;
  /** Identifiers separated by ';' (IMO numbers, passport numbers, BICs …). */
  identifiers?: string;
}

/**
 * Reads a batch file row by row (streaming, constant memory). Rows that cannot be screened come
 * back with `error` and their line number; they are never dropped.
 */
export async function* readBatchRows(
  input: AsyncIterable<Buffer | string>,
  format: BatchFormat,
  defaults: BatchQueryDefaults = {},
): AsyncGenerator<BatchRow> {
  if (format === 'jsonl') yield* readJsonl(input, defaults);
  else yield* readCsv(input, defaults);
}

async function* readCsv(
  input: AsyncIterable<Buffer | string>,
  defaults: BatchQueryDefaults,
): AsyncGenerator<BatchRow> {
  // The parser reads through a line counter, so that when it stops at a malformed row, the rows
  // after it can still be counted (and reported) without the parser.
  const lines = new LineCounter(input);
  const parser = Readable.from(lines).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, trim: true }),
  );
  let header: (keyof RowFields | undefined)[] | undefined;
  /** The last line of the last record read whole. */
  let lastLine = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      lastLine = info.lines;
      if (header === undefined) {
        header = readHeader(record);
        continue;
      }
      const line = info.lines;
      if (record.length !== header.length) {
        yield { line, error: `expected ${header.length} columns, found ${record.length}` };
        continue;
      }
      const fields: RowFields = {};
      header.forEach((field, i) => {
        const value = record[i];
        if (field !== undefined && value !== undefined && value !== '') fields[field] = value;
      });
      yield toRow(line, fields, defaults);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if (header === undefined) {
      throw new AppError('QUERY_INVALID', `The CSV input is malformed: ${reason}`, {
        cause: error,
      });
    }
    // The rows before the malformed one were screened and written; it and every row after it
    // (the parser cannot find where the next row starts) come back as errors, none dropped.
    const total = await lines.countToEnd();
    const first = lastLine + 1;
    yield { line: first, error: `malformed CSV: ${reason}` };
    for (let line = first + 1; line <= total; line += 1) {
      yield { line, error: `not read: it follows the malformed CSV row at line ${first}` };
    }
    return;
  }
  if (header === undefined)
    throw new AppError(
      'QUERY_INVALID',
      'The CSV input is empty: it needs a header row with a "name" column.',
    );
}

/** Maps a header row to fields, refusing one without a name column or with a field twice. */
function readHeader(record: readonly string[]): (keyof RowFields | undefined)[] {
  const header = record.map((cell) => FIELD_ALIASES[cell.toLowerCase().replace(/[\s-]/g, '_')]);
  if (!header.includes('name') && !header.includes('identifiers')) {
    throw new AppError(
      'QUERY_INVALID',
      `The CSV header has no "name" column, nor "identifiers" (found: ${record.join(', ')}).`,
    );
  }
  header.forEach((field, i) => {
    const first = header.indexOf(field);
    if (field !== undefined && first !== i) {
      throw new AppError(
        'QUERY_INVALID',
        `The CSV header gives the ${field} field twice ("${record[first]}" in column ${first + 1} and "${record[i]}" in column ${i + 1}); keep one.`,
      );
    }
  });
  return header;
}

/**
 * Passes the input through while counting its lines, and can go on counting after the consumer
 * has stopped (it never closes the input early).
 */
class LineCounter implements AsyncIterable<Buffer | string> {
  private readonly source: AsyncIterator<Buffer | string>;
  private newlines = 0;
  private openLine = false;

  constructor(input: AsyncIterable<Buffer | string>) {
    // Through a Readable, which takes any iterable the callers hand over.
    this.source = Readable.from(input)[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  }

  [Symbol.asyncIterator](): AsyncIterator<Buffer | string> {
    return {
      next: async () => {
        const next = await this.source.next();
        if (next.done !== true) this.count(next.value);
        return next;
      },
      return: () => Promise.resolve({ done: true, value: undefined }),
    };
  }

  /** Reads the rest of the input and returns how many lines it had in all. */
  async countToEnd(): Promise<number> {
    for (let next = await this.source.next(); next.done !== true; next = await this.source.next())
      this.count(next.value);
    return this.newlines + (this.openLine ? 1 : 0);
  }

  private count(chunk: Buffer | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) this.newlines += 1;
    if (bytes.length > 0) this.openLine = bytes[bytes.length - 1] !== 10;
  }
}

async function* readJsonl(
  input: AsyncIterable<Buffer | string>,
  defaults: BatchQueryDefaults,
): AsyncGenerator<BatchRow> {
  const lines = createInterface({ input: Readable.from(input), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    const trimmed = text.trim().replace(/^\uFEFF/, '');
    if (trimmed === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      yield { line, error: 'not valid JSON' };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { line, error: 'each line must be a JSON object with a "name"' };
      continue;
    }
    const fields: RowFields = {};
    let wrongType: string | undefined;
    for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
      const field = FIELD_ALIASES[key.toLowerCase()];
      if (field === undefined || raw === null || raw === '') continue;
      if (field === 'identifiers' && Array.isArray(raw)) {
        fields.identifiers = raw.filter((i): i is string => typeof i === 'string').join(';');
        continue;
      }
      // An id or a birth year may be a number (42 is "42"); anything else must be text: a name of
      // true is not the name "true". Objects and arrays are never a value.
      if (typeof raw === 'string') fields[field] = raw;
      else if (typeof raw === 'number' && (field === 'id' || field === 'birthDate'))
        fields[field] = String(raw);
      else
        wrongType ??= `"${key}" must be text, not ${Array.isArray(raw) ? 'an array' : typeof raw}`;
    }
    if (wrongType !== undefined) {
      yield { line, ...(fields.id === undefined ? {} : { id: fields.id }), error: wrongType };
      continue;
    }
    yield toRow(line, fields, defaults);
  }
}

function toRow(line: number, fields: RowFields, defaults: BatchQueryDefaults): BatchRow {
  const row: BatchRow = { line };
  if (fields.id !== undefined) row.id = fields.id;
  const identifiers = (fields.identifiers ?? '')
    .split(';')
    .map((i) => i.trim())
    .filter((i) => i !== '');
  if ((fields.name === undefined || fields.name.trim() === '') && identifiers.length === 0) {
    return { ...row, error: 'no name' };
  }
  const query: NameQuery = { name: fields.name ?? '' };
  if (identifiers.length > 0) query.identifiers = identifiers;
  if (fields.schema !== undefined) {
    const schema = fields.schema.trim();
    if (schema !== 'Any' && !(SCHEMAS as readonly string[]).includes(schema)) {
      return { ...row, error: `unknown schema "${schema}"; use Any, ${SCHEMAS.join(', ')}` };
    }
    if (schema !== 'Any') query.schema = schema as Schema;
  }
  if (fields.birthDate !== undefined) query.birthDate = fields.birthDate;
  if (fields.country !== undefined) query.country = fields.country;
  if (defaults.lists !== undefined) query.lists = defaults.lists;
  if (defaults.threshold !== undefined) query.threshold = defaults.threshold;
  if (defaults.limit !== undefined) query.limit = defaults.limit;
  return { ...row, query };
}
