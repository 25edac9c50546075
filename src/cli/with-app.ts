import type { App } from '../app/index.ts';

/** Wraps a command action so it runs with an open App that is closed afterwards. */
export type WithApp = <T extends unknown[]>(
  action: (app: App, ...args: T) => Promise<void>,
) => (...args: T) => Promise<void>;
