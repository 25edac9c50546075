import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  GENESIS_HASH,
  SqliteStore,
  hashAuditRecord,
  type AuditAnchorOptions,
  type AuditEntry,
  type AuditRecord,
} from '../../src/store/index.ts';

const entry: AuditEntry = {
  caller: 'cli',
  kind: 'screen',
  input: { name: 'ana one' },
  lists: [{ list: 'un', version: 1, published: '2026-01-01' }],
  engine: 'test-1',
  settingsHash: 'abc',
  results: [{ entityId: 'un:XXi.001', score: 0.93, match: true }],
};

interface RawRow {
  seq: number;
  at: string;
  caller: string;
  kind: string;
  body: string;
  prev_hash: string;
  hash: string;
  keyed: number;
}

describe('the audit chain anchored outside the SQLite store', () => {
  let dir = '';
  let path = '';
  let anchor: AuditAnchorOptions;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sift-anchor-'));
    path = join(dir, 'sift.db');
    anchor = {
      key: randomBytes(32),
      keyIsNew: true,
      checkpointsPath: `${path}.audit-checkpoints.jsonl`,
      checkpointEvery: 5,
    };
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const open = (): SqliteStore => SqliteStore.open(path, { anchor });
  const reopen = (): SqliteStore =>
    SqliteStore.open(path, { anchor: { ...anchor, keyIsNew: false } });
  const appendEach = async (store: SqliteStore, count: number): Promise<AuditRecord[]> => {
    const records: AuditRecord[] = [];
    for (let i = 0; i < count; i += 1)
      records.push(...(await store.audit.append([{ ...entry, input: { name: `n${i}` } }])));
    return records;
  };
  const raw = (work: (db: Database.Database) => void): void => {
    const db = new Database(path);
    try {
      work(db);
    } finally {
      db.close();
    }
  };

  it('keys every record and writes checkpoints every N records and at close', async () => {
    const store = open();
    const records = await appendEach(store, 12);
    await store.close();
    assert.ok(records.every((r) => r.keyed === true));
    const lines = readFileSync(anchor.checkpointsPath, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { count: number; hash: string; legacy?: number; mac: string });
    assert.deepEqual(
      lines.map((l) => [l.count, l.legacy]),
      [
        [0, 0],
        [5, undefined],
        [10, undefined],
        [12, undefined],
      ],
    );
    assert.equal(lines[3]?.hash, records[11]?.hash);
    assert.equal(statSync(anchor.checkpointsPath).mode & 0o777, 0o600);
    const reopened = reopen();
    const verification = await reopened.audit.verify();
    await reopened.close();
    assert.deepEqual(verification, {
      ok: true,
      records: 12,
      keyed: 12,
      checkpoints: 4,
      head: { count: 12, hash: records[11]!.hash },
    });
  });

  it('detects a tail cut behind the triggers', async () => {
    const store = open();
    await appendEach(store, 12);
    await store.close();
    raw((db) => {
      db.exec('DROP TRIGGER audit_log_no_delete');
      db.exec('DELETE FROM audit_log WHERE seq > 9');
    });
    const reopened = reopen();
    const verification = await reopened.audit.verify();
    await reopened.close();
    assert.equal(verification.ok, false);
    assert.equal(verification.brokenAt?.seq, 10);
    assert.match(verification.brokenAt?.reason ?? '', /ends at record 9.*counted 12.*cut/);
  });

  it('detects a table dropped, recreated and rehashed without the key', async () => {
    const store = open();
    await appendEach(store, 6);
    await store.close();
    raw((db) => {
      const rows = db.prepare<[], RawRow>('SELECT * FROM audit_log ORDER BY seq').all();
      db.exec('DROP TABLE audit_log');
      db.exec(`CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, caller TEXT NOT NULL,
        kind TEXT NOT NULL, body TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
        keyed INTEGER NOT NULL DEFAULT 0)`);
      // Every record rewritten (a match turned into no match) and the whole chain rehashed,
      // once as plain SHA-256 records and once claiming to be keyed.
      let prevHash = GENESIS_HASH;
      const insert = db.prepare(
        'INSERT INTO audit_log (seq, at, caller, kind, body, prev_hash, hash, keyed) VALUES (?, ?, ?, ?, ?, ?, ?, 0)',
      );
      for (const row of rows) {
        const body = JSON.parse(row.body.replace('0.93', '0.13')) as Omit<
          AuditEntry,
          'caller' | 'kind'
        >;
        const hash = hashAuditRecord({
          ...body,
          seq: row.seq,
          at: row.at,
          caller: row.caller,
          kind: row.kind,
          prevHash,
        });
        insert.run(row.seq, row.at, row.caller, row.kind, JSON.stringify(body), prevHash, hash);
        prevHash = hash;
      }
    });
    const rehashed = reopen();
    const plain = await rehashed.audit.verify();
    await rehashed.close();
    assert.deepEqual(plain.brokenAt, {
      seq: 1,
      reason: 'it was written without the audit key after the chain was keyed',
    });
    raw((db) => db.exec('UPDATE audit_log SET keyed = 1'));
    const claimed = reopen();
    const keyed = await claimed.audit.verify();
    await claimed.close();
    assert.deepEqual(keyed.brokenAt, {
      seq: 1,
      reason: 'its content does not match its keyed hash',
    });
  });

  it('refuses INSERT OR REPLACE and REPLACE onto an existing record', async () => {
    const store = open();
    await appendEach(store, 3);
    await store.close();
    raw((db) => {
      for (const verb of ['INSERT OR REPLACE', 'REPLACE']) {
        assert.throws(
          () =>
            db
              .prepare(
                `${verb} INTO audit_log (seq, at, caller, kind, body, prev_hash, hash) SELECT seq, at, 'x', kind, body, prev_hash, hash FROM audit_log WHERE seq = 2`,
              )
              .run(),
          /append-only/,
        );
      }
      assert.throws(
        () =>
          db
            .prepare(
              `INSERT INTO audit_log (seq, at, caller, kind, body, prev_hash, hash) SELECT seq, at, 'x', kind, body, prev_hash, hash FROM audit_log WHERE seq = 2 ON CONFLICT (seq) DO UPDATE SET caller = 'x'`,
            )
            .run(),
        /append-only/,
      );
      assert.equal(
        db.prepare<[], { caller: string }>('SELECT caller FROM audit_log WHERE seq = 2').get()
          ?.caller,
        'cli',
      );
    });
  });

  it('verifies an older store’s unkeyed records and keys the records after them', async () => {
    const old = SqliteStore.open(path);
    await appendEach(old, 3);
    await old.close();
    const upgraded = open();
    const records = await appendEach(upgraded, 2);
    await upgraded.close();
    assert.deepEqual(
      records.map((r) => r.keyed),
      [true, true],
    );
    const reopened = reopen();
    const verification = await reopened.audit.verify();
    assert.equal(verification.ok, true);
    assert.equal(verification.records, 5);
    assert.equal(verification.keyed, 2);
    // A record slipped in unkeyed after keying began is refused, even with a valid SHA-256.
    await reopened.close();
    raw((db) => {
      const last = db
        .prepare<[], RawRow>('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1')
        .get()!;
      const body = JSON.parse(last.body) as Omit<AuditEntry, 'caller' | 'kind'>;
      const unhashed = {
        ...body,
        seq: 6,
        at: last.at,
        caller: 'x',
        kind: 'screen',
        prevHash: last.hash,
      };
      db.prepare(
        'INSERT INTO audit_log (seq, at, caller, kind, body, prev_hash, hash) VALUES (6, ?, ?, ?, ?, ?, ?)',
      ).run(last.at, 'x', 'screen', last.body, last.hash, hashAuditRecord(unhashed));
    });
    const again = reopen();
    const slipped = await again.audit.verify();
    await again.close();
    assert.deepEqual(slipped.brokenAt, {
      seq: 6,
      reason: 'it was written without the audit key after the chain was keyed',
    });
  });

  it('checks the chain against a head kept elsewhere, and notices a missing or altered checkpoint file', async () => {
    const store = open();
    const records = await appendEach(store, 3);
    const head = { count: 3, hash: records[2]!.hash };
    assert.equal((await store.audit.verify({ head })).ok, true);
    assert.match(
      (await store.audit.verify({ head: { count: 3, hash: 'f'.repeat(64) } })).brokenAt?.reason ??
        '',
      /differs from the head you kept/,
    );
    assert.match(
      (await store.audit.verify({ head: { count: 4, hash: head.hash } })).brokenAt?.reason ?? '',
      /ends at record 3.*cut/,
    );
    await store.close();
    const text = readFileSync(anchor.checkpointsPath, 'utf8');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(anchor.checkpointsPath, text.replace('"count":3', '"count":2'));
    const altered = reopen();
    assert.match((await altered.audit.verify()).brokenAt?.reason ?? '', /checkpoint file.*HMAC/);
    await altered.close();
    rmSync(anchor.checkpointsPath);
    const missing = reopen();
    assert.match(
      (await missing.audit.verify()).brokenAt?.reason ?? '',
      /checkpoint file is missing/,
    );
    await missing.close();
    assert.equal(
      existsSync(anchor.checkpointsPath),
      false,
      'a missing checkpoint file is not silently started again',
    );
  });

  it('lets the event loop run between pages while it verifies a long chain', async () => {
    const store = open();
    await store.audit.append(Array.from({ length: 10_000 }, () => entry));
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    const verification = await store.audit.verify();
    clearInterval(timer);
    await store.close();
    assert.equal(verification.ok, true);
    assert.ok(ticks >= 3, `timers ran ${ticks} times during the verify`);
  });
});
