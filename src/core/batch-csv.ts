// The CSV columns of a batch result, written once: `sift batch --format csv` and the web page's
// download both use them, so the two files cannot drift apart. Pure (no Node API): the page's
// bundle imports it.
import type { BatchRowResult } from './batch-types.ts';

/** The columns of a batch results CSV, in order. */
export const BATCH_CSV_COLUMNS = [
  'line',
  'id',
  'name',
  'status',
  'alerts',
  'best_entity_id',
  'best_list',
  'best_reference',
  'best_caption',
  'best_matched_name',
  'best_score',
  'best_match',
  'best_ofac_score',
  'error',
] as const;

/** The header line of a batch results CSV, with its newline. */
export function batchCsvHeader(): string {
  return `${BATCH_CSV_COLUMNS.join(',')}\n`;
}

/** One CSV line (with its newline) for one input row: its best hit and its alert count. */
export function batchCsvLine(result: BatchRowResult): string {
  const best = result.hits[0];
  const cells = [
    String(result.line),
    result.id ?? '',
    result.name,
    result.status,
    String(result.alertCount),
    best?.entityId ?? '',
    best?.list ?? '',
    best?.reference ?? '',
    best?.caption ?? '',
    best?.matchedName.full ?? '',
    best === undefined ? '' : best.score.toFixed(3),
    best === undefined ? '' : String(best.match),
    best === undefined ? '' : String(Math.round(best.ofacScore)),
    result.error ?? '',
  ];
  return `${cells.map(csvCell).join(',')}\n`;
}

function csvCell(value: string): string {
  // A leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
