import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../src/app/index.ts';
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
    // Snapshots go beside the keys file by default, in the home folder: a test keeps its own.
    const snapshots = mkdtempSync(join(tmpdir(), 'sift-pg-snapshots-'));
    const app = await openApp(
      loadConfig({}, { SIFT_DATABASE_URL: url, SIFT_SNAPSHOT_DIR: snapshots }),
    );
    try {
      const [un] = await app.store.activeVersions();
      assert.equal(un?.entityCount, 1003);
      const result = await app.screening.screen({ name: 'Sirajuddin Haqqani' }, 'test');
      assert.equal(result.results[0]?.reference, 'TAi.144');
      const records = await app.store.audit.range({});
      assert.equal(records.length, 1);
      assert.equal(records[0]?.caller, 'test');
      assert.deepEqual(await app.store.audit.verify(), { ok: true, records: 1 });
    } finally {
      await app.close();
      rmSync(snapshots, { recursive: true, force: true });
    }
  });
});
