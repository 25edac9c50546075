import { SaxesParser } from 'saxes';
import { AppError } from '../../core/index.ts';
import type { ByteSource, ParseOptions, ParseResult } from '../../core/index.ts';
import { toEuEntity } from './eu-entity.ts';
import { createEntitySink } from '../entity-sink.ts';
import { EU_CHILD_LISTS, newEuRecord } from './eu-record.ts';
import type { EuAttributes, EuRecord } from './eu-record.ts';

/** Child elements whose text (not attributes) carries the value. */
const TEXT_ELEMENTS = new Set(['remark', 'publicationUrl']);

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Collects EuRecords from SAX events, one `<sanctionEntity>` at a time. */
class EuXmlCollector {
  published: string | undefined;
  private readonly stack: string[] = [];
  private record: EuRecord | undefined;
  private child: EuAttributes | undefined;
  private textBuffer: string | undefined;

  constructor(private readonly onRecord: (record: EuRecord) => void) {}

  open(tagName: string, attributes: EuAttributes): void {
    const name = localName(tagName);
    const depth = this.stack.length;
    this.stack.push(name);
    if (depth === 0 && name !== 'export') {
      throw new AppError(
        'INGEST_PARSE_FAILED',
        `This is not an EU sanctions export: its root is <${name}>.`,
        {
          details: { format: 'eu-xml', root: name },
        },
      );
    }
    if (depth === 0) {
      this.published = /^\d{4}-\d{2}-\d{2}/.exec(attributes.generationDate ?? '')?.[0];
    } else if (depth === 1 && name === 'sanctionEntity') {
      this.record = newEuRecord(attributes);
    } else if (this.record !== undefined && depth === 2) {
      if (name === 'subjectType') this.record.subjectType = attributes;
      const list = EU_CHILD_LISTS[name as keyof typeof EU_CHILD_LISTS] as
        (typeof EU_CHILD_LISTS)[keyof typeof EU_CHILD_LISTS] | undefined;
      if (list !== undefined) {
        this.child = attributes;
        this.record[list].push(attributes);
      }
    }
    // Only an entity's own remark, an element's own remark and a regulation's URL are read;
    // regulationSummary children repeat regulation data and are passed over.
    if (this.record !== undefined && TEXT_ELEMENTS.has(name) && (depth === 2 || depth === 3)) {
      this.textBuffer = '';
    }
  }

  text(value: string): void {
    if (this.textBuffer !== undefined) this.textBuffer += value;
  }

  close(): void {
    const name = this.stack.pop();
    const depth = this.stack.length;
    if (this.textBuffer !== undefined && name !== undefined && TEXT_ELEMENTS.has(name)) {
      const value = this.textBuffer.trim();
      this.textBuffer = undefined;
      if (depth === 2 && name === 'remark') this.record?.remarks.push(value);
      else if (depth === 3 && this.child !== undefined) this.child[name] = value;
    }
    if (depth === 2) this.child = undefined;
    if (depth === 1 && name === 'sanctionEntity' && this.record !== undefined) {
      const record = this.record;
      this.record = undefined;
      this.onRecord(record);
    }
  }
}

/** UTF-8 text of a byte source, chunk by chunk, decoding characters split across chunks. */
async function* decodeChunks(input: ByteSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of input) {
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/**
 * Parses the EU Financial Sanctions File in its official XML layout (namespace
 * http://eu.europa.ec/fpi/fsd/export), streaming, so that only one sanctionEntity is held at a time.
 */
export async function parseEuXml(
  input: ByteSource,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const sink = createEntitySink('eu', options);
  const { issues } = sink;
  const collector = new EuXmlCollector((record) => {
    const result = toEuEntity(record);
    issues.push(...result.issues);
    sink.add(result.entity);
  });
  const parser = new SaxesParser({ position: true });
  parser.on('opentag', (tag) => {
    // Without xmlns processing saxes gives plain string attributes.
    const attributes = { ...(tag.attributes as Record<string, string>) };
    collector.open(tag.name, attributes);
  });
  parser.on('text', (value) => {
    collector.text(value);
  });
  parser.on('cdata', (value) => {
    collector.text(value);
  });
  parser.on('closetag', () => {
    collector.close();
  });
  try {
    for await (const chunk of decodeChunks(input)) parser.write(chunk);
    parser.close();
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new AppError('INGEST_PARSE_FAILED', `The EU XML file could not be read: ${message}`, {
      details: { format: 'eu-xml', line: parser.line, recordsRead: sink.recordCount },
      cause,
    });
  }
  if (sink.recordCount === 0) {
    issues.push({
      level: 'warning',
      code: 'NO_RECORDS',
      message: 'The EU XML file holds no sanctionEntity.',
    });
  }
  return sink.finish(collector.published);
}
