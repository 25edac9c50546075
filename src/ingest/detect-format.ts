import { AppError, type ListFormat } from '../core/index.ts';
import { sniffEu } from './eu/eu-sniff.ts';
import { sniffFtm } from './ftm/ftm-sniff.ts';
import { sniffOfac } from './ofac/ofac-sniff.ts';
import { sniffUk } from './uk/uk-sniff.ts';

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
  // Each per-format sniffer (tested beside its parser) looks for its own root, namespace, keys or
  // row shape; FtM goes first because its lines may carry any list's words.
  const format =
    sniffFtm(trimmed) ??
    (/<CONSOLIDATED_LIST[\s>]/.test(trimmed) ? 'un-xml' : undefined) ??
    sniffOfac(trimmed) ??
    sniffEu(trimmed) ??
    sniffUk(trimmed);
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
