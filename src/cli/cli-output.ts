/** Whether `--quiet` was given: progress and informational messages on stderr are left out. */
let quiet = false;

/** Records the global `--quiet` flag before a command runs. */
export function setQuiet(value: boolean): void {
  quiet = value;
}

/** Whether informational output is suppressed. */
export function isQuiet(): boolean {
  return quiet;
}

/**
 * Writes an informational message to stderr, where it stays apart from the results on stdout;
 * `--quiet` leaves it out. Errors are always written, by the caller.
 */
export function notify(text: string): void {
  if (!quiet) process.stderr.write(`${text}\n`);
}

/** Whether a progress line may be drawn: stderr is a terminal and --quiet is off. */
export function canDrawProgress(): boolean {
  return process.stderr.isTTY && !quiet;
}

/** Prints a value as indented JSON on stdout, for `--json`. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
