import type { Command } from 'commander';
import { loadConfig, type ConfigFlags } from '../config/index.ts';
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
      .action(async (options: { host?: string; port?: number }) => {
        const flags: ConfigFlags = globalFlags(program);
        if (options.host !== undefined) flags.host = options.host;
        if (options.port !== undefined) flags.port = options.port;
        const config = loadConfig(flags);
        const { createKeysService, openApp } = await loadAppModule();
        const { buildServer, checkBindAddress } = await loadServerModule();
        // Checked before the store is opened: a refused address should cost nothing.
        const keys = createKeysService(config.server.keysFile).list();
        checkBindAddress(config.server.host, keys.length);
        const app = await openApp(config, { articleWorker: true });
        const server = await buildServer(app);
        const address = await server.listen({ host: config.server.host, port: config.server.port });
        const lists = await app.lists.active();
        process.stdout.write(
          `Sift is serving ${address} (web page at /, API docs at /docs) over ${lists
            .map((l) => `${l.list} v${l.version}`)
            .join(', ')}; store ${config.dbPath}. ` +
            `${keys.length === 0 ? 'No API keys: loopback only.' : `${keys.length} API key(s) required.`} Ctrl-C stops.\n`,
        );
        const stop = (): void => {
          void server
            .close()
            .then(() => app.close())
            .then(() => process.exit(0));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
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
