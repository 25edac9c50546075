import { Command, CommanderError } from 'commander';
import type { App } from '../app/index.ts';
import { loadConfig, packageVersion } from '../config/index.ts';
import { isAppError } from '../core/index.ts';
import { setQuiet } from './cli-output.ts';
import { EXIT_CODES } from './exit-code.ts';
import { globalFlags } from './global-flags.ts';
import { loadAppModule } from './load-modules.ts';
import { addAnalyzeCommand } from './analyze-command.ts';
import { addAuditCommands } from './audit-commands.ts';
import { addBatchCommand } from './batch-command.ts';
import { addListsCommands } from './lists-commands.ts';
import { addScreenCommand } from './screen-command.ts';
import { addServeCommands } from './serve-command.ts';
import { addSubjectsCommands } from './subjects-commands.ts';
import { addWorkerCommand } from './worker-command.ts';

const program = new Command('sift')
  .description(
    'Screen names, customer files and news articles against the UN, OFAC, EU and UK sanctions lists.',
  )
  .version(packageVersion(), '-V, --version', 'print the version of Sift')
  .option('--db <path>', 'store file (default: $SIFT_DB or ~/.local/share/sift/sift.db)')
  .option(
    '--config <file>',
    'settings file (default: $SIFT_CONFIG, else ./sift.config.json if present)',
  )
  .option('-q, --quiet', 'leave out progress and informational messages (errors still show)')
  .showHelpAfterError()
  .exitOverride()
  .hook('preAction', () => {
    setQuiet(program.opts<{ quiet?: boolean }>().quiet === true);
  });

/** Whether errors are printed with their cause; known once the settings have been read. */
let debug = false;

/** Wraps a command action so it runs with an open App that is always closed afterwards. */
function withApp<T extends unknown[]>(
  action: (app: App, ...args: T) => Promise<void>,
): (...args: T) => Promise<void> {
  return async (...args: T) => {
    const config = loadConfig(globalFlags(program));
    debug = config.debug;
    const { openApp } = await loadAppModule();
    const app = await openApp(config);
    try {
      await action(app, ...args);
    } finally {
      await app.close();
    }
  };
}

addListsCommands(program, withApp);
addScreenCommand(program, withApp);
addAuditCommands(program, withApp);
addBatchCommand(program, withApp);
addAnalyzeCommand(program, withApp);
addSubjectsCommands(program, withApp);
addWorkerCommand(program, withApp);
addServeCommands(program);

// A reader that stops early (`sift lists diff un | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; --help and --version exit 0.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (isAppError(error)) {
    process.stderr.write(`sift: ${error.message} [${error.code}]\n`);
    if (debug && error.cause !== undefined) console.error(error.cause);
    return EXIT_CODES[error.code];
  }
  process.stderr.write(
    `sift: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  if (debug) console.error(error);
  return 1;
}
