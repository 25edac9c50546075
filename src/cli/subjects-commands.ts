import type { Command } from 'commander';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { ALERT_STATUSES, AppError, type AlertStatus } from '../core/index.ts';
import type { Alert, RescreenSummary } from '../app/index.ts';
import { formatTable } from './format-table.ts';
import type { WithApp } from './with-app.ts';

/** Adds `sift subjects import|list|remove|rescreen`, `sift alerts` and `sift decide`. */
export function addSubjectsCommands(program: Command, withApp: WithApp): void {
  const subjects = program
    .command('subjects')
    .description('watch customers: re-screened whenever a list changes');

  subjects
    .command('import')
    .description('add or update watched subjects (the columns of sift batch) and screen them')
    .argument('<file>', 'CSV or JSON lines with id, name, schema, birth_date, country, identifiers')
    .option('--input-format <format>', 'csv or jsonl (default: from the file name)')
    .option('--json', 'print the report as JSON')
    .action(
      withApp(async (app, file: string, options: { inputFormat?: string; json?: boolean }) => {
        const format = options.inputFormat ?? (/\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : 'csv');
        if (format !== 'csv' && format !== 'jsonl')
          throw new AppError(
            'QUERY_INVALID',
            `--input-format must be csv or jsonl, not "${format}".`,
          );
        try {
          await stat(file);
        } catch (error) {
          throw new AppError('INPUT_NOT_FOUND', `Cannot read ${file}: no such file.`, {
            cause: error,
          });
        }
        const report = await app.monitoring.importSubjects(createReadStream(file), format);
        if (options.json === true) {
          print(JSON.stringify(report, null, 2));
          return;
        }
        print(
          `${report.rows} rows: ${report.added} subjects added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.errors.length} rows with errors.`,
        );
        print(summaryLine(report.screening));
        for (const e of report.errors.slice(0, 20))
          printError(`line ${e.line}${e.id === undefined ? '' : ` (${e.id})`}: ${e.error}`);
        if (report.errors.length > 20)
          printError(`… and ${report.errors.length - 20} more (use --json to see all).`);
      }),
    );

  subjects
    .command('list')
    .description('list the watched subjects')
    .option('--json', 'print JSON')
    .action(
      withApp(async (app, options: { json?: boolean }) => {
        const list = await app.monitoring.listSubjects();
        if (options.json === true) {
          print(JSON.stringify(list, null, 2));
          return;
        }
        print(
          formatTable(
            ['id', 'name', 'schema', 'birth date', 'country', 'identifiers', 'updated'],
            list.map((s) => [
              s.id,
              s.names.join(' / '),
              s.schema ?? 'Any',
              s.birthDate ?? '-',
              s.country ?? '-',
              s.identifiers.join('; ') || '-',
              s.updatedAt.slice(0, 19).replace('T', ' '),
            ]),
          ),
        );
      }),
    );

  subjects
    .command('remove')
    .description('stop watching a subject (its alerts and decisions are kept)')
    .argument('<id>', "the subject's id")
    .option('--json', 'print JSON')
    .action(
      withApp(async (app, id: string, options: { json?: boolean }) => {
        if (!(await app.monitoring.removeSubject(id)))
          throw new AppError('NOT_FOUND', `No watched subject has the id "${id}".`);
        print(options.json === true ? JSON.stringify({ removed: id }) : `Removed subject ${id}.`);
      }),
    );

  subjects
    .command('rescreen')
    .description('screen every watched subject again against the active lists')
    .option('--all', 'every subject (required: the delta re-screen runs on each list import)')
    .option('--json', 'print the summary as JSON')
    .action(
      withApp(async (app, options: { all?: boolean; json?: boolean }) => {
        if (options.all !== true)
          throw new AppError(
            'QUERY_INVALID',
            'Say --all: each list import already re-screens the subjects it may concern.',
          );
        // On PostgreSQL the re-screen is queued for `sift worker` processes; on SQLite it runs here.
        const summary = await (app.queue ?? app.monitoring).rescreenAll((done, total) => {
          if (process.stderr.isTTY) process.stderr.write(`\rre-screened ${done} of ${total}`);
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        print(options.json === true ? JSON.stringify(summary, null, 2) : summaryLine(summary));
      }),
    );

  program
    .command('alerts')
    .description('list the alerts on watched subjects, newest first')
    .option('--status <status>', `only alerts with this status: ${ALERT_STATUSES.join(', ')}`)
    .option('--subject <id>', 'only the alerts of one subject')
    .option('--json', 'print JSON')
    .action(
      withApp(async (app, options: { status?: string; subject?: string; json?: boolean }) => {
        const status = options.status;
        if (status !== undefined && !(ALERT_STATUSES as readonly string[]).includes(status))
          throw new AppError(
            'QUERY_INVALID',
            `--status must be one of ${ALERT_STATUSES.join(', ')}, not "${status}".`,
          );
        const alerts = await app.monitoring.alerts({
          ...(status === undefined ? {} : { status: status as AlertStatus }),
          ...(options.subject === undefined ? {} : { subjectId: options.subject }),
        });
        if (options.json === true) {
          print(JSON.stringify(alerts, null, 2));
          return;
        }
        print(
          formatTable(
            ['alert', 'status', 'subject', 'entity', 'score', 'list', 'raised', 'note'],
            alerts.map((a) => [
              String(a.id),
              a.status,
              a.subjectId,
              `${a.entityId} ${caption(a)}`,
              a.score.toFixed(2),
              `${a.list} v${a.listVersion}`,
              a.firstRaisedAt.slice(0, 10),
              noteOf(a),
            ]),
          ),
        );
      }),
    );

  program
    .command('decide')
    .description('record a decision on an alert (kept for good; a newer decision supersedes it)')
    .argument('<alert>', 'alert id (see sift alerts)')
    .option('--clear', 'a false positive: not the listed entity')
    .option('--confirm', 'a true match')
    .requiredOption('--note <text>', 'why (kept with the decision and on the audit trail)')
    .option('--by <name>', 'who decided (default: the login name)')
    .option('--json', 'print JSON')
    .action(
      withApp(
        async (
          app,
          alertId: string,
          options: {
            clear?: boolean;
            confirm?: boolean;
            note: string;
            by?: string;
            json?: boolean;
          },
        ) => {
          if ((options.clear === true) === (options.confirm === true))
            throw new AppError('QUERY_INVALID', 'Say either --clear or --confirm.');
          const id = Number(alertId);
          if (!Number.isInteger(id) || id < 1)
            throw new AppError('QUERY_INVALID', `"${alertId}" is not an alert id (1, 2, …).`);
          const result = await app.monitoring.decide({
            alertId: id,
            decision: options.clear === true ? 'cleared' : 'confirmed',
            note: options.note,
            by: options.by ?? userInfo().username,
            caller: 'cli',
          });
          if (options.json === true) {
            print(JSON.stringify(result, null, 2));
            return;
          }
          print(
            `Alert ${id} (${result.alert.subjectId} ~ ${result.alert.entityId}) is now ${result.alert.status}; decision ${result.decision.id} by ${result.decision.by}, audit record ${result.decision.auditSeq}.`,
          );
        },
      ),
    );
}

function summaryLine(summary: RescreenSummary): string {
  const errors =
    summary.errors.length === 0 ? '' : `, ${summary.errors.length} could not be screened`;
  return `Screened ${summary.screened} subjects: ${summary.raised} new alerts, ${summary.reopened} reopened, ${summary.delisted} delisted${errors}.`;
}

function caption(alert: Alert): string {
  const hit = alert.explanation as { caption?: unknown } | null;
  return typeof hit?.caption === 'string' ? hit.caption : '';
}

function noteOf(alert: Alert): string {
  const notes: string[] = [];
  if (alert.reopenReason !== undefined) notes.push(`reopened: ${alert.reopenReason}`);
  if (alert.delistedIn !== undefined) notes.push(`delisted in v${alert.delistedIn}`);
  return notes.join('; ');
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

function printError(text: string): void {
  process.stderr.write(`${text}\n`);
}
