import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { importListFile } from '../../src/app/index.ts';
import { createAuditQueue } from '../../src/app/audit-queue.ts';
import { loadConfig } from '../../src/config/index.ts';
import { SqliteStore, type AuditEntry } from '../../src/store/index.ts';

const entry: AuditEntry = {
  caller: 'load',
  kind: 'screen',
  input: { name: 'ana one' },
  lists: [],
  engine: 'test-1',
  settingsHash: 'abc',
  results: [],
};

describe('audit records during an import', () => {
  it('keeps every answered audit record when an import fails under screening load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-import-audit-'));
    try {
      const path = join(dir, 'sift.db');
      const store = SqliteStore.open(path);
      // A later edition of the bundled list, cut short: the parser fails near its end, after the
      // import has been running for many turns of the event loop.
      const xml = gunzipSync(readFileSync(loadConfig().bundledListPath)).toString('utf8');
      const later = Buffer.from(
        xml.replace('dateGenerated="2026-02-27', 'dateGenerated="2026-03-01'),
      );
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
      await store.close();

      assert.ok(answered > 10, `only ${answered} answers were sent during the import`);
      const raw = new Database(path, { readonly: true });
      const kept = raw.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get();
      raw.close();
      assert.equal(kept?.n, answered, 'every answered screening keeps its audit record');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
