import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
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
      assert.deepEqual(await workers[0]!.audit.verify(), { ok: true, records: 800 });
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
      assert.deepEqual(await store.audit.verify(), {
        ok: false,
        records: 2,
        brokenAt: { seq: 2, reason: 'its content does not match its hash' },
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
});
