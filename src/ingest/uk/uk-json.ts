import {
  AppError,
  type ByteSource,
  type ParseOptions,
  type ParseResult,
} from '../../core/index.ts';
import {
  newUkDesignation,
  setUkValue,
  type UkDesignation,
  type UkScalarField,
} from './uk-designation.ts';
import { createUkSink } from './uk-sink.ts';

/** The mirror is read whole, so larger files are refused rather than exhausting memory. */
export const UK_JSON_MAX_BYTES = 200 * 1024 * 1024;

const SCALARS: Record<string, UkScalarField> = {
  last_updated: 'lastUpdated',
  date_designated: 'dateDesignated',
  ofsi_group_id: 'ofsiGroupId',
  un_reference_number: 'unReferenceNumber',
  individual_entity_ship: 'type',
  regime_name: 'regimeName',
  designation_source: 'designationSource',
  sanctions_imposed: 'sanctionsImposed',
  other_information: 'otherInformation',
  uk_statement_of_reasons: 'statementOfReasons',
};

/** Keys read elsewhere, or deliberately left out (the indicators repeat "sanctions_imposed"). */
const HANDLED = new Set([
  'unique_id',
  'names',
  'non_latin_names',
  'addresses',
  '_file',
  'sanctions_imposed_indicators',
]);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/** The items of a mirror wrapper such as `{names: [...]}` or `{addresses: [...]}`. */
function items(value: unknown, key: string): Json[] {
  if (!isObject(value)) return [];
  const list = value[key];
  return Array.isArray(list) ? list.filter(isObject) : [];
}

function optional(value: unknown): string | undefined {
  const result = text(value);
  return result === '' ? undefined : result;
}

/**
 * Turns one record of the ammitto JSON mirror into a designation; `unknownKeys` collects fields
 * this reader does not map, so that the caller can report them once per file.
 */
export function fromUkMirrorRecord(record: Json, unknownKeys: Set<string>): UkDesignation {
  const designation = newUkDesignation(text(record.unique_id));
  for (const [key, value] of Object.entries(record)) {
    const field = SCALARS[key];
    if (field !== undefined) setUkValue(designation, field, text(value));
    else if (!HANDLED.has(key)) unknownKeys.add(key);
  }
  for (const name of items(record.names, 'names')) {
    const parts = [1, 2, 3, 4, 5, 6].map((index) => text(name[`name${index}`]));
    const entry: UkDesignation['names'][number] = { parts, nameType: text(name.name_type) };
    const strength = optional(name.alias_strength);
    if (strength !== undefined) entry.aliasStrength = strength;
    designation.names.push(entry);
  }
  for (const name of items(record.non_latin_names, 'names')) {
    const entry: UkDesignation['nonLatinNames'][number] = {
      name: text(name.name_non_latin_script),
    };
    const scriptType = optional(name.non_latin_script_type);
    if (scriptType !== undefined) entry.scriptType = scriptType;
    const language = optional(name.non_latin_script_language);
    if (language !== undefined) entry.language = language;
    designation.nonLatinNames.push(entry);
  }
  for (const address of items(record.addresses, 'addresses')) {
    const lines = [1, 2, 3, 4, 5, 6].map((index) => text(address[`address_line${index}`]));
    const entry: UkDesignation['addresses'][number] = { lines };
    const postalCode = optional(address.address_postal_code);
    if (postalCode !== undefined) entry.postalCode = postalCode;
    const country = optional(address.address_country);
    if (country !== undefined) entry.country = country;
    designation.addresses.push(entry);
  }
  return designation;
}

async function readAll(input: ByteSource): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += buffer.length;
    if (size > UK_JSON_MAX_BYTES) {
      throw new AppError(
        'INGEST_PARSE_FAILED',
        `The UK JSON file is larger than ${UK_JSON_MAX_BYTES / 1024 / 1024} MB; it was not read.`,
        { details: { maxBytes: UK_JSON_MAX_BYTES } },
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/**
 * Reads the JSON mirror `{meta, records[]}` of the UK Sanctions List (ammitto/data-uk). The
 * mirror states no publication date, so `meta.published` is the newest "last updated" date.
 */
export async function parseUkJson(
  input: ByteSource,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const raw = await readAll(input);
  let document: unknown;
  try {
    document = JSON.parse(raw);
  } catch (error) {
    throw new AppError('INGEST_PARSE_FAILED', 'The UK JSON file is not valid JSON.', {
      cause: error,
    });
  }
  const records = isObject(document) ? document.records : undefined;
  if (!Array.isArray(records)) {
    throw new AppError(
      'INGEST_PARSE_FAILED',
      'The UK JSON file has no "records" array; expected the {meta, records[]} mirror.',
    );
  }
  const sink = createUkSink(options);
  const unknownKeys = new Set<string>();
  records.forEach((record: unknown, index) => {
    const designation = isObject(record) ? fromUkMirrorRecord(record, unknownKeys) : undefined;
    if (designation === undefined || designation.uniqueId === '') {
      sink.reject({
        level: 'error',
        code: 'RECORD_NO_REFERENCE',
        message: `Record ${index + 1} has no unique_id; it was skipped.`,
      });
      return;
    }
    sink.add(designation);
  });
  if (unknownKeys.size > 0) {
    sink.issues.push({
      level: 'warning',
      code: 'FIELD_UNKNOWN',
      message: `Fields not read: ${[...unknownKeys].sort().join(', ')}.`,
    });
  }
  return sink.finish();
}
