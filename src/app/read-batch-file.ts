import type { BatchRow } from '../core/index.ts';
import type { BatchFormat } from '../screening/batch/index.ts';

/**
 * Reads an uploaded batch file row by row, as a batch job would. The reader (and its CSV parser)
 * loads on first use, so commands that never read a batch file (`sift analyze`) do not load it.
 */
export async function* readBatchFile(
  input: AsyncIterable<Buffer | string>,
  format: BatchFormat,
): AsyncGenerator<BatchRow> {
  const { readBatchRows } = await import('../screening/batch/batch-input.ts');
  yield* readBatchRows(input, format);
}
