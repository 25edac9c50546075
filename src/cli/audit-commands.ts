import type { Command } from 'commander';
import { AppError } from '../core/index.ts';
import type { AuditRecord } from '../store/index.ts';
import type { WithApp } from './with-app.ts';

/** Adds `sift audit verify` and `sift audit export`. */
export function addAuditCommands(program: Command, withApp: WithApp): void {
  const audit = program
    .command('audit')
    .description('the append-only, hash-chained record of every screening');

  audit
    .command('verify')
    .description('recompute every hash and link of the audit chain')
    .action(
      withApp(async (app) => {
        const result = await app.store.audit.verify();
        if (result.ok) {
          process.stdout.write(`Audit chain intact: ${result.records} records.\n`);
          return;
        }
        process.stdout.write(
          `Audit chain BROKEN at record ${result.brokenAt?.seq}: ${result.brokenAt?.reason}.\n`,
        );
        process.exitCode = 1;
      }),
    );

  audit
    .command('export')
    .description('export audit records in a time range')
    .option('--from <time>', 'ISO date or time, inclusive')
    .option('--to <time>', 'ISO date or time, exclusive')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .action(
      withApp(async (app, options: { from?: string; to?: string; format: string }) => {
        if (options.format !== 'jsonl' && options.format !== 'csv') {
          throw new AppError(
            'QUERY_INVALID',
            `Unknown format "${options.format}"; use jsonl or csv.`,
          );
        }
        for (const bound of [options.from, options.to]) {
          if (bound !== undefined && Number.isNaN(Date.parse(bound))) {
            throw new AppError('QUERY_INVALID', `"${bound}" is not an ISO date or time.`);
          }
        }
        const records = await app.store.audit.range({
          ...(options.from === undefined ? {} : { from: new Date(options.from).toISOString() }),
          ...(options.to === undefined ? {} : { to: new Date(options.to).toISOString() }),
        });
        if (options.format === 'csv')
          process.stdout.write(
            'seq,at,caller,kind,input,lists,engine,settings_hash,results,prev_hash,hash\n',
          );
        for (const record of records) {
          process.stdout.write(
            `${options.format === 'csv' ? toCsvRow(record) : JSON.stringify(record)}\n`,
          );
        }
      }),
    );
}

function toCsvRow(record: AuditRecord): string {
  const cells = [
    String(record.seq),
    record.at,
    record.caller,
    record.kind,
    JSON.stringify(record.input),
    JSON.stringify(record.lists),
    record.engine,
    record.settingsHash,
    JSON.stringify(record.results),
    record.prevHash,
    record.hash,
  ];
  return cells
    .map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(',');
}
