import type { Command } from 'commander';
import { formatDuration, loadConfig, parseDuration, type ConfigFlags } from '../config/index.ts';
import type { UpdateRunSummary, UpdateScheduleOptions } from '../app/index.ts';
import { loadAppModule, loadServerModule } from './load-modules.ts';
import { notify, printJson } from './cli-output.ts';
import { globalFlags } from './global-flags.ts';

/** Adds `sift serve` (and `sift start`, its alias for `npm start`) and `sift keys add|list|revoke`. */
export function addServeCommands(program: Command): void {
  for (const name of ['serve', 'start']) {
    program
      .command(name)
      .description(
        name === 'start'
          ? 'start the HTTP API and web page on the embedded store (same as serve)'
          : 'serve the HTTP API and web page',
      )
      .option('--host <host>', 'address to bind (default 127.0.0.1; others need API keys)')
      .option('--port <port>', 'port (default 8080, or $SIFT_PORT)', (v) => Number(v))
      .option(
        '--update-every <duration>',
        'download, import and re-screen the lists on this schedule, e.g. 30m, 6h, 1d',
      )
      .option(
        '--update-lists <names>',
        'comma-separated lists the schedule updates (default: every loaded list with a download address)',
      )
      .action(
        async (options: {
          host?: string;
          port?: number;
          updateEvery?: string;
          updateLists?: string;
        }) => {
          const flags: ConfigFlags = globalFlags(program);
          if (options.host !== undefined) flags.host = options.host;
          if (options.port !== undefined) flags.port = options.port;
          // Checked before anything starts, so a typo stops the command at once.
          const updateEveryMs =
            options.updateEvery === undefined
              ? undefined
              : parseDuration(options.updateEvery, '--update-every');
          const config = loadConfig(flags);
          const { createKeysService, openApp, scheduleListUpdates } = await loadAppModule();
          const { buildServer, checkBindAddress } = await loadServerModule();
          // Checked before the store is opened: a refused address should cost nothing.
          const keys = createKeysService(config.server.keysFile).list();
          checkBindAddress(config.server.host, keys.length);
          const app = await openApp(config, {
            articleWorker: true,
            screenThreads: config.server.screenThreads,
            warmScreening: true,
            checkpointOnThread: true,
          });
          const server = await buildServer(app);
          const address = await server.listen({
            host: config.server.host,
            port: config.server.port,
          });
          const lists = await app.lists.active();
          process.stdout.write(
            `Sift is serving ${address} (web page at /, API docs at /docs) over ${lists
              .map((l) => `${l.list} v${l.version}`)
              .join(', ')}; store ${config.dbPath}. ` +
              `${keys.length === 0 ? 'No API keys: loopback only.' : `${keys.length} API key(s) required.`} Ctrl-C stops.\n`,
          );
          const schedule =
            updateEveryMs === undefined
              ? undefined
              : scheduleListUpdates(
                  app,
                  scheduleOptions(server.log, updateEveryMs, options.updateLists),
                );
          const stop = (): void => {
            void (schedule?.stop() ?? Promise.resolve())
              .then(() => server.close())
              .then(() => app.close())
              .then(() => process.exit(0));
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        },
      );
  }

  const keys = program.command('keys').description('manage API keys');
  keys
    .command('add')
    .description('create an API key; it is printed once and stored only as a hash')
    .argument('<id>', 'a name for the key, e.g. the calling system')
    .option('--admin', 'the key may import lists')
    .option('--json', 'print the key, its id and role as JSON')
    .action(async (id: string, options: { admin?: boolean; json?: boolean }) => {
      const config = loadConfig(globalFlags(program));
      const { createKeysService } = await loadAppModule();
      const key = createKeysService(config.server.keysFile).add(id, {
        admin: options.admin === true,
      });
      if (options.json === true) printJson({ id, admin: options.admin === true, key });
      else process.stdout.write(`${key}\n`);
      notify(
        `Key "${id}"${options.admin === true ? ' (admin)' : ''} saved (hashed) in ${config.server.keysFile}. Keep it: it is not shown again.`,
      );
    });

  keys
    .command('list')
    .description('list the API keys: id, role and creation time (never the keys)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig(globalFlags(program));
      const { createKeysService } = await loadAppModule();
      const stored = createKeysService(config.server.keysFile).list();
      if (options.json === true) {
        printJson({ keys: stored });
        return;
      }
      if (stored.length === 0) {
        process.stdout.write(`No API keys in ${config.server.keysFile}.\n`);
        return;
      }
      for (const k of stored)
        process.stdout.write(`${k.id}\t${k.admin ? 'admin' : 'user'}\t${k.created}\n`);
    });
  keys
    .command('revoke')
    .description('delete an API key; running servers stop accepting it within a second')
    .argument('<id>', 'the id given to `sift keys add`')
    .action(async (id: string) => {
      const config = loadConfig(globalFlags(program));
      const { createKeysService } = await loadAppModule();
      createKeysService(config.server.keysFile).revoke(id);
      notify(
        `Key "${id}" revoked in ${config.server.keysFile}; running servers stop accepting it within a second.`,
      );
    });
}

/** The part of the server's logger the schedule writes to. */
interface ScheduleLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** `--update-every` as the schedule takes it: each run's summary logged, a failed list as a warning. */
function scheduleOptions(
  log: ScheduleLog,
  everyMs: number,
  lists: string | undefined,
): UpdateScheduleOptions {
  const named = lists
    ?.split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  process.stdout.write(
    `Lists are updated every ${formatDuration(everyMs)} (${named?.join(', ') ?? 'every loaded list with a download address'}).\n`,
  );
  return {
    everyMs,
    ...(named === undefined ? {} : { lists: named }),
    onRun: (summary) => {
      for (const entry of summary.lists) {
        if (entry.error !== undefined) log.warn({ update: entry }, describeRun(entry));
        else log.info({ update: entry }, describeRun(entry));
      }
    },
    onError: (error) => {
      log.error({ err: error }, 'scheduled list update failed; the next run will try again');
    },
  };
}

/** One line per list: what the update did, and the delta re-screen's counts. */
function describeRun(entry: UpdateRunSummary['lists'][number]): string {
  if (entry.error !== undefined)
    return `list update: ${entry.list} failed (${entry.error.message}); retried at the next run`;
  const delta =
    entry.delta === undefined
      ? ''
      : `; subjects: ${entry.delta.raised} new alerts, ${entry.delta.reopened} reopened, ${entry.delta.delisted} delisted (${entry.delta.screened} re-screened)`;
  return `list update: ${entry.list} ${entry.status ?? 'done'} (version ${entry.version ?? '?'})${delta}`;
}
