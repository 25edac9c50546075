import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWiredApp } from '../../src/app/open-app.ts';
import { loadConfig } from '../../src/config/index.ts';
import {
  POSTGRES_MISSING,
  startPostgresServer,
  type PostgresServer,
} from '../support/postgres-server.ts';

describe('Sift on PostgreSQL (SIFT_DATABASE_URL)', { skip: POSTGRES_MISSING }, () => {
  let pg: PostgresServer;
  before(async () => {
    pg = await startPostgresServer();
  });
  after(() => pg.stop());

  it('loads the bundled UN list, screens a name and audits it in PostgreSQL', async () => {
    const url = await pg.createDatabase();
    // The audit key, checkpoint file and snapshots go to folders of the test's own.
    const dataHome = mkdtempSync(join(tmpdir(), 'sift-pg-app-'));
    const snapshots = mkdtempSync(join(tmpdir(), 'sift-pg-snapshots-'));
    const app = await openWiredApp(
      loadConfig(
        {},
        { SIFT_DATABASE_URL: url, XDG_DATA_HOME: dataHome, SIFT_SNAPSHOT_DIR: snapshots },
      ),
    );
    try {
      const [un] = await app.store.activeVersions();
      assert.equal(un?.entityCount, 1003);
      const result = await app.screening.screen({ name: 'Sirajuddin Haqqani' }, 'test');
      assert.equal(result.results[0]?.reference, 'TAi.144');
      const records = await app.store.audit.range({});
      assert.equal(records.length, 1);
      assert.equal(records[0]?.caller, 'test');
      const verification = await app.store.audit.verify();
      assert.equal(verification.ok, true);
      assert.equal(verification.records, 1);
      assert.equal(verification.keyed, 1, 'the app anchors the chain with its audit key');
    } finally {
      await app.close();
      rmSync(dataHome, { recursive: true, force: true });
      rmSync(snapshots, { recursive: true, force: true });
    }
  });
});
