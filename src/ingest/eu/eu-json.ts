import { AppError } from '../../core/index.ts';
import type { ByteSource, ParseOptions, ParseResult } from '../../core/index.ts';
import { toEuEntity } from './eu-entity.ts';
import { createEntitySink } from '../entity-sink.ts';
import { newEuRecord } from './eu-record.ts';
import type { EuAttributes, EuRecord } from './eu-record.ts';

/** The mirror is parsed whole (JSON.parse), so its size is capped to keep memory bounded. */
export const EU_JSON_MAX_BYTES = 200 * 1024 * 1024;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = Record<string, Json>;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** snake_case → camelCase: the mirror's keys are the FSF XML attribute names re-cased. */
function camel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** Scalar fields as XML-like attribute strings; nested lists (regulation_summaries) are left out. */
function toAttributes(value: Json | undefined): EuAttributes {
  const attributes: EuAttributes = {};
  if (!isObject(value)) return attributes;
  for (const [key, field] of Object.entries(value)) {
    if (field === null || typeof field === 'object') continue;
    attributes[camel(key)] = String(field);
  }
  return attributes;
}

function toList(value: Json | undefined): EuAttributes[] {
  return Array.isArray(value) ? value.map(toAttributes) : [];
}

function toEuRecord(raw: JsonObject): EuRecord {
  const record = newEuRecord(toAttributes(raw));
  if (typeof raw.remark === 'string') record.remarks.push(raw.remark);
  record.regulations = toList(raw.regulations);
  record.subjectType = toAttributes(raw.subject_type);
  record.nameAliases = toList(raw.name_aliases);
  record.citizenships = toList(raw.citizenships);
  record.birthdates = toList(raw.birthdates);
  record.addresses = toList(raw.addresses);
  record.identifications = toList(raw.identifications);
  return record;
}

async function readText(input: ByteSource): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > EU_JSON_MAX_BYTES) {
      throw new AppError(
        'INGEST_PARSE_FAILED',
        `The EU JSON file is larger than ${EU_JSON_MAX_BYTES / 1024 / 1024} MB; use the official XML file, which is read as a stream.`,
        { details: { format: 'eu-json', maxBytes: EU_JSON_MAX_BYTES } },
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The publication date of the mirror. It carries no generationDate of the official file, so the
 * date the mirror fetched the EU index (meta.index.fetched_at) is used; an official
 * meta.generation_date would win if a later mirror carried one.
 */
function publishedOf(meta: Json | undefined): string | undefined {
  if (!isObject(meta)) return undefined;
  const index = meta.index;
  const candidates = [
    meta.generation_date,
    meta.published,
    isObject(index) ? index.fetched_at : undefined,
  ];
  for (const candidate of candidates) {
    if (typeof candidate === 'string' && /^\d{4}-\d{2}-\d{2}/.test(candidate))
      return candidate.slice(0, 10);
  }
  return undefined;
}

/**
 * Parses the ammitto JSON mirror of the EU Financial Sanctions File ({meta, records[]}, keys in
 * snake_case), with the same mapping as the official XML.
 */
export async function parseEuJson(
  input: ByteSource,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const content = await readText(input);
  let document: Json;
  try {
    document = JSON.parse(content) as Json;
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new AppError(
      'INGEST_PARSE_FAILED',
      `The EU JSON file is not valid JSON (truncated?): ${message}`,
      {
        details: { format: 'eu-json', bytes: Buffer.byteLength(content) },
        cause,
      },
    );
  }
  const records = isObject(document) ? document.records : undefined;
  if (!Array.isArray(records)) {
    throw new AppError('INGEST_PARSE_FAILED', 'The EU JSON file has no "records" array.', {
      details: { format: 'eu-json' },
    });
  }
  const sink = createEntitySink('eu', options);
  const { issues } = sink;
  records.forEach((raw, index) => {
    if (!isObject(raw)) {
      sink.add(undefined);
      issues.push({
        level: 'error',
        code: 'RECORD_INVALID',
        message: `records[${index}] is not an object; it was skipped.`,
      });
      return;
    }
    const result = toEuEntity(toEuRecord(raw));
    issues.push(...result.issues);
    sink.add(result.entity);
  });
  return sink.finish(publishedOf(isObject(document) ? document.meta : undefined));
}
