// Temporary: main.ts with analyze wired, to try the command before the lead wires it.
import { Command } from 'commander';
import { openApp, type App } from '../../src/app/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { addAnalyzeCommand } from '../../src/cli/analyze-command.ts';
const program = new Command('sift').option('--db <path>');
function withApp<T extends unknown[]>(action: (app: App, ...args: T) => Promise<void>) {
  return async (...args: T) => { const app = await openApp(loadConfig({})); try { await action(app, ...args); } finally { await app.close(); } };
}
addAnalyzeCommand(program, withApp);
try { await program.parseAsync(process.argv); } catch (e) { console.error('ERR', (e as Error).message); process.exitCode = 1; }
