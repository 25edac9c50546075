import { readFileSync } from 'node:fs';

/**
 * Reads one JSON table of `names/data/` when it is first needed. The mined transliteration models
 * are 3 MB of JSON that only names in other scripts use: imported statically, they cost every
 * process about half a second of parsing at start, a Latin-script screening included. (The build
 * copies `names/data/` beside the compiled code, so the same path works from `dist/`.)
 */
export function loadTable(fileName: string): unknown {
  return JSON.parse(readFileSync(new URL(`./data/${fileName}`, import.meta.url), 'utf8'));
}
