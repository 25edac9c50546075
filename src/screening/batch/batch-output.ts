import type { BatchRowResult } from '../../core/index.ts';
import type { BatchFormat } from './batch-input.ts';

const CSV_COLUMNS = [
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

/** The first line of a batch output file, if the format has one. */
export function batchOutputHeader(format: BatchFormat): string {
  return format === 'csv' ? `${CSV_COLUMNS.join(',')}\n` : '';
}

/** One output line for one input row: the best hit and the alert count (CSV) or every hit with its explanation (JSONL). */
export function formatBatchResult(result: BatchRowResult, format: BatchFormat): string {
  if (format === 'jsonl') return `${JSON.stringify(result)}\n`;
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
