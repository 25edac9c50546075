// Measures what issue #10 asks of the store: how long an import holds the write lock (its final
// transaction) for a large list, and how long verifying a long audit chain blocks the event loop.
// Usage: npx tsx scripts/tools/measure-store.ts [list file] [records]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importListFile } from '../../src/app/index.ts';
import { SqliteStore, type AuditEntry, type ImportSession } from '../../src/store/index.ts';

const listFile = process.argv[2] === '' ? undefined : process.argv[2];
const records = Number(process.argv[3] ?? 167_000);
const dir = mkdtempSync(join(tmpdir(), 'sift-measure-'));
try {
  const path = join(dir, 'sift.db');
  const store = SqliteStore.open(path, {
    anchor: { key: randomBytes(32), keyIsNew: true, checkpointsPath: `${path}.cp.jsonl` },
  });
  if (listFile !== undefined) {
    // Times each import's commit: the only span in which it holds the write lock.
    const begin = store.beginImport.bind(store);
    let commitMs = 0;
    store.beginImport = async (start) => {
      const session: ImportSession = await begin(start);
      return {
        add: (entity) => {
          session.add(entity);
        },
        abort: () => session.abort(),
        commit: async (finish) => {
          const t0 = performance.now();
          const version = await session.commit(finish);
          commitMs = performance.now() - t0;
          return version;
        },
      };
    };
    const t0 = performance.now();
    const report = await importListFile(store, listFile);
    const totalMs = performance.now() - t0;
    console.log(
      `import ${report.version.entityCount} entities: ${totalMs.toFixed(0)} ms in all, write lock held ${commitMs.toFixed(0)} ms`,
    );
  }
  const entry: AuditEntry = {
    caller: 'bench',
    kind: 'screen',
    input: { name: 'ana one', schema: 'Any' },
    lists: [{ list: 'un', version: 1, published: '2026-02-27' }],
    engine: 'bench',
    settingsHash: 'abc',
    results: [{ entityId: 'un:QDi.006', score: 0.93, match: true }],
  };
  for (let written = 0; written < records; written += 1000)
    await store.audit.append(
      Array.from({ length: Math.min(1000, records - written) }, () => entry),
    );
  let last = performance.now();
  let maxGapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
  }, 1);
  const t0 = performance.now();
  const result = await store.audit.verify();
  const verifyMs = performance.now() - t0;
  clearInterval(timer);
  console.log(
    `verify ${result.records} records (ok ${result.ok}): ${verifyMs.toFixed(0)} ms in all, longest event-loop stall ${maxGapMs.toFixed(0)} ms`,
  );
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
