import { readFileSync } from 'node:fs';

// The tables read so far, in order: a server reads them before its first query (see
// screening/warm-screening.ts), and its test checks that no query reads one after that.
const read: string[] = [];

/**
 * Reads one JSON table of `names/data/` when it is first needed. The mined transliteration models
 * are 3 MB of JSON that only names in other scripts use: imported statically, they cost every
 * process about half a second of parsing at start, a Latin-script screening included. (The build
 * copies `names/data/` beside the compiled code, so the same path works from `dist/`.)
 */
export function loadTable(fileName: string): unknown {
  read.push(fileName);
  return JSON.parse(readFileSync(new URL(`./data/${fileName}`, import.meta.url), 'utf8'));
}

/** The names of the tables this process has read from `names/data/`, in the order read. */
export function tablesRead(): readonly string[] {
  return read;
}
