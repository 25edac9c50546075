import { AppError, type ListFormat } from '../core/index.ts';

/** How many leading bytes of a file `detectListFormat` needs. */
export const SNIFF_BYTES = 65_536;

/**
 * Tells a list file's format from its first bytes (content, never the file name). Refuses binary
 * noise and UTF-16/32 text with an error that says what to do.
 */
export function detectListFormat(head: Uint8Array): ListFormat {
  checkEncoding(head);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed === '') throw new AppError('INGEST_EMPTY', 'The file is empty.');
  const format = trimmed.startsWith('<')
    ? detectXml(trimmed)
    : trimmed.startsWith('{') || trimmed.startsWith('[')
      ? detectJson(trimmed)
      : detectCsv(trimmed);
  if (format === undefined) {
    throw new AppError(
      'INGEST_FORMAT_UNKNOWN',
      'The file is not in a list format Sift reads (UN XML, OFAC CSV/JSON, EU XML/JSON, UK CSV/XML/JSON, FollowTheMoney JSON lines). Pass --format to name it.',
      { details: { start: trimmed.slice(0, 80) } },
    );
  }
  return format;
}

function checkEncoding(head: Uint8Array): void {
  const [a, b] = head;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    throw new AppError(
      'INPUT_UNREADABLE',
      'The file is UTF-16 encoded; save it as UTF-8 and import it again.',
    );
  }
  const sample = head.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) {
      throw new AppError(
        'INPUT_UNREADABLE',
        'The file holds binary data (NUL bytes), not list text.',
      );
    }
    // 0x1A ends OFAC's legacy CSV files; other C0 controls besides tab/CR/LF suggest binary.
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1a)) control += 1;
  }
  if (control > sample.length / 100) {
    throw new AppError('INPUT_UNREADABLE', 'The file looks like binary data, not list text.');
  }
}

function detectXml(text: string): ListFormat | undefined {
  if (/<CONSOLIDATED_LIST[\s>]/.test(text)) return 'un-xml';
  if (
    text.includes('http://eu.europa.ec/fpi/fsd/export') ||
    /<(\w+:)?sanctionEntity[\s>]/.test(text)
  )
    return 'eu-xml';
  if (/<Designations[\s>]/.test(text) || /<Designation[\s>]/.test(text)) return 'uk-xml';
  return undefined;
}

function detectJson(text: string): ListFormat | undefined {
  const firstLine = text.split('\n', 1)[0] ?? '';
  if (
    /^\{.*"schema"\s*:\s*"[A-Z]\w+".*"properties"\s*:/.test(firstLine) ||
    /^\{.*"properties"\s*:.*"schema"\s*:/.test(firstLine)
  ) {
    return 'ftm-json';
  }
  if (/"eu_reference_number"|"logical_id"/.test(text)) return 'eu-json';
  if (/"unique_id"|"ofsi_group_id"/.test(text)) return 'uk-json';
  if (/OFAC|"alternateNames"/.test(text) && /"uid"|"entries"|"alternateNames"/.test(text))
    return 'ofac-json';
  return undefined;
}

function detectCsv(text: string): ListFormat | undefined {
  const lines = text.split(/\r?\n/, 3);
  // OFAC legacy SDN.CSV: headerless, `ent_num,"NAME",type,"PROGRAM",…` with `-0-` for empty.
  if (/^\d+,"[^"]*",\s*("?(individual|vessel|aircraft)"?|-0-\s*),/i.test(lines[0] ?? ''))
    return 'ofac-csv';
  // UK Sanctions List CSV: a report-date line, then a header naming "Unique ID" and "Name 6".
  if (lines.some((line) => /Unique ID/i.test(line) && /Name 6/i.test(line))) return 'uk-csv';
  return undefined;
}
