import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { hashAuditRecord } from '../audit-hash.ts';
import type { AuditEntry, AuditRecord } from '../audit-log.ts';
import {
  POSTGRES_MISSING,
  startPostgresServer,
  type PostgresServer,
} from '../../../test/support/postgres-server.ts';
import { PostgresStore } from './postgres-store.ts';

const entry: AuditEntry = {
  caller: 'cli',
  kind: 'screen',
  input: { name: 'ana one' },
  lists: [{ list: 'un', version: 1, published: '2026-01-01' }],
  engine: 'test-1',
  settingsHash: 'abc',
  results: [{ entityId: 'un:XXi.001', score: 0.93, match: true }],
};

/** Runs statements on a plain connection, as an operator with psql would. */
async function asOperator(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

describe('PostgresStore audit trail', { skip: POSTGRES_MISSING }, () => {
  let server: PostgresServer;
  before(async () => {
    server = await startPostgresServer();
  });
  after(async () => {
    // Unset when the server failed to start; that failure is the one reported.
    if ((server as PostgresServer | undefined) !== undefined) await server.stop();
  });

  it('keeps one unbroken chain when four connections append 200 records each at once', async () => {
    const url = await server.createDatabase();
    // Four pools of one connection each stand for four worker processes.
    const workers = await Promise.all(
      [0, 1, 2, 3].map(() => PostgresStore.open(url, { maxConnections: 1 })),
    );
    try {
      const written = await Promise.all(
        workers.map(async (store, worker) => {
          const mine: AuditRecord[] = [];
          for (let i = 0; i < 200; i += 1) {
            // Worker 3 appends in batches of 10, the others one record at a time.
            if (worker === 3 && i % 10 !== 0) continue;
            const count = worker === 3 ? 10 : 1;
            const entries = Array.from({ length: count }, (_, k) => ({
              ...entry,
              caller: `worker-${worker}`,
              input: { name: `name ${i + k}` },
            }));
            mine.push(...(await store.audit.append(entries)));
          }
          return mine;
        }),
      );
      assert.deepEqual(
        written.map((mine) => mine.length),
        [200, 200, 200, 200],
      );
      const verification = await workers[0]!.audit.verify();
      assert.equal(verification.ok, true);
      assert.equal(verification.records, 800);
      const stored = await workers[1]!.audit.range({});
      assert.deepEqual(
        stored.map((r) => r.seq),
        Array.from({ length: 800 }, (_, i) => i + 1),
      );
      const bySeq = new Map(stored.map((r) => [r.seq, r]));
      for (const record of written.flat()) assert.deepEqual(bySeq.get(record.seq), record);
      for (const [i, record] of stored.entries()) {
        assert.equal(record.prevHash, i === 0 ? '0'.repeat(64) : stored[i - 1]!.hash);
        if (i > 0)
          assert.ok(record.at >= stored[i - 1]!.at, `record ${record.seq} goes back in time`);
      }
    } finally {
      await Promise.all(workers.map((store) => store.close()));
    }
  });

  it('refuses edits through SQL and detects a record edited behind its back', async () => {
    const url = await server.createDatabase();
    const store = await PostgresStore.open(url);
    try {
      await store.audit.append([entry, entry, entry]);
      await asOperator(url, async (sql) => {
        await assert.rejects(
          sql.query("UPDATE audit_log SET caller = 'x' WHERE seq = 2"),
          /append-only/,
        );
        await assert.rejects(sql.query('DELETE FROM audit_log WHERE seq = 2'), /append-only/);
        await assert.rejects(sql.query('TRUNCATE audit_log'), /append-only/);
        await sql.query('DROP TRIGGER audit_log_no_update ON audit_log');
        await sql.query(
          `UPDATE audit_log SET body = replace(body::text, '0.93', '0.13')::json WHERE seq = 2`,
        );
      });
      const verification = await store.audit.verify();
      assert.equal(verification.ok, false);
      assert.equal(verification.records, 2);
      assert.deepEqual(verification.brokenAt, {
        seq: 2,
        reason: 'its content does not match its hash',
      });
    } finally {
      await store.close();
    }
  });

  it('detects a deleted record, the last one included', async () => {
    const url = await server.createDatabase();
    const store = await PostgresStore.open(url);
    try {
      await store.audit.append([entry, entry, entry, entry]);
      await asOperator(url, async (sql) => {
        await sql.query('DROP TRIGGER audit_log_no_delete ON audit_log');
        await sql.query('DELETE FROM audit_log WHERE seq = 4');
      });
      // SQLite cannot see this one: the chain-head row still names record 4.
      assert.deepEqual((await store.audit.verify()).brokenAt, {
        seq: 4,
        reason: 'record 4 is missing',
      });
      await asOperator(url, async (sql) => {
        await sql.query('DELETE FROM audit_log WHERE seq = 2');
      });
      assert.deepEqual((await store.audit.verify()).brokenAt, {
        seq: 3,
        reason: 'record 2 is missing',
      });
    } finally {
      await store.close();
    }
  });

  it('returns the records of a time range, caller or kind, in either order', async () => {
    const store = await PostgresStore.open(await server.createDatabase());
    try {
      const batches: AuditRecord[][] = [];
      for (const caller of ['first', 'second', 'third']) {
        batches.push(
          await store.audit.append([
            { ...entry, caller },
            { ...entry, caller },
          ]),
        );
        // The database clock stamps records to the millisecond; let each batch have its own.
        await delay(5);
      }
      const [first, second, third] = batches.map((b) => b[0]!.at);
      const middle = await store.audit.range({ from: second!, to: third! });
      assert.deepEqual(
        middle.map((r) => [r.seq, r.caller]),
        [
          [3, 'second'],
          [4, 'second'],
        ],
      );
      assert.equal((await store.audit.range({ from: first!, limit: 3 })).length, 3);
      assert.deepEqual(await store.audit.range({ to: first! }), []);
      assert.equal((await store.audit.range({ limit: -1 })).length, 6);
      assert.deepEqual(
        (await store.audit.range({ caller: 'third', newestFirst: true })).map((r) => r.seq),
        [6, 5],
      );
      assert.deepEqual(
        (await store.audit.range({ kind: 'screen', newestFirst: true, limit: 1 })).map(
          (r) => r.seq,
        ),
        [6],
      );
      assert.deepEqual(await store.audit.range({ kind: 'batch-row' }), []);
    } finally {
      await store.close();
    }
  });

  it('keys the chain with the anchor and detects a rewritten, rehashed or cut chain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-pg-anchor-'));
    const url = await server.createDatabase();
    const anchor = {
      key: randomBytes(32),
      keyIsNew: true,
      checkpointsPath: join(dir, 'audit-checkpoints.jsonl'),
      checkpointEvery: 5,
    };
    const reopen = (): Promise<PostgresStore> =>
      PostgresStore.open(url, { anchor: { ...anchor, keyIsNew: false } });
    try {
      const store = await PostgresStore.open(url, { anchor });
      for (let i = 0; i < 12; i += 1) await store.audit.append([entry]);
      const verification = await store.audit.verify();
      await store.close();
      assert.equal(verification.ok, true);
      assert.equal(verification.keyed, 12);
      assert.equal(verification.checkpoints, 3);

      // An operator rewrites every record with plain SHA-256 hashes and moves the head along.
      await asOperator(url, async (sql) => {
        await sql.query('DROP TRIGGER audit_log_no_update ON audit_log');
        const rows = (
          await sql.query<{
            seq: string;
            at: string;
            caller: string;
            kind: string;
            body: Omit<AuditEntry, 'caller' | 'kind'>;
          }>('SELECT seq, at, caller, kind, body FROM audit_log ORDER BY seq')
        ).rows;
        let prevHash = '0'.repeat(64);
        for (const row of rows) {
          const hash = hashAuditRecord({
            ...row.body,
            seq: Number(row.seq),
            at: row.at,
            caller: row.caller,
            kind: row.kind,
            prevHash,
          });
          await sql.query(
            'UPDATE audit_log SET prev_hash = $1, hash = $2, keyed = false WHERE seq = $3',
            [prevHash, hash, row.seq],
          );
          prevHash = hash;
        }
        await sql.query('UPDATE audit_head SET hash = $1', [prevHash]);
      });
      const rewritten = await reopen();
      assert.deepEqual((await rewritten.audit.verify()).brokenAt, {
        seq: 1,
        reason: 'it was written without the audit key after the chain was keyed',
      });
      await rewritten.close();

      // Cutting the tail and the head row with it is caught by the checkpoint file.
      const other = await server.createDatabase();
      const anchor2 = { ...anchor, checkpointsPath: join(dir, 'other.jsonl') };
      const second = await PostgresStore.open(other, { anchor: anchor2 });
      const written: AuditRecord[] = [];
      for (let i = 0; i < 7; i += 1) written.push(...(await second.audit.append([entry])));
      await second.close();
      await asOperator(other, async (sql) => {
        await sql.query('DROP TRIGGER audit_log_no_delete ON audit_log');
        await sql.query('DELETE FROM audit_log WHERE seq > 4');
        await sql.query('UPDATE audit_head SET seq = 4, hash = $1', [written[3]!.hash]);
      });
      const cut = await PostgresStore.open(other, { anchor: { ...anchor2, keyIsNew: false } });
      const cutVerification = await cut.audit.verify();
      await cut.close();
      assert.equal(cutVerification.brokenAt?.seq, 5);
      assert.match(cutVerification.brokenAt?.reason ?? '', /ends at record 4.*counted 7.*cut/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
