import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { SqliteStore, type AuditEntry } from '../store/index.ts';
import { createAuditService } from './audit-service.ts';

const entry = (caller: string, kind: string, score: number): AuditEntry => ({
  caller,
  kind,
  input: { name: 'ana one' },
  lists: [{ list: 'un', version: 1, published: null }],
  engine: 'test-1',
  settingsHash: 'abc',
  results: [{ entityId: 'un:XXi.001', score, match: score >= 0.82 }],
});

describe('the audit service', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sift-audit-service-'));
    path = join(dir, 'audit.db');
    const store = SqliteStore.open(path);
    await store.audit.append([
      entry('cli', 'screen', 0.93),
      entry('bank-app', 'screen', 0.71),
      entry('bank-app', 'batch', 0.88),
    ]);
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs `use` on the audit service of a freshly opened store, closing it after. */
  const withAudit = async <T>(
    use: (audit: ReturnType<typeof createAuditService>) => Promise<T>,
  ): Promise<T> => {
    const store = SqliteStore.open(path);
    try {
      return await use(createAuditService(store.audit));
    } finally {
      await store.close();
    }
  };

  it('names the head of an empty chain as zero records and the zero hash', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      assert.deepEqual(await createAuditService(store.audit).head(), {
        count: 0,
        hash: '0'.repeat(64),
      });
    } finally {
      await store.close();
    }
  });

  it('names the head as the last record, the same head verify reaches', async () => {
    await withAudit(async (audit) => {
      const head = await audit.head();
      const [last] = await audit.range({ newestFirst: true, limit: 1 });
      assert.deepEqual(head, { count: 3, hash: last?.hash });
      const verification = await audit.verify({ head });
      assert.equal(verification.ok, true);
      assert.equal(verification.records, 3);
      assert.deepEqual(verification.head, head);
    });
  });

  it('reads a range newest first, limited, and by caller or kind', async () => {
    await withAudit(async (audit) => {
      const seqs = (records: { seq: number }[]): number[] => records.map((r) => r.seq);
      assert.deepEqual(seqs(await audit.range({})), [1, 2, 3]);
      assert.deepEqual(seqs(await audit.range({ newestFirst: true, limit: 2 })), [3, 2]);
      assert.deepEqual(seqs(await audit.range({ caller: 'bank-app' })), [2, 3]);
      assert.deepEqual(seqs(await audit.range({ kind: 'batch' })), [3]);
    });
  });

  it('finds a record edited behind its back', async () => {
    const raw = new Database(path);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare(`UPDATE audit_log SET body = replace(body, '0.71', '0.11') WHERE seq = 2`).run();
    raw.close();
    await withAudit(async (audit) => {
      const verification = await audit.verify();
      assert.equal(verification.ok, false);
      assert.deepEqual(verification.brokenAt, {
        seq: 2,
        reason: 'its content does not match its hash',
      });
    });
  });

  it('finds a cut tail against the head kept before the cut', async () => {
    const kept = await withAudit((audit) => audit.head());
    const raw = new Database(path);
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    raw.close();
    await withAudit(async (audit) => {
      assert.equal((await audit.verify()).ok, true, 'without the head the cut chain is whole');
      const verification = await audit.verify({ head: kept });
      assert.equal(verification.ok, false);
      assert.equal((await audit.head()).count, 2);
    });
  });
});
