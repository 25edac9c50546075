import { parse } from 'csv-parse';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { AppError, type BatchRow, type NameQuery, type Schema } from '../core/index.ts';

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
  const parser = Readable.from(input).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, trim: true }),
  );
  let header: (keyof RowFields | undefined)[] | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (header === undefined) {
        header = record.map((cell) => FIELD_ALIASES[cell.toLowerCase().replace(/[\s-]/g, '_')]);
        if (!header.includes('name') && !header.includes('identifiers')) {
          throw new AppError(
            'QUERY_INVALID',
            `The CSV header has no "name" column, nor "identifiers" (found: ${record.join(', ')}).`,
          );
        }
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
    throw new AppError(
      'QUERY_INVALID',
      `The CSV input is malformed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  if (header === undefined)
    throw new AppError(
      'QUERY_INVALID',
      'The CSV input is empty: it needs a header row with a "name" column.',
    );
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
    for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
      const field = FIELD_ALIASES[key.toLowerCase()];
      // Numbers and booleans are read as text (an id of 42 is "42"); objects and arrays are not a value.
      if (field === undefined || raw === null || raw === '') continue;
      if (field === 'identifiers' && Array.isArray(raw)) {
        fields.identifiers = raw.filter((i): i is string => typeof i === 'string').join(';');
        continue;
      }
      if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean')
        fields[field] = String(raw);
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
  if (fields.schema !== undefined) query.schema = fields.schema as Schema;
  if (fields.birthDate !== undefined) query.birthDate = fields.birthDate;
  if (fields.country !== undefined) query.country = fields.country;
  if (defaults.lists !== undefined) query.lists = defaults.lists;
  if (defaults.threshold !== undefined) query.threshold = defaults.threshold;
  if (defaults.limit !== undefined) query.limit = defaults.limit;
  return { ...row, query };
}
