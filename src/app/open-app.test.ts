import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isAppError } from '../core/index.ts';
import { loadConfig, type Config } from '../config/index.ts';
import { openWiredApp } from './open-app.ts';

describe('openApp', () => {
  let dir = '';
  let config: Readonly<Config>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sift-open-app-'));
    config = loadConfig(
      { db: join(dir, 'sift.db') },
      { SIFT_KEYS_FILE: join(dir, 'keys.json'), SIFT_LOG_LEVEL: 'silent' },
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('closes the store and fails when the bundled list cannot be imported into an empty store', async () => {
    const broken = { ...config, bundledListPath: join(dir, 'missing.xml.gz') };
    await assert.rejects(openWiredApp(broken), (error) => isAppError(error));
    // The store was closed: it opens again, still empty, in the same process.
    const app = await openWiredApp(config);
    try {
      assert.equal((await app.store.listVersions()).length, 1);
    } finally {
      await app.close();
    }
  });

  it('imports the bundled UN list once, into an empty store only', async () => {
    const first = await openWiredApp(config);
    const versions = await first.store.listVersions();
    await first.close();
    assert.deepEqual(
      versions.map((v) => [v.list, v.version, v.entityCount]),
      [['un', 1, 1003]],
    );
    const again = await openWiredApp(config);
    try {
      assert.deepEqual(await again.store.listVersions(), versions);
    } finally {
      await again.close();
    }
  });

  it('wires the screening service to the store and snapshots to the configured folder', async () => {
    const app = await openWiredApp(config);
    try {
      assert.equal(app.config, config);
      assert.equal(app.snapshots.dir, config.snapshotDir);
      const result = await app.screening.screen({ name: 'Sirajuddin Haqqani' }, 'test');
      assert.equal(result.results[0]?.reference, 'TAi.144');
      assert.equal(existsSync(config.snapshotDir ?? ''), true, 'the index was kept as a snapshot');
      const audit = await app.store.audit.verify();
      assert.equal(audit.ok, true);
      assert.ok(audit.records >= 1, 'the screening was audited');
    } finally {
      await app.close();
    }
  });
});
