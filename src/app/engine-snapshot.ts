import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { AppError, type ListSource, type ListVersion } from '../core/index.ts';
import {
  fileSource,
  readShared,
  type EarlierReadings,
  SnapshotInvalidError,
  type SnapshotReader,
  type SnapshotSource,
} from '../candidates/index.ts';
import {
  ALGORITHM_VERSION,
  buildScreeningIndex,
  openScreeningSnapshot,
  SNAPSHOT_FORMAT,
  type ScreeningIndex,
} from '../screening/index.ts';
import type { Store, StoredVersion } from '../store/index.ts';
import { earlierReadings } from './earlier-readings.ts';
import { installPrebuiltSnapshot, prebuiltSnapshotDir } from './prebuilt-snapshot.ts';
import { loadVersionEntities } from './screening-service.ts';
import { writeSnapshotFromStore } from './snapshot-from-store.ts';

// Engine snapshots (docs/decisions/010-engine-snapshot.md): the screening index of one set of
// active list versions, built once, written beside the store and loaded by every process.

/** A lock older than this is taken to be left by a process that died while building. */
const STALE_LOCK_MS = 10 * 60_000;
/** How often a process waiting for another's build looks again. */
const WAIT_POLL_MS = 200;
/** Snapshots kept per folder, newest first: older ones belong to versions no longer active. */
const KEEP_SNAPSHOTS = 3;

/** How a screening index was obtained, for logs and benchmarks. */
export interface LoadedEngine {
  index: ScreeningIndex;
  /** Content address of the snapshot (list versions, engine version, name-table and code hash). */
  key: string;
  /** `loaded` from a snapshot file, `built` (and written), or `memory` (no snapshot folder). */
  origin: 'loaded' | 'built' | 'memory';
  /** The snapshot file, when there is one. */
  path?: string;
  elapsedMs: number;
  /**
   * Reads the snapshot's tables the index has not read yet off this thread, for a caller with
   * other work to do before its queries (see SnapshotReader.readAhead); absent without a file.
   */
  readAhead?: () => Promise<void>;
}

/** Where snapshots live and how problems are reported. */
export interface SnapshotOptions {
  /** Snapshot folder; undefined builds in memory every time. */
  dir: string | undefined;
  /** Receives one line per problem (a snapshot found damaged or stale and rebuilt). */
  log: (message: string) => void;
}

/**
 * The folders whose code and tables decide a snapshot's contents besides the lists: name analysis
 * and its tables, the candidate index and its snapshot form, screening (engine); the article pipeline, its
 * gazetteer and tagger weights (articles). Another engineer's change to a transliteration table
 * thus makes a new snapshot by itself.
 */
const CODE_FOLDERS = {
  engine: ['names', 'candidates', 'screening'],
  articles: ['analysis'],
} as const;

/** Which code a hash covers. */
export type CodePart = keyof typeof CODE_FOLDERS;

const codeHashes = new Map<CodePart, string>();

/** Files of a folder, recursively, sorted: what the hash of the engine's code reads. */
function filesUnder(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(path, out);
    else if (!/\.test\.[jt]s$/.test(entry.name) && !entry.name.endsWith('.md')) out.push(path);
  }
  return out.sort();
}

