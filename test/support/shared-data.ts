import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// `../shared` sits beside the repository on developer machines and in CI, never in the package.
// The only reason to skip a test that reads it is that the whole folder is absent; when it is
// present, a missing file is a failure (ENOENT names it), not a skip.
const SHARED_ROOT = new URL('../../../shared/', import.meta.url);

/** URL of `../shared/data/` beside the repository. */
export const SHARED_DATA_URL = new URL('data/', SHARED_ROOT);

/** Absolute path of `../shared/data` beside the repository. */
export const SHARED_DATA = fileURLToPath(SHARED_DATA_URL);

/** Skip reason for tests that read `../shared`, or false when it is present. */
export const SHARED_MISSING: string | false = existsSync(SHARED_DATA)
  ? false
  : 'needs ../shared/data beside the repository (CI always has it)';

/** The absolute path of a file under `../shared/data`. */
export function sharedFile(relative: string): string {
  return SHARED_DATA + relative;
}

/** The URL of a file or folder (ending in `/`) under `../shared/data`. */
export function sharedUrl(relative: string): URL {
  return new URL(relative, SHARED_DATA_URL);
}

/** The absolute path of a file under `../shared/examples` (the example articles). */
export function sharedExample(name: string): string {
  return fileURLToPath(new URL(`examples/${name}`, SHARED_ROOT));
}
