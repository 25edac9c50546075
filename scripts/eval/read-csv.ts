import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { SHARED_DATA } from './load-lists.ts';

/**
 * Reads a CSV file of the shared pairs folder as records keyed by the header, or by `columns` when
 * given (# lines are comments).
 */
export function readPairsCsv(file: string, columns?: string[]): Record<string, string>[] {
  const text = readFileSync(new URL(`pairs/${file}`, SHARED_DATA), 'utf8');
  return parse(text, {
    columns: columns ?? true,
    skip_empty_lines: true,
    comment: '#',
    relax_column_count: true,
  });
}

/** Formats a ratio as a fixed 3-decimal number. */
export function fmt(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : 'n/a';
}

/** Prints one figure next to its target and whether it is met. */
export function report(
  label: string,
  value: string,
  target: string,
  met: boolean | undefined,
): void {
  const mark = met === undefined ? '   ' : met ? 'ok ' : 'MISS';
  console.log(`  ${mark} ${label.padEnd(44)} ${value.padStart(10)}   target ${target}`);
}
