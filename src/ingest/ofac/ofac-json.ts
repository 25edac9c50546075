import { AppError, newEntity } from '../../core/index.ts';
import type {
  ByteSource,
  ListEntity,
  ListParser,
  ParseIssue,
  ParseOptions,
  ParseResult,
  Schema,
} from '../../core/index.ts';
import { createEntitySink } from '../entity-sink.ts';
import { ofacCaption, ofacName } from './ofac-name.ts';

/** The JSON mirror is read whole (it is no streaming format); past this size it is refused. */
export const OFAC_JSON_MAX_BYTES = 100 * 1024 * 1024;

const SCHEMAS: Record<string, Schema> = {
  individual: 'Person',
  entity: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Aircraft',
};

/**
 * Reads the OFAC SDN names file in JSON (`{ published, entries: [{ uid, name, type, programs,
 * alternateNames }] }`, kindrat86/ofac-sdn-json). It carries names and programmes only.
 */
export const parseOfacJson: ListParser = async (input, options = {}) => {
  const text = await readAll(input);
  if (text.trim() === '') throw new AppError('INGEST_EMPTY', 'The OFAC JSON file is empty.');
  const root = parseJson(text);
  if (!isRecord(root) || !Array.isArray(root.entries)) {
    throw new AppError(
      'INGEST_PARSE_FAILED',
      'This JSON file has no "entries" array, so it is not the OFAC SDN names file.',
    );
  }
  return readEntries(root, root.entries as unknown[], options);
};

function readEntries(
  root: Record<string, unknown>,
  entries: unknown[],
  options: ParseOptions,
): ParseResult {
  const sink = createEntitySink('ofac', options);
  for (const [index, entry] of entries.entries()) sink.add(toEntity(entry, index, sink.issues));
  const published = root.published;
  const result = sink.finish(
    typeof published === 'string' && /^\d{4}-\d\d-\d\d/.test(published)
      ? published.slice(0, 10)
      : undefined,
  );
  const counts = root.counts;
  if (isRecord(counts) && typeof counts.entries === 'number' && counts.entries !== entries.length) {
    result.issues.push({
      level: 'warning',
      code: 'COUNT_MISMATCH',
      message: `The file says it holds ${counts.entries} entries but ${entries.length} were found.`,
    });
  }
  return result;
}

function toEntity(entry: unknown, index: number, issues: ParseIssue[]): ListEntity | undefined {
  const where = `entries[${index}]`;
  const uid = isRecord(entry) ? entry.uid : undefined;
  if (!(typeof uid === 'number' || (typeof uid === 'string' && /^\d+$/.test(uid)))) {
    issues.push({
      level: 'error',
      code: 'RECORD_NO_REFERENCE',
      message: `${where} has no uid; skipped.`,
    });
    return undefined;
  }
  const record = entry as Record<string, unknown>;
  const reference = String(uid);
  const name = typeof record.name === 'string' ? record.name.trim() : '';
  if (name === '') {
    issues.push({
      level: 'error',
      code: 'RECORD_NO_NAME',
      message: `${where} (uid ${reference}) has no name; skipped.`,
      record: reference,
    });
    return undefined;
  }
  const type = typeof record.type === 'string' ? record.type.toLowerCase() : '';
  let schema = SCHEMAS[type];
  if (schema === undefined) {
    issues.push({
      level: 'warning',
      code: 'UNKNOWN_TYPE',
      message: `${where} (uid ${reference}) has type "${type}"; read as LegalEntity.`,
      record: reference,
    });
    schema = 'LegalEntity';
  }
  const entity = newEntity('ofac', reference, schema, ofacCaption(name, schema));
  entity.names.push(ofacName(name, 'primary', schema));
  for (const alias of strings(record.alternateNames)) {
    if (entity.names.some((n) => n.full === alias)) {
      issues.push({
        level: 'warning',
        code: 'DUPLICATE_NAME',
        message: `${where} (uid ${reference}): name "${alias}" is already on the entry; not added twice.`,
        record: reference,
      });
      continue;
    }
    // The mirror drops ALT.CSV's aka/fka/nka type, so every alternate name is an alias.
    entity.names.push(ofacName(alias, 'alias', schema));
  }
  entity.programs.push(...strings(record.programs));
  return entity;
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readAll(input: ByteSource): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += bytes.length;
    if (size > OFAC_JSON_MAX_BYTES) {
      throw new AppError(
        'INGEST_PARSE_FAILED',
        `The OFAC JSON file is over ${OFAC_JSON_MAX_BYTES / 1024 / 1024} MB; this format is read whole, so it is refused.`,
        { details: { maxBytes: OFAC_JSON_MAX_BYTES } },
      );
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/** JSON.parse, with an error that names the position (line and column) where reading failed. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 gives "at position N" for a bad token but no position for a file cut short.
    const match = /position (\d+)/.exec(message);
    const position = match ? Number(match[1]) : text.length;
    const before = text.slice(0, position);
    const line = before.split('\n').length;
    const column = position - before.lastIndexOf('\n');
    // A file cut short fails at its very end, with or without a position in the message.
    const truncated = position >= text.trimEnd().length;
    throw new AppError(
      'INGEST_PARSE_FAILED',
      `The OFAC JSON file is ${truncated ? 'cut short' : 'not valid JSON'} at line ${line}, column ${column} (character ${position}): ${message}`,
      { details: { position, line, column }, cause: error },
    );
  }
}
