import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runSift } from '../support/run-sift.ts';

describe('sift on a fresh store', () => {
  it('lets three commands started together all import the bundled UN list once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-first-run-'));
    const env = { SIFT_DB: join(dir, 'sift.db') };
    try {
      // Each run finds the store empty and imports the bundled list; the later ones must take the
      // version the first one wrote instead of failing on it.
      const runs = await Promise.all([
        runSift(['lists', 'status', '--json'], env),
        runSift(['lists', 'status', '--json'], env),
        runSift(['lists', 'status', '--json'], env),
      ]);
      for (const run of runs) assert.equal(run.code, 0, run.stderr);
      const status = await runSift(['lists', 'status', '--json'], env);
      const { lists } = JSON.parse(status.stdout) as {
        lists: { list: string; versions: number }[];
      };
      assert.deepEqual(
        lists.map((l) => [l.list, l.versions]),
        [['un', 1]],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
