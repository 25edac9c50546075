import type { BatchRow, BatchRowResult } from '../../core/index.ts';
import type { AuditEntry, ChunkHandler, ChunkSource } from '../../store/index.ts';
import { readBatchRows, type BatchFormat, type BatchQueryDefaults } from './batch-input.ts';

/** The kind of queued job that screens a batch file. */
export const BATCH_JOB_KIND = 'batch';

/** Rows per queued batch chunk unless the settings say otherwise. */
export const QUEUE_CHUNK_ROWS = 500;

/** What every chunk of a queued batch job needs: the pinned list versions and who asked. */
export interface BatchJobParams {
  versions: { list: string; version: number }[];
  caller: string;
  outputFormat: BatchFormat;
  /** Rows counted in the upload, shown as the total while the job is still loading. */
  rowsTotal?: number;
}

/**
 * Reads a batch file into queue chunks of `chunkRows` rows (parsed and checked, defaults applied),
 * so workers get rows they can screen as they are; a bad header throws before any chunk.
 */
export async function* batchChunks(
  input: AsyncIterable<Buffer | string>,
  format: BatchFormat,
  defaults: BatchQueryDefaults | undefined,
  chunkRows: number,
): AsyncGenerator<ChunkSource> {
  let rows: BatchRow[] = [];
  for await (const row of readBatchRows(input, format, defaults)) {
    rows.push(row);
    if (rows.length >= chunkRows) {
      yield { size: rows.length, items: rows };
      rows = [];
    }
  }
  if (rows.length > 0) yield { size: rows.length, items: rows };
}

/** Screens rows: results in row order, and the audit entries of the rows screened. */
export type BatchScreener = (
  rows: readonly BatchRow[],
) => Promise<{ results: BatchRowResult[]; audits: AuditEntry[] }>;

/** What a worker needs to screen batch chunks: a screener per job, and the audit trail. */
export interface BatchChunkDependencies {
  /** Screens rows against the versions the job was pinned to. */
  screener(params: BatchJobParams): Promise<BatchScreener>;
  appendAudit(entries: readonly AuditEntry[]): Promise<unknown>;
}

/**
 * The worker side of a queued batch: screens a chunk's rows and appends their audit entries
 * before handing the results back, as `sift batch` does before writing its output. A chunk retried
 * after its worker died between the two is audited twice (an honest record of two screenings);
 * its results are still stored once.
 */
export function batchChunkHandler(dependencies: BatchChunkDependencies): ChunkHandler {
  return async (chunk) => {
    const params = chunk.job.params as BatchJobParams;
    const screen = await dependencies.screener(params);
    const { results, audits } = await screen(chunk.items as BatchRow[]);
    if (audits.length > 0) await dependencies.appendAudit(audits);
    let alerts = 0;
    let errors = 0;
    for (const result of results) {
      if (result.status === 'alert') alerts += 1;
      if (result.status === 'error') errors += 1;
    }
    return {
      results: results.map((data, i) => ({ seq: chunk.from + i, data })),
      totals: { alerts, errors },
    };
  };
}