/** Hashes the code and tables of one part (see CODE_FOLDERS), reading every file. */
export function computeCodeHash(part: CodePart): string {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256');
  for (const folder of CODE_FOLDERS[part]) {
    for (const file of filesUnder(join(root, folder))) {
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

/** Where the build leaves a part's code hash beside the compiled code (scripts/build.mjs). */
function codeHashFile(part: CodePart): URL {
  return new URL(`../${part}-code.sha256`, import.meta.url);
}

/** Writes every part's code hash beside the compiled code, for codeHash to read. */
export function writeCodeHashes(): void {
  for (const part of Object.keys(CODE_FOLDERS) as CodePart[])
    writeFileSync(codeHashFile(part), `${computeCodeHash(part)}\n`);
}

/**
 * A part's code hash: the build's, when the compiled code carries one (hashing 4 MB of code and
 * tables cost each process ~60 ms of CPU at start), else computed (running from src/).
 */
export function codeHash(part: CodePart): string {
  let hash = codeHashes.get(part);
  if (hash !== undefined) return hash;
  try {
    const written = readFileSync(codeHashFile(part), 'utf8').trim();
    if (/^[0-9a-f]{64}$/.test(written)) hash = written;
  } catch {
    // Not built (tsx): computed below.
  }
  hash ??= computeCodeHash(part);
  codeHashes.set(part, hash);
  return hash;
}

/** The content address of the snapshot of these list versions under this engine. */
export function snapshotKey(
  versions: readonly Pick<StoredVersion, 'list' | 'version' | 'sha256'>[],
): string {
  const lists = [...versions]
    .sort((a, b) => a.list.localeCompare(b.list))
    .map((v) => [v.list, v.version, v.sha256]);
  return createHash('sha256')
    .update(
      JSON.stringify({
        format: SNAPSHOT_FORMAT,
        algorithm: ALGORITHM_VERSION,
        code: codeHash('engine'),
        lists,
      }),
    )
    .digest('hex');
}

/** The list versions a snapshot key covers, as the index reports them. */
export function describeVersions(versions: readonly ListVersion[]): string {
  return versions.map((v) => `${v.list} v${v.version}`).join(', ');
}

/** Reads and verifies a snapshot file; undefined when absent, logged and deleted when invalid. */
function tryLoad(
  path: string,
  key: string,
  log: (message: string) => void,
): { index: ScreeningIndex; reader: SnapshotReader } | undefined {
  let file: SnapshotSource;
  try {
    file = fileSource(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return openScreeningSnapshot(file, key);
  } catch (error) {
    if (!(error instanceof SnapshotInvalidError)) throw error;
    log(`sift: engine snapshot ${path} is ${error.wording} (${error.message}); rebuilding it.`);
    try {
      unlinkSync(path);
    } catch {
      // Another process may have removed it first.
    }
    return undefined;
  }
}

/** Deletes a file that may not exist. */
function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never written, or already gone.
  }
}

/**
 * Deletes the partial files (`<key>.snap.<pid>.tmp` and its `.spool`) of builds whose process has
 * died: a build killed midway left them, and a spool holds the entity JSON of every list (~170 MB
 * for 283,000 entities). A live process's files are its build in progress and are left alone.
 */
export function removeLeftoverBuilds(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = /\.snap\.(\d+)\.tmp(?:\.spool)?$/.exec(name)?.[1];
    if (pid === undefined || isAlive(Number(pid))) continue;
    removeFile(join(dir, name));
  }
}

/** Takes the build lock of a key, or returns false when another live process holds it. */
function tryLock(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx');
    writeFileSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // A lock whose builder died (killed mid-build) would block every process forever.
  try {
    const holder = Number(readFileSync(lockPath, 'utf8').trim());
    const old = Date.now() - statSync(lockPath).mtimeMs > STALE_LOCK_MS;
    if (old || (Number.isInteger(holder) && holder > 0 && !isAlive(holder))) unlinkSync(lockPath);
  } catch {
    // Released (or cleared by another waiter) meanwhile: the next attempt decides.
  }
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes all but the newest snapshots of a folder (files ending in `suffix`); a process that
 * opened one keeps reading it.
 */
export function pruneSnapshots(dir: string, keep: string, suffix = '.snap'): void {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(suffix) && name !== keep)
    .map((name) => ({ name, mtimeMs: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const { name } of files.slice(KEEP_SNAPSHOTS - 1)) {
    try {
      unlinkSync(join(dir, name));
    } catch {
      // Already gone.
    }
  }
}

/**
 * Gives a prebuilt snapshot's sources this store's import times: everything else a source says
 * (list, version, file hash) is in the snapshot key, so it is the store's already.
 */
function withImportTimes(versions: readonly StoredVersion[]): (meta: unknown) => unknown {
  return (meta) => {
    const { sources, ...rest } = meta as { sources: ListSource[] };
    return {
      ...rest,
      sources: sources.map((source) => {
        const stored = versions.find((v) => v.list === source.list && v.version === source.version);
        if (stored === undefined) throw new Error(`No version ${source.list} v${source.version}.`);
        return { ...source, importedAt: stored.importedAt };
      }),
    };
  };
}

/**
 * Builds the index from the store (the slow path, about 10 s on all four lists); `earlier` gives
 * the name readings of an earlier snapshot of this code, so only names new to it are analysed.
 */
async function build(
  store: Store,
  versions: readonly StoredVersion[],
  earlier?: EarlierReadings,
): Promise<ScreeningIndex> {
  return buildScreeningIndex(await loadVersionEntities(store, versions), earlier);
}

/**
 * The screening index of the store's active list versions: loaded from its snapshot when one is
 * there and sound; else built, under a lock so that two processes never build the same one at
 * once, and written for the next process. Damaged or stale snapshots are logged and rebuilt.
 */
export async function loadEngine(
  store: Store,
  options: SnapshotOptions,
  chosen?: readonly StoredVersion[],
): Promise<LoadedEngine> {
  const started = performance.now();
  const versions = chosen ?? (await store.activeVersions());
  const key = snapshotKey(versions);
  const done = (
    index: ScreeningIndex,
    origin: LoadedEngine['origin'],
    path?: string,
    reader?: SnapshotReader,
  ): LoadedEngine => ({
    index,
    key,
    origin,
    ...(path === undefined ? {} : { path }),
    elapsedMs: Math.round(performance.now() - started),
    ...(reader === undefined ? {} : { readAhead: () => reader.readAhead() }),
  });
  if (options.dir === undefined) return done(await build(store, versions), 'memory');
  const dir = options.dir;
  const path = join(dir, `${key}.snap`);
  const lockPath = join(dir, `${key}.lock`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    options.log(
      `sift: cannot use the snapshot folder ${dir} (${String(error)}); building in memory.`,
    );
    return done(await build(store, versions), 'memory');
  }
  for (;;) {
    const loaded = tryLoad(path, key, options.log);
    if (loaded !== undefined) return done(loaded.index, 'loaded', path, loaded.reader);
    if (tryLock(lockPath)) break;
    await sleep(WAIT_POLL_MS);
  }
  try {
    // Another process may have finished between our last look and taking the lock.
    const loaded = tryLoad(path, key, options.log);
    if (loaded !== undefined) return done(loaded.index, 'loaded', path, loaded.reader);
    // A fresh store holding only the bundled list: the build made this snapshot already.
    if (installPrebuiltSnapshot(`${key}.snap`, path, options.log, withImportTimes(versions))) {
      const prebuilt = tryLoad(path, key, options.log);
      if (prebuilt !== undefined) return done(prebuilt.index, 'loaded', path, prebuilt.reader);
    }
    removeLeftoverBuilds(dir);
    const earlier = earlierReadings([dir, prebuiltSnapshotDir()], snapshotKey, options.log);
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      // Written from the store page by page, never holding the whole index (decision 019).
      await writeSnapshotFromStore(store, versions, key, temporary, earlier);
      // Readers see the old name or the whole new file, never a part of it.
      renameSync(temporary, path);
      pruneSnapshots(dir, `${key}.snap`);
    } catch (error) {
      if (error instanceof AppError) throw error;
      options.log(`sift: could not write the engine snapshot ${path} (${String(error)}).`);
      removeFile(temporary);
      return done(await build(store, versions, earlier), 'memory');
    }
    const built = tryLoad(path, key, options.log);
    if (built === undefined) return done(await build(store, versions, earlier), 'memory');
    return done(built.index, 'built', path, built.reader);
  } finally {
    try {
      unlinkSync(lockPath);
    } catch {
      // Cleared as stale by another process: nothing to release.
    }
  }
}

/**
 * Handles a damaged part of a loaded snapshot found only when a query reached it (entity records
 * are checked as they are read): logs it and deletes the file, so that the next load rebuilds it.
 * Returns false, doing nothing, for any other error.
 */
export function discardDamagedSnapshot(
  engine: LoadedEngine,
  error: unknown,
  log: (message: string) => void,
): boolean {
  if (!(error instanceof SnapshotInvalidError)) return false;
  log(
    `sift: engine snapshot ${engine.path ?? engine.key} is ${error.wording} (${error.message}); rebuilding it.`,
  );
  if (engine.path !== undefined) {
    try {
      unlinkSync(engine.path);
    } catch {
      // Another process may have removed it first.
    }
  }
  return true;
}

/** Where a process finds the snapshot of some list versions, to load it on its own. */
export interface SnapshotFile {
  path: string;
  key: string;
}

/**
 * Makes sure the snapshot of these versions exists on disk (building it under the lock when
 * missing) without keeping it loaded here; undefined when there is no snapshot folder.
 */
export async function ensureSnapshotFile(
  store: Store,
  options: SnapshotOptions,
  versions: readonly StoredVersion[],
): Promise<SnapshotFile | undefined> {
  if (options.dir === undefined) return undefined;
  const key = snapshotKey(versions);
  const path = join(options.dir, `${key}.snap`);
  if (existsSync(path)) return { path, key };
  const engine = await loadEngine(store, options, versions);
  return engine.path === undefined ? undefined : { path: engine.path, key };
}

/** A snapshot read whole into shared memory and checked, for worker threads to view. */
export interface SharedSnapshot {
  /** Over a SharedArrayBuffer: posting it to a worker shares the memory, it copies nothing. */
  bytes: Uint8Array;
  key: string;
}

/**
 * Reads the snapshot of these versions into a SharedArrayBuffer and checks all of it once (entity
 * records included), so that batch workers share one copy instead of each reading their own
 * (building it first when missing; a damaged one is logged and rebuilt). Undefined when there is
 * no snapshot folder.
 */
export async function loadSharedSnapshot(
  store: Store,
  options: SnapshotOptions,
  versions: readonly StoredVersion[],
): Promise<SharedSnapshot | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const file = await ensureSnapshotFile(store, options, versions);
    if (file === undefined) return undefined;
    try {
      const bytes = readShared(file.path);
      openScreeningSnapshot(bytes, file.key, true);
      return { bytes, key: file.key };
    } catch (error) {
      const damaged = error instanceof SnapshotInvalidError;
      if (!damaged && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (damaged) {
        options.log(
          `sift: engine snapshot ${file.path} is ${error.wording} (${error.message}); rebuilding it.`,
        );
        try {
          unlinkSync(file.path);
        } catch {
          // Another process may have removed it first.
        }
      }
    }
  }
  return undefined;
}

/**
 * Loads a snapshot file another process made sure of (see ensureSnapshotFile); undefined, with
 * the reason logged, when it is missing or unsound, so that the caller builds instead.
 */
export function loadSnapshotFile(
  file: SnapshotFile,
  log: (message: string) => void,
): ScreeningIndex | undefined {
  return tryLoad(file.path, file.key, log)?.index;
}
