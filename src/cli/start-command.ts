import type { Command } from 'commander';
import type { WithApp } from './with-app.ts';

/** Adds `sift start`: the main job on the embedded default (for now: the lists and how to screen). */
export function addStartCommand(program: Command, withApp: WithApp): void {
  program
    .command('start')
    .description(
      'open the store (importing the bundled UN list on first run) and show what is loaded',
    )
    .action(
      withApp(async (app) => {
        const versions = await app.store.activeVersions();
        process.stdout.write(`Sift is ready. Store: ${app.config.dbPath}\n`);
        for (const v of versions) {
          process.stdout.write(
            `  ${v.list} version ${v.version}, published ${v.published ?? 'unknown'}: ${v.entityCount} entities\n`,
          );
        }
        process.stdout.write(
          'Try: npx sift screen "Sirajuddin Haqqani"   ·   npx sift lists status\n',
        );
      }),
    );
}
