import type { Command } from 'commander';
import type { WithApp } from './with-app.ts';

/** Adds `sift screen`, wired once the matching engine lands. */
export function addScreenCommand(program: Command, withApp: WithApp): void {
  void program;
  void withApp;
}
