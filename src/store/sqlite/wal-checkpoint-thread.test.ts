import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { AuditEntry } from '../audit-log.ts';
import { SqliteStore } from './sqlite-store.ts';
import { startWalCheckpointThread } from './wal-checkpoint-thread.ts';

const entry: AuditEntry = {
  caller: 'load',
  kind: 'screen',
  input: { name: 'ana one' },
  lists: [],
  engine: 'test-1',
  settingsHash: 'abc',
  results: [],
};

/** Audit records in the database file itself, leaving out what is only in its WAL. */
function recordsInDatabaseFile(path: string, dir: string): number {
  const copy = join(dir, 'copy.db');
  copyFileSync(path, copy);
  const db = new Database(copy);
  try {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'")
      .get();
    if (table === undefined) return 0; // the schema itself is still only in the WAL
    return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()?.n ?? 0;
  } finally {
    db.close();
    rmSync(copy);
  }
}

describe('SqliteStore with checkpointOnThread', () => {
  it('copies committed records into the database file on its thread, its own connection not checkpointing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-wal-checkpoint-'));
    const path = join(dir, 'sift.db');
    const store = SqliteStore.open(path, { checkpointOnThread: { log: () => undefined } });
    try {
      for (let i = 0; i < 20; i++) await store.audit.append([entry, entry]);
      let inFile = 0;
      for (let i = 0; i < 100 && inFile < 40; i++) {
        await sleep(50);
        inFile = recordsInDatabaseFile(path, dir);
      }
      // 40 records are a few WAL pages: SQLite's automatic checkpoint (1,000 pages) leaves them
      // in the WAL until the store closes.
      assert.equal(inFile, 40);
      const own = (store as unknown as { db: Database.Database }).db;
      assert.equal(own.pragma('wal_autocheckpoint', { simple: true }), 0);
      assert.equal((await store.audit.verify()).ok, true);
    } finally {
      await store.close();
    }
    assert.equal(existsSync(`${path}-wal`), false, 'the last connection removed the WAL');
    const reopened = SqliteStore.open(path);
    assert.equal((await reopened.audit.range({})).length, 40);
    await reopened.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves checkpointing to the connection when its thread cannot run, and stops at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-wal-checkpoint-'));
    const db = new Database(join(dir, 'sift.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    const logged: string[] = [];
    const thread = startWalCheckpointThread(db, join(dir, 'missing.db'), (message) => {
      logged.push(message);
    });
    for (let i = 0; i < 200 && logged.length === 0; i++) await sleep(25);
    assert.match(logged.join('\n'), /checkpoint thread stopped/);
    assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 1000);
    await thread.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
