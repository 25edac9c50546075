import { AppError } from '../../core/index.ts';
import type {
  ByteSource,
  ListParser,
  ParseIssue,
  ParseOptions,
  ParseResult,
} from '../../core/index.ts';
import { toCountryCode } from '../../names/index.ts';
import { createEntitySink, type EntitySink } from '../entity-sink.ts';
import { ofacAltKind, ofacSdnEntity } from './ofac-csv-entity.ts';
import type { OfacSideRows } from './ofac-csv-entity.ts';
import { readOfacCsvRows } from './ofac-csv-rows.ts';

/** The files of one OFAC legacy CSV publication; only sdn.csv is required. */
export interface OfacCsvFiles {
  sdn: ByteSource;
  alt?: ByteSource;
  add?: ByteSource;
  comments?: ByteSource;
}

/**
 * Reads an OFAC legacy CSV set (SDN.CSV with ALT.CSV, ADD.CSV and SDN_COMMENTS.CSV). The small
 * side files are read first and joined on ent_num; sdn.csv is then streamed. An sdn.csv without a
 * single row throws INGEST_EMPTY: an empty download must never replace a list with nothing.
 */
export async function parseOfacCsvSet(
  files: OfacCsvFiles,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const sink = createEntitySink('ofac', options);
  const { issues } = sink;
  const { side, firstLines } = await readSideRows(files, issues);
  const counts = await readOfacCsvRows(
    files.sdn,
    'sdn.csv',
    12,
    (fields, line) => {
      sink.add(ofacSdnEntity(fields, line, side, issues), line);
    },
    issues,
  );
  if (counts.rowCount + counts.skippedCount === 0) {
    throw new AppError('INGEST_EMPTY', 'The OFAC sdn.csv file holds no rows.', {
      details: { list: 'ofac' },
    });
  }
  reportOrphans(firstLines, sink, issues);
  const result = sink.finish();
  // Rows the CSV reader itself refused (wrong column count, broken quoting) are records too.
  result.meta.recordCount += counts.skippedCount;
  result.meta.skippedCount += counts.skippedCount;
  return result;
}

/** Reads a lone OFAC sdn.csv (no aliases beyond the weak ones in remarks, no addresses). */
export const parseOfacCsv: ListParser = (input, options) =>
  parseOfacCsvSet({ sdn: input }, options);

/** First line of each (file, ent_num) in the side files, to report rows naming no SDN entry. */
type FirstLines = Map<string, { file: string; line: number }>;

async function readSideRows(
  files: OfacCsvFiles,
  issues: ParseIssue[],
): Promise<{ side: OfacSideRows; firstLines: FirstLines }> {
  const side: OfacSideRows = { alts: new Map(), addresses: new Map(), comments: new Map() };
  const firstLines: FirstLines = new Map();
  const note = (file: string, ref: string, line: number): void => {
    if (!firstLines.has(`${file}:${ref}`)) firstLines.set(`${file}:${ref}`, { file, line });
  };
  if (files.alt) {
    await readOfacCsvRows(
      files.alt,
      'alt.csv',
      5,
      (f, line) => {
        const [ref = '', , type = '', name = '', remarks = ''] = f;
        note('alt.csv', ref, line);
        const list = side.alts.get(ref) ?? [];
        list.push({ kind: ofacAltKind(type, remarks), name, line });
        side.alts.set(ref, list);
      },
      issues,
    );
  }
  if (files.add) {
    await readOfacCsvRows(
      files.add,
      'add.csv',
      6,
      (f, line) => {
        const [ref = '', , street = '', cityLine = '', countryText = '', remarks = ''] = f;
        note('add.csv', ref, line);
        // OFAC writes an address row of only -0- for entries without any known address.
        if (street === '' && cityLine === '' && countryText === '' && remarks === '') return;
        const country = countryText === '' ? undefined : toCountryCode(countryText);
        if (countryText !== '' && country === undefined) {
          issues.push({
            level: 'warning',
            code: 'UNKNOWN_COUNTRY',
            message: `add.csv: country "${countryText}" has no ISO code; kept in the address text.`,
            line,
            record: ref,
          });
        }
        const list = side.addresses.get(ref) ?? [];
        list.push({
          full: [street, cityLine, countryText].filter((p) => p !== '').join(', '),
          ...(street !== '' ? { street } : {}),
          // OFAC's second column mixes city, state and postal code ("London EC3N 1DY").
          ...(cityLine !== '' ? { city: cityLine } : {}),
          ...(country !== undefined ? { country } : {}),
          ...(remarks !== '' ? { note: remarks } : {}),
        });
        side.addresses.set(ref, list);
      },
      issues,
    );
  }
  if (files.comments) {
    await readOfacCsvRows(
      files.comments,
      'sdn_comments.csv',
      2,
      (f, line) => {
        const [ref = '', text = ''] = f;
        note('sdn_comments.csv', ref, line);
        side.comments.set(ref, (side.comments.get(ref) ?? '') + text);
      },
      issues,
    );
  }
  return { side, firstLines };
}

function reportOrphans(
  firstLines: FirstLines,
  seen: Pick<EntitySink, 'has'>,
  issues: ParseIssue[],
): void {
  for (const [key, { file, line }] of firstLines) {
    const ref = key.slice(file.length + 1);
    if (seen.has(ref)) continue;
    issues.push({
      level: 'warning',
      code: 'ORPHAN_ROW',
      message: `${file}: rows for ent_num ${ref} name no kept sdn.csv entry; not used.`,
      line,
      record: ref,
    });
  }
}
