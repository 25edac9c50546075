import type { Command } from 'commander';
import { AppError } from '../core/index.ts';
import type { AuditHead, AuditRecord } from '../app/index.ts';
import type { WithApp } from './with-app.ts';
import { printJson } from './cli-output.ts';

/** Adds `sift audit verify` and `sift audit export`. */
export function addAuditCommands(program: Command, withApp: WithApp): void {
  const audit = program
    .command('audit')
    .description('the append-only, hash-chained record of every screening');

  audit
    .command('verify')
    .description(
      'recompute every hash and link of the audit chain and check it against its checkpoints',
    )
    .option(
      '--head <count:hash>',
      'also check against a head kept elsewhere (printed by `sift audit export`)',
    )
    .option('--json', 'print the result as JSON')
    .action(
      withApp(async (app, options: { head?: string; json?: boolean }) => {
        const head = options.head === undefined ? undefined : parseHead(options.head);
        const result = await app.audit.verify(head === undefined ? {} : { head });
        if (options.json === true) {
          printJson(result);
          if (!result.ok) process.exitCode = 1;
          return;
        }
        const legacy = result.records - result.keyed;
        const detail = `${result.keyed} keyed${legacy > 0 ? `, ${legacy} from before keying (plain SHA-256)` : ''}; ${result.checkpoints} checkpoints checked`;
        if (result.ok) {
          process.stdout.write(
            `Audit chain intact: ${result.records} records (${detail}).\nHead: ${formatHead(result.head)}\n`,
          );
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
        const records = await app.audit.range({
          ...(options.from === undefined ? {} : { from: new Date(options.from).toISOString() }),
          ...(options.to === undefined ? {} : { to: new Date(options.to).toISOString() }),
        });
        if (options.format === 'csv')
          process.stdout.write(
            'seq,at,caller,kind,input,lists,engine,settings_hash,results,prev_hash,hash,keyed\n',
          );
        for (const record of records) {
          process.stdout.write(
            `${options.format === 'csv' ? toCsvRow(record) : JSON.stringify(record)}\n`,
          );
        }
        // The head of the whole chain, on stderr so the export stays pure data: kept elsewhere,
        // it lets `sift audit verify --head` notice a chain cut or rewritten after this export.
        const [last] = await app.audit.range({ newestFirst: true, limit: 1 });
        const head = { count: last?.seq ?? 0, hash: last?.hash ?? '0'.repeat(64) };
        process.stderr.write(
          `Audit head: ${formatHead(head)} (keep it elsewhere; check later with sift audit verify --head ${formatHead(head)})\n`,
        );
      }),
    );
}

function formatHead(head: AuditHead): string {
  return `${head.count}:${head.hash}`;
}

function parseHead(text: string): AuditHead {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (match === null) {
    throw new AppError(
      'QUERY_INVALID',
      'A head is <count>:<64 hex digits>, as `sift audit export` and `sift audit verify` print it.',
    );
  }
  return { count: Number(match[1]), hash: match[2]! };
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
    record.keyed === true ? 'true' : 'false',
  ];
  return cells
    .map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(',');
}
