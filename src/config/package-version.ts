import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** Sift's version, from package.json two folders up (true of src/ under tsx and of dist/). */
export function packageVersion(): string {
  cached ??= (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;
  return cached;
}
