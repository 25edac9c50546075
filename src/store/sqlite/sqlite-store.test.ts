import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreContract } from '../../../test/store/store-contract.ts';
import { newEntity } from '../../core/index.ts';
import { SQLITE_MIGRATIONS } from './sqlite-schema.ts';
import { SqliteImportSession } from './sqlite-import-session.ts';
import { SqliteStore, STORE_CACHE_SIZE } from './sqlite-store.ts';

runStoreContract('sqlite', () => Promise.resolve(SqliteStore.open(':memory:')));

describe('SqliteStore audit trail', () => {
  const entry = {
    caller: 'cli',
    kind: 'screen',
    input: { name: 'ana one' },
    lists: [],
    engine: 'test-1',
    settingsHash: 'abc',
    results: [{ entityId: 'un:XXi.001', score: 0.93, match: true }],
  };

  it('refuses edits through SQL and detects a record edited behind its back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-audit-'));
    try {
      const path = join(dir, 'audit.db');
      const store = SqliteStore.open(path);
      await store.audit.append([entry, entry, entry]);
      await store.close();

      const raw = new Database(path);
      assert.throws(
        () => raw.prepare("UPDATE audit_log SET caller = 'x' WHERE seq = 2").run(),
        /append-only/,
      );
      raw.exec('DROP TRIGGER audit_log_no_update');
      raw.prepare(`UPDATE audit_log SET body = replace(body, '0.93', '0.13') WHERE seq = 2`).run();
      raw.close();

      const reopened = SqliteStore.open(path);
      const verification = await reopened.audit.verify();
      await reopened.close();
      assert.equal(verification.ok, false);
      assert.deepEqual(verification.brokenAt, {
        seq: 2,
        reason: 'its content does not match its hash',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('detects a deleted record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-audit-'));
    try {
      const path = join(dir, 'audit.db');
      const store = SqliteStore.open(path);
      await store.audit.append([entry, entry, entry]);
      await store.close();
      const raw = new Database(path);
      raw.exec('DROP TRIGGER audit_log_no_delete');
      raw.prepare('DELETE FROM audit_log WHERE seq = 2').run();
      raw.close();
      const reopened = SqliteStore.open(path);
      const verification = await reopened.audit.verify();
      await reopened.close();
      assert.deepEqual(verification.brokenAt, { seq: 3, reason: 'record 2 is missing' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SqliteStore imports', () => {
  it('holds no write lock while an import is being parsed, so audit appends never wait', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-lock-'));
    try {
      const path = join(dir, 'sift.db');
      const importer = SqliteStore.open(path);
      const screener = SqliteStore.open(path);
      const session = await importer.beginImport({
        list: 'un',
        sha256: 'aaa',
        format: 'un-xml',
        fileName: 'a.xml',
      });
      for (let i = 0; i < 100; i += 1) {
        const entity = newEntity('un', `XXi.${i}`, 'Person', `PERSON ${i}`);
        entity.names.push({ full: `PERSON ${i}`, kind: 'primary' });
        session.add(entity);
      }
      // Another process (a second connection) screens and audits while the parse goes on.
      const started = Date.now();
      const [record] = await screener.audit.append([
        {
          caller: 'cli',
          kind: 'screen',
          input: {},
          lists: [],
          engine: 't',
          settingsHash: 'x',
          results: [],
        },
      ]);
      assert.equal(record?.seq, 1);
      assert.ok(Date.now() - started < 1000, 'the append did not wait for the import');
      const version = await session.commit({ recordCount: 100, skippedCount: 0, issues: [] });
      assert.equal(version.entityCount, 100);
      assert.equal((await screener.activeVersions())[0]?.entityCount, 100);
      await importer.close();
      await screener.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SqliteImportSession', () => {
  const start = { list: 'un', sha256: 'aaa', format: 'un-xml', fileName: 'a.xml' } as const;
  const person = (i: number): ReturnType<typeof newEntity> => {
    const entity = newEntity('un', `XXi.${String(i).padStart(5, '0')}`, 'Person', `PERSON ${i}`);
    entity.names.push({ full: `PERSON ${i}`, kind: 'primary' });
    return entity;
  };
  const openDb = (): Database.Database => {
    const db = new Database(':memory:');
    for (const step of SQLITE_MIGRATIONS) db.exec(step);
    return db;
  };
  const staged = (db: Database.Database): number =>
    db.prepare<[], number>('SELECT count(*) FROM temp.import_staging').pluck().get()!;

  it('stages parsed entities on disk as it goes, so memory does not grow with the file', () => {
    const db = openDb();
    const session = new SqliteImportSession(db, start, () => undefined);
    for (let i = 2500; i > 0; i -= 1) session.add(person(i));
    // Only the last, unfinished batch is held in memory.
    assert.ok(staged(db) >= 2000, `${staged(db)} staged`);
    const versionId = session.commit({ recordCount: 2500, skippedCount: 0, issues: [] });
    const ids = db
      .prepare<[number], string>('SELECT entity_id FROM entities WHERE version_id = ?')
      .pluck()
      .all(versionId);
    assert.equal(ids.length, 2500);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(staged(db), 0, 'the staging table is emptied');
    db.close();
  });

  it('refuses an id staged in an earlier batch, and an abort leaves nothing staged', () => {
    const db = openDb();
    const session = new SqliteImportSession(db, start, () => undefined);
    for (let i = 1; i <= 1500; i += 1) session.add(person(i));
    assert.throws(() => session.add(person(3)), { code: 'INGEST_PARSE_FAILED' });
    void session.abort();
    assert.equal(staged(db), 0);
    assert.equal(db.prepare<[], number>('SELECT count(*) FROM entities').pluck().get(), 0);
    db.close();
  });
});

describe('SqliteStore open', () => {
  it("keeps a page cache of SQLite's own default size, not better-sqlite3's 16 MB", async () => {
    const store = SqliteStore.open(':memory:');
    const db = (store as unknown as { db: Database.Database }).db;
    assert.equal(db.pragma('cache_size', { simple: true }), STORE_CACHE_SIZE);
    assert.equal(STORE_CACHE_SIZE, -2000);
    await store.close();
  });

  it('opens a migrated store at once while another process holds its write lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-open-'));
    try {
      const path = join(dir, 'sift.db');
      await SqliteStore.open(path).close();
      // Another process writing (an import's commit, a server's audit appends) holds the lock.
      const writer = new Database(path);
      writer.exec('BEGIN IMMEDIATE');
      try {
        const started = Date.now();
        const store = SqliteStore.open(path);
        assert.ok(Date.now() - started < 1000, 'opening waited for the write lock');
        assert.deepEqual(await store.activeVersions(), []);
        await store.close();
      } finally {
        writer.exec('ROLLBACK');
        writer.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('migrates a new store in one transaction, every step recorded once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-open-'));
    try {
      const path = join(dir, 'sift.db');
      await SqliteStore.open(path).close();
      await SqliteStore.open(path).close();
      const raw = new Database(path, { readonly: true });
      const steps = raw
        .prepare<[], number>('SELECT step FROM schema_migrations ORDER BY step')
        .pluck()
        .all();
      raw.close();
      assert.deepEqual(
        steps,
        SQLITE_MIGRATIONS.map((_, step) => step),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
