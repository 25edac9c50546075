import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { importListFile } from '../../src/app/index.ts';
import { createAuditQueue } from '../../src/app/audit-queue.ts';
import { loadConfig } from '../../src/config/index.ts';
import { SqliteStore, type AuditEntry, type Store } from '../../src/store/index.ts';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import {
  POSTGRES_MISSING,
  startPostgresServer,
  type PostgresServer,
} from '../support/postgres-server.ts';

const entry: AuditEntry = {
  caller: 'load',
  kind: 'screen',
  input: { name: 'ana one' },
  lists: [],
  engine: 'test-1',
  settingsHash: 'abc',
  results: [],
};

/**
 * Runs an import that fails near its end while four clients keep screening (appending audit
 * records through the app's queue), and returns how many answers they got.
 */
async function failImportUnderLoad(store: Store, dir: string): Promise<number> {
  // A later edition of the bundled list, cut short: the parser fails near its end, after the
  // import has been running for many turns of the event loop.
  const xml = gunzipSync(readFileSync(loadConfig().bundledListPath)).toString('utf8');
  const later = Buffer.from(xml.replace('dateGenerated="2026-02-27', 'dateGenerated="2026-03-01'));
  const truncated = join(dir, 'un-truncated.xml');
  writeFileSync(truncated, later.subarray(0, Math.floor(later.length * 0.9)));

  const append = createAuditQueue(store.audit);
  let answered = 0;
  let importDone = false;
  const load = async (): Promise<void> => {
    while (!importDone) {
      await append(entry);
      answered += 1;
    }
  };
  const importing = importListFile(store, truncated).finally(() => {
    importDone = true;
  });
  const clients = [load(), load(), load(), load()];
  await assert.rejects(importing, /malformed or truncated|could not be read/);
  await Promise.all(clients);
  assert.ok(answered > 10, `only ${answered} answers were sent during the import`);
  return answered;
}

describe('audit records during an import', () => {
  it('keeps every answered audit record when an import fails under screening load (SQLite)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-import-audit-'));
    try {
      const path = join(dir, 'sift.db');
      const store = SqliteStore.open(path);
      const answered = await failImportUnderLoad(store, dir);
      await store.close();
      const raw = new Database(path, { readonly: true });
      const kept = raw.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get();
      raw.close();
      assert.equal(kept?.n, answered, 'every answered screening keeps its audit record');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('on PostgreSQL', { skip: POSTGRES_MISSING }, () => {
    let server: PostgresServer;
    before(async () => {
      server = await startPostgresServer();
    });
    after(async () => {
      if ((server as PostgresServer | undefined) !== undefined) await server.stop();
    });

    it('keeps every answered audit record when an import fails under screening load', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sift-import-audit-pg-'));
      const store = await PostgresStore.open(await server.createDatabase());
      try {
        const answered = await failImportUnderLoad(store, dir);
        assert.equal((await store.audit.range({})).length, answered);
        assert.equal((await store.audit.verify()).ok, true);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
