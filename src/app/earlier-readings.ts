import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ListSource } from '../core/index.ts';
import { analysisKey, fileSource, readingFor, type EarlierReadings } from '../candidates/index.ts';
import type { NameForm } from '../names/index.ts';
import { openScreeningSnapshot, type ScreeningIndex } from '../screening/index.ts';

// A build reads every name of every active list again, though an import changes one list: the
// others' readings are in the snapshot the store used until now (or, on a fresh store, the build's
// prebuilt snapshot of the bundled list). Name analysis is the dearest step of a build (the mined
// beam search for Arabic, Cyrillic and Chinese names), so the readings of names a snapshot of the
// same code already holds are taken from it, exactly as written (see buildCandidateIndex).

/** The snapshot key of some list versions under this process's code (see snapshotKey). */
type KeyOf = (sources: readonly ListSource[]) => string;

/** The `.snap` files of a folder, newest first; none when the folder cannot be read. */
function snapshotsIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.snap'))
      .map((name) => ({ path: join(dir, name), mtimeMs: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.mtimeMs - a.mtimeMs)
      .map((file) => file.path);
  } catch {
    return [];
  }
}

/**
 * Opens a snapshot when this code made it: its key, recomputed from the list versions its header
 * names, is its file name. Any other (older code, damaged, unreadable) gives undefined.
 */
function openSameCode(path: string, keyOf: KeyOf): ScreeningIndex | undefined {
  const key = /([0-9a-f]{64})\.snap$/.exec(path)?.[1];
  if (key === undefined) return undefined;
  try {
    const { index } = openScreeningSnapshot(fileSource(path), key);
    const sources = index.lists.map((_, l) => index.entities[index.listOf.indexOf(l)]!.source);
    return keyOf(sources) === key ? index : undefined;
  } catch {
    return undefined;
  }
}

/** The readings of every name of a snapshot, by analysis key, first entity holding it first. */
function readingsOf(index: ScreeningIndex): Map<string, readonly NameForm[]> {
  const byKey = new Map<string, readonly NameForm[]>();
  const { forms, formsByEntity } = index.candidates;
  for (let e = 0; e < index.entities.length; e++) {
    const { entity } = index.entities[e]!;
    const reading = readingFor(entity.schema);
    const byName = new Map<number, NameForm[]>();
    for (const id of formsByEntity[e]!) {
      const { name, form } = forms[id]!;
      const list = byName.get(name);
      if (list === undefined) byName.set(name, [form]);
      else list.push(form);
    }
    for (const [name, list] of byName) {
      const key = analysisKey(reading, entity.names[name]!.full);
      if (!byKey.has(key)) byKey.set(key, list);
    }
  }
  return byKey;
}

/**
 * The name readings of the newest snapshot this code made in `dirs` (searched in order), or
 * undefined when there is none; a snapshot that cannot be read is passed over, and the build
 * analyses every name as before.
 */
export function earlierReadings(
  dirs: readonly string[],
  keyOf: KeyOf,
  log: (message: string) => void,
): EarlierReadings | undefined {
  for (const dir of dirs) {
    for (const path of snapshotsIn(dir)) {
      const index = openSameCode(path, keyOf);
      if (index === undefined) continue;
      try {
        const byKey = readingsOf(index);
        return (key) => byKey.get(key);
      } catch (error) {
        log(`sift: could not reuse the name readings of ${path} (${String(error)}).`);
      }
    }
  }
  return undefined;
}
