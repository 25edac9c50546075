import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of `../shared/data` beside the repository. */
export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/** Skip reason for tests that read `../shared`, or false when it is present. */
export const SHARED_MISSING: string | false = existsSync(SHARED_DATA)
  ? false
  : 'needs ../shared/data beside the repository (CI always has it)';

/** The absolute path of a file under `../shared/data`. */
export function sharedFile(relative: string): string {
  return SHARED_DATA + relative;
}
