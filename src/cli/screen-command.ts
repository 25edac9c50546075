import type { Command } from 'commander';
import { AppError, type Hit, type NameQuery, type Schema } from '../core/index.ts';
import { formatTable } from './format-table.ts';
import type { WithApp } from './with-app.ts';

interface ScreenOptions {
  schema?: string;
  birthDate?: string;
  country?: string;
  lists?: string;
  threshold?: string;
  limit?: string;
  json?: boolean;
  failOnAlert?: boolean;
  id?: string[];
  subject?: string;
}

/** Adds `sift screen "<name>"`: one name against the loaded lists, with explanations. */
export function addScreenCommand(program: Command, withApp: WithApp): void {
  program
    .command('screen')
    .description('screen one name against the loaded lists')
    .argument('[name]', 'the name, in any script (may be left out when --id is given)')
    .option(
      '--schema <schema>',
      'Person, Organization, LegalEntity, Vessel, Aircraft or Any',
      'Any',
    )
    .option('--birth-date <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--country <cc>', 'country or nationality: ISO 3166-1 code or name (RU, Russia)')
    .option(
      '--id <value>',
      'an identifier (IMO, passport, registration number, BIC, address); repeatable',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option('--lists <names>', 'comma-separated lists, e.g. un,ofac (default: all loaded)')
    .option('--threshold <x>', 'score from 0 to 1 at which a hit counts as a match')
    .option('--limit <n>', 'most hits to show')
    .option(
      '--subject <id>',
      'a watched subject this name belongs to: hits show its alerts and decisions (cleared, confirmed)',
    )
    .option('--json', 'print JSON')
    .option(
      '--fail-on-alert',
      'exit with status 1 when a hit reaches the threshold and its pair was not cleared (for scripts)',
    )
    .action(
      withApp(async (app, name: string | undefined, options: ScreenOptions) => {
        const query = toQuery(name, options);
        const result =
          options.subject === undefined
            ? await app.screening.screen(query, 'cli')
            : await app.monitoring.screenFor(query, options.subject, 'cli');
        // Set before printing, so every way out of the printing below keeps it. A pair an analyst
        // cleared is shown but does not fail the script: that is what the decision was for.
        if (options.failOnAlert === true && result.results.some(isAlerting)) process.exitCode = 1;
        if (options.json === true) {
          process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
          return;
        }
        const lists = result.lists
          .map((l) => `${l.list} v${l.version} (${l.published ?? 'date unknown'})`)
          .join(', ');
        process.stdout.write(
          `Screened "${name ?? (options.id ?? []).join(', ')}"${result.subject === undefined ? '' : ` for subject ${result.subject}`} against ${lists}; threshold ${result.query.threshold}.\n`,
        );
        if (result.results.length === 0) {
          process.stdout.write('No candidate came close.\n');
          return;
        }
        process.stdout.write(
          `${formatTable(
            ['', 'score', 'match', 'OFAC', 'list', 'reference', 'caption', 'matched name (kind)'],
            result.results.map((hit, i) => [
              String(i + 1),
              hit.score.toFixed(2),
              matchLabel(hit),
              String(Math.round(hit.ofacScore)),
              hit.list,
              hit.reference,
              hit.caption,
              `${hit.matchedName.full} (${hit.matchedName.kind})`,
            ]),
          )}\n`,
        );
        for (const hit of result.results.filter((h) => h.match || h.alert !== undefined)) {
          process.stdout.write(`\n${hit.reference}: ${hit.explanation.summary}\n`);
          const note = describeAlert(hit);
          if (note !== undefined) process.stdout.write(`  ${note}\n`);
        }
      }),
    );
}

/** True when a hit needs attention: it matches and its pair was not cleared. */
function isAlerting(hit: Hit): boolean {
  return hit.match && hit.alert?.status !== 'cleared';
}

/** MATCH, or the pair's status when the subject's alert on it was decided or reopened. */
function matchLabel(hit: Hit): string {
  if (hit.alert !== undefined && hit.alert.status !== 'open') return hit.alert.status.toUpperCase();
  if (hit.alert?.reopenReason !== undefined) return 'REOPENED';
  return hit.match ? 'MATCH' : '-';
}

/** A line on the pair's alert: its id, status and the decision in force. */
function describeAlert(hit: Hit): string | undefined {
  const alert = hit.alert;
  if (alert === undefined) return undefined;
  const decided =
    alert.decision === undefined
      ? 'no decision yet'
      : `${alert.decision.decision} by ${alert.decision.by} on ${alert.decision.at.slice(0, 10)}: "${alert.decision.note}"`;
  const reopened = alert.reopenReason === undefined ? '' : `; reopened: ${alert.reopenReason}`;
  return `alert ${alert.id} ${alert.status}: ${decided}${reopened}`;
}

function toQuery(name: string | undefined, options: ScreenOptions): NameQuery {
  const query: NameQuery = name === undefined ? {} : { name };
  if (options.id !== undefined && options.id.length > 0) query.identifiers = options.id;
  if (options.schema !== undefined) query.schema = options.schema as Schema | 'Any';
  if (options.birthDate !== undefined) query.birthDate = options.birthDate;
  if (options.country !== undefined) query.country = options.country;
  if (options.lists !== undefined)
    query.lists = options.lists
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean);
  if (options.threshold !== undefined) query.threshold = toNumber(options.threshold, '--threshold');
  if (options.limit !== undefined) query.limit = toNumber(options.limit, '--limit');
  return query;
}

function toNumber(text: string, flag: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new AppError('QUERY_INVALID', `${flag} must be a number, not "${text}".`);
  return value;
}
