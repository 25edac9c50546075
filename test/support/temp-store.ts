import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSift } from './run-sift.ts';

/** One list as `sift lists status --json` reports it. */
export interface ListStatus {
  list: string;
  version: number;
  published: string | null;
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

/** Registers before/after hooks in the current suite and returns the store they manage. */
export function useTempStore(prefix: string): TempStore {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const store: TempStore = {
    get dir() {
      return dir;
    },
    get env() {
      return { SIFT_DB: join(dir, 'sift.db') };
    },
    async status() {
      const run = await runSift(['lists', 'status', '--json'], store.env);
      assert.equal(run.code, 0, run.stderr);
      return JSON.parse(run.stdout) as { lists: ListStatus[] };
    },
  };
  return store;
}
