import { batchCsvHeader, batchCsvLine, type BatchRowResult } from '../../core/index.ts';
import type { BatchFormat } from './batch-input.ts';

/** The first line of a batch output file, if the format has one. */
export function batchOutputHeader(format: BatchFormat): string {
  return format === 'csv' ? batchCsvHeader() : '';
}

/** One output line for one input row: the best hit and the alert count (CSV) or every hit with its explanation (JSONL). */
export function formatBatchResult(result: BatchRowResult, format: BatchFormat): string {
  return format === 'jsonl' ? `${JSON.stringify(result)}\n` : batchCsvLine(result);
}
