// A compiled build of the engine loaded from an engine snapshot, for the scripts that compare or
// profile builds (ab-matching.ts, profile-matching.ts).
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NameQuery, ScreenResult } from '../../src/core/index.ts';

type Screening = typeof import('../../src/screening/index.ts');
type Candidates = typeof import('../../src/candidates/index.ts');

/** One build under test: its screening module and the index it loaded. */
export interface Build {
  label: string;
  screenName: (query: NameQuery) => ScreenResult;
  /** Reads the name tables only some queries reach, as a server's screen thread does at start. */
  warm: () => Promise<void>;
}

/** The value of `--name value` on the command line, or `fallback`. */
export function option(name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : fallback;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
}

/** The newest `.snap` file of a snapshot folder. */
export function newestSnapshot(dir: string): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.snap'))
    .map((f) => join(dir, f));
  files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (files[0] === undefined) throw new Error(`No snapshot in ${dir}`);
  return files[0];
}

/** Loads one build's engine from the snapshot bytes, every lazy part made now. */
export async function loadBuild(label: string, dist: string, bytes: Buffer): Promise<Build> {
  const url = (path: string): string => pathToFileURL(resolve(dist, path)).href;
  const screening = (await import(url('screening/index.js'))) as Screening;
  const candidates = (await import(url('candidates/index.js'))) as Candidates;
  const key = (new candidates.SnapshotReader(bytes).meta as { key: string }).key;
  const index = screening.readScreeningSnapshot(bytes, key);
  // The snapshot parses entities and readings on first use; made up front, builds measure
  // screening, not loading (as the bench's index, built in memory, does).
  let made = 0;
  for (let i = 0; i < index.entities.length; i++) made += index.entities[i]!.entity.names.length;
  for (let i = 0; i < index.candidates.forms.length; i++)
    made += index.candidates.forms[i]!.form.tokens.length;
  if (made === 0) throw new Error(`Build ${label} loaded no names from the snapshot.`);
  return {
    label,
    screenName: (query) => screening.screenName(index, query),
    warm: () => screening.warmScreening(index),
  };
}
