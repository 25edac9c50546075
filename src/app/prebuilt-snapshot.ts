import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withSnapshotMeta } from '../candidates/index.ts';

// The build (scripts/build.mjs) screens once against a new store holding only the bundled UN list
// and keeps the engine snapshot and article tables it made here, beside the compiled code. A fresh
// install's first command then copies them instead of building them (~2 s of CPU). Files are named
// by their content address, which covers the list file's hash and the engine's code, so a file
// here is used only by a store whose active lists are exactly the bundled list's first version.

const PREBUILT_DIR = new URL('../prebuilt-snapshots/', import.meta.url);

/** Where the build writes its snapshots, for scripts/build.mjs. */
export function prebuiltSnapshotDir(): string {
  return fileURLToPath(PREBUILT_DIR);
}

/**
 * Copies the build's file `name` to `path`, its header meta passed through `adapt` (the store's
 * own import times), written whole under a temporary name and renamed. False when the build left
 * no such file (running from source, or a store with other lists) or it cannot be used; the
 * caller then builds as before.
 */
export function installPrebuiltSnapshot(
  name: string,
  path: string,
  log: (message: string) => void,
  adapt?: (meta: unknown) => unknown,
): boolean {
  let bytes: Buffer;
  try {
    bytes = readFileSync(new URL(name, PREBUILT_DIR));
  } catch {
    return false;
  }
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, adapt === undefined ? bytes : withSnapshotMeta(bytes, adapt));
    renameSync(temporary, path);
    return true;
  } catch (error) {
    // A damaged file of the build is logged and left: the caller builds, as without it.
    log(`sift: could not use the prebuilt snapshot ${name} (${String(error)}); building it.`);
    try {
      unlinkSync(temporary);
    } catch {
      // Never written.
    }
    return false;
  }
}
