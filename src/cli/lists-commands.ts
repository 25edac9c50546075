import type { Command } from 'commander';
import type { WithApp } from './with-app.ts';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { AppError, type ParseIssue } from '../core/index.ts';

import type { StoredVersion } from '../app/index.ts';
import { formatTable } from './format-table.ts';
import { formatDelta, rescreenAfter } from './rescreen-after.ts';
import { loadAppModule } from './load-modules.ts';
import { progressReporter } from './progress-reporter.ts';
import { notify, printJson } from './cli-output.ts';

/** Adds `sift lists import|status|diff|update|export` to the program. */
export function addListsCommands(program: Command, withApp: WithApp): void {
  const lists = program.command('lists').description('load, inspect and compare sanctions lists');

  lists
    .command('import')
    .description('import a list file as a new version of its list')
    .argument(
      '<file>',
      'list file (UN XML, OFAC CSV/JSON, EU XML/JSON, UK CSV/XML/JSON, FtM JSON lines; .gz accepted)',
    )
    .option('--list <name>', 'list name (default: from the format)')
    .option('--format <format>', 'auto or a format name', 'auto')
    .option('--json', 'print the result as JSON')
    .option('--allow-older', 'accept a file published before the active version')
    .option('--allow-shrink', "accept a file with under 80 % of the active version's entities")
    .action(
      withApp(
        async (
          app,
          file: string,
          options: {
            list?: string;
            format: string;
            json?: boolean;
            allowOlder?: boolean;
            allowShrink?: boolean;
          },
        ) => {
          const progress = progressReporter(`importing ${file}`);
          const activeBefore = await app.lists.active();
          const report = await app.lists.import(file, {
            format: options.format,
            onProgress: progress.update,
            allowOlder: options.allowOlder === true,
            allowShrink: options.allowShrink === true,
            ...(options.list === undefined ? {} : { list: options.list }),
          });
          // The import has built the engine snapshot of the new versions, once, so that servers
          // following the store and every later command load it instead of building it.
          progress.finish();
          const delta = await rescreenAfter(app, report.version.list, activeBefore);
          if (options.json === true) {
            print(JSON.stringify(delta === undefined ? report : { ...report, delta }, null, 2));
            return;
          }
          const v = report.version;
          if (report.status === 'unchanged') {
            print(
              `${v.list}: these bytes were already imported as version ${v.version} (${v.fileName}); nothing changed.`,
            );
            return;
          }
          print(
            `${v.list}: imported version ${v.version} from ${v.fileName} (${v.format}, published ${v.published ?? 'unknown'}).`,
          );
          print(
            `  ${v.entityCount} entities: ${formatCounts(v)}; ${v.recordCount} records read, ${v.skippedCount} skipped.`,
          );
          printIssues(report.issues);
          if (delta !== undefined) print(formatDelta(delta));
        },
      ),
    );

  lists
    .command('status')
    .description('show each list with its active version')
    .option('--json', 'print JSON')
    .action(
      withApp(async (app, options: { json?: boolean }) => {
        const [versions, lists] = await Promise.all([app.lists.active(), app.lists.status()]);
        if (options.json === true) {
          print(JSON.stringify({ store: app.config.dbPath, lists }, null, 2));
          return;
        }
        print(`Store: ${app.config.dbPath}`);
        print(
          formatTable(
            ['list', 'version', 'published', 'entities', 'by schema', 'imported', 'file'],
            versions.map((v) => [
              v.list,
              String(v.version),
              v.published ?? '-',
              String(v.entityCount),
              formatCounts(v),
              v.importedAt.slice(0, 19).replace('T', ' '),
              v.fileName,
            ]),
          ),
        );
        for (const status of lists) {
          if (status.staleWarning !== undefined) print(`STALE ${status.staleWarning}`);
        }
      }),
    );

  lists
    .command('diff')
    .description('show which entities were added, removed or changed between two versions')
    .argument('<list>', 'list name, e.g. un')
    .option('--from <version>', 'older version (default: the one before --to)', parseVersion)
    .option('--to <version>', 'newer version (default: the active one)', parseVersion)
    .option('--json', 'print JSON')
    .action(
      withApp(
        async (app, list: string, options: { from?: number; to?: number; json?: boolean }) => {
          const report = await app.lists.diff(list, {
            ...(options.from === undefined ? {} : { from: options.from }),
            ...(options.to === undefined ? {} : { to: options.to }),
          });
          if (options.json === true) {
            print(JSON.stringify(report, null, 2));
            return;
          }
          const { diff } = report;
          print(
            `${list}: version ${report.from.version} (${report.from.published ?? '?'}) → ${report.to.version} (${report.to.published ?? '?'}): ` +
              `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchangedCount} unchanged.`,
          );
          for (const e of diff.added) print(`+ ${e.id}  ${e.caption}`);
          for (const e of diff.removed) print(`- ${e.id}  ${e.caption}`);
          for (const e of diff.changed)
            print(`~ ${e.id}  ${e.caption}: ${e.fields.map((f) => f.field).join(', ')}`);
        },
      ),
    );

  lists
    .command('update')
    .description('download lists from their official addresses and import them')
    .argument('[lists...]', 'lists to update (default: un)')
    .option('--allow-older', 'accept a download published before the active version')
    .option('--allow-shrink', "accept a download with under 80 % of the active version's entities")
    .option('--json', 'print the outcome per list as JSON')
    .action(
      withApp(
        async (
          app,
          names: string[],
          options: { allowOlder?: boolean; allowShrink?: boolean; json?: boolean },
        ) => {
          // The same path as the server's schedule: download, import, then each list's delta.
          const { updateAndRescreen } = await loadAppModule();
          const run = await updateAndRescreen(app, names.length > 0 ? names : ['un'], 'cli', {
            allowOlder: options.allowOlder === true,
            allowShrink: options.allowShrink === true,
          });
          let failed: AppError | undefined;
          const deltas = new Map(run.lists.map((entry) => [entry.list, entry.delta]));
          if (options.json === true) {
            printJson({
              outcomes: run.outcomes.map((o) => {
                const delta = deltas.get(o.list);
                return {
                  list: o.list,
                  ...(o.report === undefined
                    ? {}
                    : { status: o.report.status, version: o.report.version }),
                  ...(o.error === undefined
                    ? {}
                    : { error: { code: o.error.code, message: o.error.message } }),
                  ...(delta === undefined ? {} : { delta }),
                };
              }),
            });
          }
          for (const outcome of run.outcomes) {
            if (options.json === true) {
              failed ??= outcome.error;
              continue;
            }
            if (outcome.error !== undefined) {
              failed ??= outcome.error;
              printError(`${outcome.list}: ${outcome.error.message}`);
            } else if (outcome.report !== undefined) {
              const v = outcome.report.version;
              print(
                outcome.report.status !== 'imported'
                  ? `${outcome.list}: ${outcome.report.status} (version ${v.version}).`
                  : `${outcome.list}: imported version ${v.version} (${v.entityCount} entities, published ${v.published ?? 'unknown'}).`,
              );
            }
          }
          if (options.json !== true) {
            for (const entry of run.lists)
              if (entry.delta !== undefined) print(formatDelta(entry.delta));
          }
          if (failed !== undefined) throw failed;
        },
      ),
    );

  lists
    .command('export')
    .description('export the active version of a list')
    .argument('<list>', 'list name, e.g. un')
    .option('--format <format>', 'export format: ftm (FollowTheMoney JSON lines)', 'ftm')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(
      withApp(async (app, list: string, options: { format: string; out?: string }) => {
        const exported = await app.lists.export(list, options.format);
        const out = options.out === undefined ? process.stdout : createWriteStream(options.out);
        for (const line of exported.lines) if (!out.write(line)) await once(out, 'drain');
        if (options.out !== undefined) {
          out.end();
          await once(out, 'finish');
          notify(`wrote ${exported.count} entities to ${options.out}`);
        }
      }),
    );
}

function parseVersion(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new AppError('QUERY_INVALID', `"${value}" is not a version number (1, 2, …).`);
  return n;
}

function formatCounts(v: StoredVersion): string {
  return Object.entries(v.countsBySchema)
    .map(([schema, count]) => `${schema} ${count}`)
    .join(', ');
}

function printIssues(issues: readonly ParseIssue[]): void {
  if (issues.length === 0) return;
  const errors = issues.filter((i) => i.level === 'error').length;
  print(`  ${issues.length} issues (${errors} errors, ${issues.length - errors} warnings):`);
  for (const issue of issues.slice(0, 20)) {
    const where = [issue.line === undefined ? undefined : `line ${issue.line}`, issue.record]
      .filter(Boolean)
      .join(', ');
    print(`  - ${issue.level} ${issue.code}${where === '' ? '' : ` (${where})`}: ${issue.message}`);
  }
  if (issues.length > 20) print(`  … and ${issues.length - 20} more (use --json to see all).`);
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

function printError(text: string): void {
  process.stderr.write(`${text}\n`);
}
