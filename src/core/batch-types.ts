import type { Hit, NameQuery } from './screening-types.ts';

/**
 * Hits kept per batch row when the caller sets no limit: the same for `sift batch` and POST
 * /batch, so one file gives the same output from the CLI and from the web page.
 */
export const BATCH_DEFAULT_LIMIT = 5;

/** One row of a batch input file, read and checked for shape. */
export interface BatchRow {
  /** 1-based line of the input file where the row starts. */
  line: number;
  /** The customer's own id, carried through to the output. */
  id?: string;
  /** The query, when the row could be read; absent when `error` says why not. */
  query?: NameQuery;
  /** Why the row cannot be screened (no name, wrong number of columns, bad JSON …). */
  error?: string;
}

/** The outcome of one batch row. */
export interface BatchRowResult {
  line: number;
  id?: string;
  name: string;
  status: 'clear' | 'alert' | 'error';
  /** Hits above the threshold. */
  alertCount: number;
  /** Every returned hit, best first (above and below the threshold). */
  hits: Hit[];
  error?: string;
}

/** The closing figures of a batch run. */
export interface BatchSummary {
  rows: number;
  alerts: number;
  errors: number;
  elapsedMs: number;
  rowsPerSecond: number;
  interrupted: boolean;
}
