// Loaded with `node --import` (through NODE_OPTIONS) by tests that check which modules a command
// loads: appends the URL of every module the process loads to the file named by SIFT_MODULE_LOG.
// The same file is the hooks module, which Node runs on its own loader thread.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

let logFile;

/** Receives the log file's path from the registering thread. */
export function initialize(data) {
  logFile = data.logFile;
}

/** Records each module as it is loaded. */
export async function load(url, context, nextLoad) {
  if (logFile !== undefined) appendFileSync(logFile, `${url}\n`);
  return nextLoad(url, context);
}

if (isMainThread && process.env.SIFT_MODULE_LOG !== undefined)
  register(import.meta.url, { data: { logFile: process.env.SIFT_MODULE_LOG } });
