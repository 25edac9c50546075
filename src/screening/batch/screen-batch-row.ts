import {
  isAppError,
  type BatchRow,
  type BatchRowResult,
  type ScreenResult,
} from '../../core/index.ts';
import { screenName } from '../screen-name.ts';
import type { ScreeningIndex } from '../screening-index.ts';

/** Screens one batch row; a row the engine refuses becomes an error row that says why. */
export function screenBatchRow(
  index: ScreeningIndex,
  row: BatchRow,
): { result: BatchRowResult; screened?: ScreenResult } {
  const base = {
    line: row.line,
    ...(row.id === undefined ? {} : { id: row.id }),
    name: row.query?.name ?? '',
  };
  if (row.query === undefined) {
    return {
      result: {
        ...base,
        status: 'error',
        alertCount: 0,
        hits: [],
        error: row.error ?? 'unreadable row',
      },
    };
  }
  try {
    const screened = screenName(index, row.query);
    const alertCount = screened.results.filter((hit) => hit.match).length;
    return {
      result: {
        ...base,
        status: alertCount > 0 ? 'alert' : 'clear',
        alertCount,
        hits: screened.results,
      },
      screened,
    };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { result: { ...base, status: 'error', alertCount: 0, hits: [], error: error.message } };
  }
}
