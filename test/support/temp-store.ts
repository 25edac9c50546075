import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSift } from './run-sift.ts';
import { copyStoreTemplate, TEMPLATE_DB } from './store-template.ts';

/** One list as `sift lists status --json` reports it. */
export interface ListStatus {
  list: string;
  version: number;
  published: string | null;
  importedAt: string;
  entityCount: number;
  countsBySchema: Record<string, number>;
}

/** A temporary folder with a store for CLI tests: created before the suite, deleted after it. */
export interface TempStore {
  /** The folder, for input and output files. */
  readonly dir: string;
  /** The environment that points `sift` at the store. */
  readonly env: Record<string, string>;
  /** `sift lists status --json`, checked to have succeeded. */
  status(): Promise<{ lists: ListStatus[] }>;
}

/** How `useTempStore` starts the store. */
export interface TempStoreOptions {
  /**
   * Start from an empty folder, for tests of what `sift` does on a fresh store (it imports the
   * bundled list itself); by default the folder starts as a copy of the store template.
   */
  empty?: boolean;
}

/**
 * Registers before/after hooks in the current suite and returns the store they manage: a copy of
 * the store template (the bundled UN list, imported once per test run) unless `empty` is set.
 */
export function useTempStore(prefix: string, options: TempStoreOptions = {}): TempStore {
  let dir = '';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    if (options.empty !== true) await copyStoreTemplate(dir);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const store: TempStore = {
    get dir() {
      return dir;
    },
    get env() {
      return { SIFT_DB: join(dir, TEMPLATE_DB) };
    },
    async status() {
      const run = await runSift(['lists', 'status', '--json'], store.env);
      assert.equal(run.code, 0, run.stderr);
      return JSON.parse(run.stdout) as { lists: ListStatus[] };
    },
  };
  return store;
}
