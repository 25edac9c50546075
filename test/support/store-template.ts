import { createHash } from 'node:crypto';
import {
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Most CLI, server and browser tests need a store holding the bundled UN list. Importing it takes
// seconds of CPU per store, so the import is done once per test run into a template folder that
// each test copies: the store file, the audit key, the audit checkpoints and the engine snapshots.
// The folder name is a hash of the bundled list and of the sources, so a change to either builds a
// new template; one template never serves two versions of the code. Tests that are about a fresh
// store (first run, the compiled program's own import) keep an empty folder.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const BUNDLED = join(ROOT, 'data', 'lists');
/** Templates older than this are left over from earlier runs and removed. */
const STALE_MS = 24 * 3600_000;

/** The store file name inside a template and every copy (the tests' SIFT_DB). */
export const TEMPLATE_DB = 'sift.db';

let pending: Promise<string> | undefined;

/** Files of a folder, recursively, sorted. */
function filesUnder(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(path, out);
    else if (!entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out.sort();
}

/** Hash of what decides the template: the bundled list, the sources, and which code `sift` runs. */
function templateKey(): string {
  const hash = createHash('sha256');
  hash.update(process.env.SIFT_TEST_COMPILED === '1' ? 'dist\0' : 'src\0');
  for (const file of [fileURLToPath(import.meta.url), ...filesUnder(BUNDLED), ...filesUnder(SRC)]) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Removes templates of other keys that no run has used for a day. */
function removeStaleTemplates(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('sift-store-template-') || name === keep) continue;
    const path = join(tmpdir(), name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS)
        rmSync(path, { recursive: true, force: true });
    } catch {
      // Another run removed it first.
    }
  }
}

/** Imports the bundled list into `dir` and writes the engine snapshots the tests' code loads. */
async function buildTemplate(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, TEMPLATE_DB);
  // Imported here, not at the top: a test process that finds the template never loads the app.
  const { openApp } = await import('../../src/app/index.ts');
  const { loadConfig } = await import('../../src/config/index.ts');
  const config = loadConfig(
    { db: dbPath },
    { SIFT_KEYS_FILE: join(dir, 'keys.json'), SIFT_LOG_LEVEL: 'silent' },
  );
  const app = await openApp(config);
  try {
    // The snapshot of the sources, for the tests that open the App in-process.
    await app.screening.index();
  } finally {
    await app.close();
  }
  // The snapshot key hashes the running code, so the compiled `sift` the CLI tests spawn needs its
  // own snapshot: the compiled App builds it. (Not a `sift screen`: that would add an audit record
  // the tests do not expect.)
  if (process.env.SIFT_TEST_COMPILED === '1') {
    const compiled = (await import(pathToFileURL(join(ROOT, 'dist', 'app', 'index.js')).href)) as {
      openApp: typeof openApp;
    };
    const distApp = await compiled.openApp(config);
    try {
      await distApp.screening.index();
    } finally {
      await distApp.close();
    }
  }
}

/** How long a process waits for another that builds the template before building its own. */
const BUILD_WAIT_MS = 300_000;

/**
 * The folder of the store template for this test run, built on first use. The test files that
 * start together all need it: one builds it (holding a lock folder) while the others wait, as
 * building costs seconds of CPU. Should the builder die, the waiters build after BUILD_WAIT_MS;
 * two that build at once each build into their own folder and rename it into place, and the
 * loser discards its copy and uses the winner's.
 */
export function storeTemplate(): Promise<string> {
  pending ??= (async () => {
    const name = `sift-store-template-${templateKey()}`;
    const final = join(tmpdir(), name);
    if (existsSync(join(final, TEMPLATE_DB))) return final;
    const lock = `${final}.lock`;
    let locked = false;
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      locked = true;
    } catch {
      const deadline = Date.now() + BUILD_WAIT_MS;
      while (existsSync(lock) && builderIsAlive(lock) && Date.now() < deadline) await sleep(200);
      if (existsSync(join(final, TEMPLATE_DB))) return final;
    }
    try {
      removeStaleTemplates(name);
      const building = join(tmpdir(), `${name}.building-${process.pid}`);
      rmSync(building, { recursive: true, force: true });
      await buildTemplate(building);
      try {
        renameSync(building, final);
      } catch (error) {
        rmSync(building, { recursive: true, force: true });
        if (!existsSync(join(final, TEMPLATE_DB))) throw error;
      }
    } finally {
      if (locked) rmSync(lock, { recursive: true, force: true });
    }
    return final;
  })();
  return pending;
}

/**
 * Whether the process named in a lock folder still runs; a lock without a pid is being made,
 * unless it is seconds old (its maker died between the two steps).
 */
function builderIsAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    try {
      return Date.now() - statSync(lock).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Copies the store template (store, audit key, checkpoints, snapshots) into `dir`. */
export async function copyStoreTemplate(dir: string): Promise<void> {
  cpSync(await storeTemplate(), dir, { recursive: true, mode: constants.COPYFILE_FICLONE });
}
