import type { Command } from 'commander';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { AppError, BATCH_DEFAULT_LIMIT } from '../core/index.ts';
import type { BatchFormat } from '../app/index.ts';
import type { WithApp } from './with-app.ts';
import { canDrawProgress, notify } from './cli-output.ts';

interface BatchCliOptions {
  out?: string;
  format?: string;
  inputFormat?: string;
  threshold?: string;
  lists?: string;
  workers?: string;
  limit?: string;
}

/** Adds `sift batch <in.csv|in.jsonl|->`: screens a whole file, streaming, on all cores. */
export function addBatchCommand(program: Command, withApp: WithApp): void {
  program
    .command('batch')
    .description(
      'screen every row of a CSV or JSONL file (columns: name, schema, birth_date, country, id)',
    )
    .argument('<input>', 'input file, or - for standard input')
    .option('--out <file>', 'output file (default: standard output)')
    .option('--format <format>', 'output format: csv or jsonl (default: as the input)')
    .option('--input-format <format>', 'csv or jsonl (default: from the file name; csv for -)')
    .option('--threshold <x>', 'score from 0 to 1 at which a hit is an alert')
    .option('--lists <names>', 'comma-separated lists (default: all loaded)')
    .option('--limit <n>', `hits kept per row (default ${BATCH_DEFAULT_LIMIT})`)
    .option('--workers <n>', 'worker threads (default: one per core)')
    .action(
      withApp(async (app, inputPath: string, options: BatchCliOptions) => {
        const inputFormat = toFormat(
          options.inputFormat ?? (/\.(jsonl|ndjson)$/i.test(inputPath) ? 'jsonl' : 'csv'),
          '--input-format',
        );
        const outputFormat = toFormat(options.format ?? inputFormat, '--format');
        const totalBytes = inputPath === '-' ? 0 : await fileSize(inputPath);
        const input = inputPath === '-' ? process.stdin : createReadStream(inputPath);
        // Rows go to a file beside --out, renamed onto it once the run ends: a run that fails (a
        // bad header, a crash) never empties or half-writes a file the user already had.
        const partialPath =
          options.out === undefined ? undefined : `${options.out}.partial-${process.pid}`;
        const output: Writable =
          partialPath === undefined ? process.stdout : createWriteStream(partialPath);
        const controller = new AbortController();
        const onSigint = (): void => {
          process.stderr.write('\nInterrupted: finishing the rows already read, then stopping…\n');
          controller.abort();
        };
        process.once('SIGINT', onSigint);
        const progress = progressBar(totalBytes, () =>
          inputPath === '-' ? 0 : (input as ReturnType<typeof createReadStream>).bytesRead,
        );
        try {
          const summary = await app.batch.run(input, output, {
            inputFormat,
            outputFormat,
            caller: 'cli',
            signal: controller.signal,
            onProgress: progress.update,
            onRowError: (row) => {
              progress.clear();
              process.stderr.write(`line ${row.line}: ${row.error ?? 'error'}\n`);
            },
            defaults: {
              ...(options.threshold === undefined
                ? {}
                : { threshold: toNumber(options.threshold, '--threshold') }),
              ...(options.lists === undefined
                ? {}
                : { lists: options.lists.split(',').map((l) => l.trim()) }),
              ...(options.limit === undefined ? {} : { limit: toNumber(options.limit, '--limit') }),
            },
            ...(options.workers === undefined
              ? {}
              : { workers: toNumber(options.workers, '--workers') }),
          });
          progress.clear();
          if (options.out !== undefined && partialPath !== undefined) {
            output.end();
            await once(output, 'finish');
            await rename(partialPath, options.out);
          }
          notify(
            `${summary.interrupted ? 'Stopped early' : 'Done'}: ${summary.rows} rows, ${summary.alerts} alerts, ${summary.errors} rows with errors, ` +
              `${(summary.elapsedMs / 1000).toFixed(1)} s (${summary.rowsPerSecond} rows/s)${options.out === undefined ? '' : ` → ${options.out}`}.`,
          );
          if (summary.interrupted) process.exitCode = 130;
        } catch (error) {
          if (partialPath !== undefined) await keepOrRemovePartial(output, partialPath);
          throw error;
        } finally {
          process.removeListener('SIGINT', onSigint);
        }
      }),
    );
}

/** After a failed run: rows already written stay in the partial file (and are named), else it goes. */
async function keepOrRemovePartial(output: Writable, partialPath: string): Promise<void> {
  if (!output.writableFinished) {
    output.end();
    await once(output, 'close').catch(() => undefined);
  }
  const size = (await stat(partialPath).catch(() => undefined))?.size ?? 0;
  if (size === 0) await rm(partialPath, { force: true });
  else notify(`The rows screened before the failure are kept in ${partialPath}.`);
}

function progressBar(
  totalBytes: number,
  bytesRead: () => number,
): { update: (rows: number) => void; clear: () => void } {
  const tty = canDrawProgress();
  const started = performance.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update: (rows) => {
      const now = performance.now();
      if (!tty || now - lastDraw < 200) return;
      lastDraw = now;
      const seconds = (now - started) / 1000;
      const rate = rows / Math.max(seconds, 0.001);
      const fraction = totalBytes > 0 ? Math.min(1, bytesRead() / totalBytes) : 0;
      const width = 24;
      const bar =
        totalBytes > 0
          ? `[${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}] ${Math.round(fraction * 100)}% `
          : '';
      const eta =
        fraction > 0.01 ? ` · ETA ${formatSeconds((seconds / fraction) * (1 - fraction))}` : '';
      process.stderr.write(`\r${bar}${rows} rows · ${Math.round(rate)} rows/s${eta}\x1b[K`);
      drawn = true;
    },
    clear: () => {
      if (tty && drawn) process.stderr.write('\r\x1b[K');
      drawn = false;
    },
  };
}

function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    throw new AppError('INPUT_NOT_FOUND', `Cannot read ${path}: no such file.`, { cause: error });
  }
}

function toFormat(value: string, flag: string): BatchFormat {
  if (value !== 'csv' && value !== 'jsonl')
    throw new AppError('QUERY_INVALID', `${flag} must be csv or jsonl, not "${value}".`);
  return value;
}

function toNumber(text: string, flag: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new AppError('QUERY_INVALID', `${flag} must be a number, not "${text}".`);
  return value;
}
