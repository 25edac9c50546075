import type { Command } from 'commander';
import type { ConfigFlags } from '../config/index.ts';

/** The options every command takes (`--db`, `--config`), as flags for loadConfig. */
export function globalFlags(program: Command): ConfigFlags {
  const options = program.opts<{ db?: string; config?: string }>();
  return {
    ...(options.db === undefined ? {} : { db: options.db }),
    ...(options.config === undefined ? {} : { config: options.config }),
  };
}
