import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { loadAuditKey } from '../../src/app/audit-key.ts';
import { loadConfig } from '../../src/config/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { runSift, startSift } from '../support/run-sift.ts';
import { useTempStore } from '../support/temp-store.ts';

/** Iterations per command; each kills one process at a random point. Kept small (about a minute). */
const ROUNDS = 2;

/** A seeded generator, so a failing run can be replayed with SIFT_FAULT_SEED. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface StoreState {
  integrity: string;
  versions: { list: string; version: number; expected: number; actual: number; active: boolean }[];
  auditRecords: number;
}

function inspectStore(path: string): StoreState {
  const db = new Database(path);
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const versions = db
      .prepare<
        [],
        { list: string; version: number; expected: number; actual: number; active: number }
      >(
        `SELECT v.list, v.version, v.entity_count AS expected,
           (SELECT count(*) FROM entities e WHERE e.version_id = v.id) AS actual,
           (a.version_id IS NOT NULL) AS active
         FROM list_versions v LEFT JOIN active_versions a ON a.version_id = v.id ORDER BY v.id`,
      )
      .all()
      .map((v) => ({ ...v, active: v.active === 1 }));
    const auditRecords =
      db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()?.n ?? 0;
    return { integrity, versions, auditRecords };
  } finally {
    db.close();
  }
}

describe('kill -9 at random points (fault injection)', () => {
  const store = useTempStore('sift-fault-');
  const seed = Number(process.env.SIFT_FAULT_SEED ?? Date.now() % 100_000);
  const next = random(seed);
  const dbPath = (): string => join(store.dir, 'sift.db');

  const checkStore = async (what: string): Promise<StoreState> => {
    const state = inspectStore(dbPath());
    const where = `${what} (seed ${seed})`;
    assert.equal(state.integrity, 'ok', where);
    for (const v of state.versions)
      assert.equal(v.actual, v.expected, `${where}: ${v.list} v${v.version} is whole`);
    assert.equal(
      state.versions.filter((v) => v.active && v.list === 'un').length,
      1,
      `${where}: one active UN version`,
    );
    const config = loadConfig({}, store.env);
    const reopened = SqliteStore.open(dbPath(), {
      anchor: {
        ...loadAuditKey(config.auditKeyFile),
        checkpointsPath: config.auditCheckpointsFile,
      },
    });
    try {
      const verification = await reopened.audit.verify();
      assert.equal(verification.ok, true, `${where}: ${JSON.stringify(verification.brokenAt)}`);
      assert.equal(verification.records, state.auditRecords, where);
    } finally {
      await reopened.close();
    }
    return state;
  };

  it('leaves whole list versions and an intact audit chain after killing imports and batches', async (t) => {
    // The store starts as the template (bundled list, audit key); a first screening opens it.
    const first = await runSift(['screen', 'Sirajuddin Haqqani'], store.env);
    assert.equal(first.code, 0, first.stderr);
    const xml = gunzipSync(readFileSync(loadConfig().bundledListPath)).toString('utf8');
    const names = ['Sirajuddin Haqqani', 'Maria Lopez', 'Haqqani Network', 'John Smith'];
    const batch = join(store.dir, 'batch.csv');
    writeFileSync(
      batch,
      [
        'id,name',
        ...Array.from({ length: 3000 }, (_, i) => `r${i},${names[i % names.length]}`),
      ].join('\n'),
    );

    // One import run whole gives its duration here (the machine may be loaded); the kills then fall
    // anywhere from start-up to just past where it would have committed.
    const baseline = join(store.dir, 'un-baseline.xml');
    writeFileSync(baseline, xml.replace('dateGenerated="2026-02-27', 'dateGenerated="2026-03-01'));
    const started = Date.now();
    const whole = await runSift(['lists', 'import', baseline], store.env);
    assert.equal(whole.code, 0, whole.stderr);
    const importMs = Date.now() - started;

    for (let round = 0; round < ROUNDS; round += 1) {
      // An import of a later edition, killed somewhere between start and commit (or after).
      const edition = join(store.dir, `un-${round}.xml`);
      writeFileSync(
        edition,
        xml.replace('dateGenerated="2026-02-27', `dateGenerated="2026-03-${10 + round}`),
      );
      const importing = startSift(['lists', 'import', edition], store.env);
      await delay(importMs * (0.3 + 0.8 * next()));
      importing.child.kill('SIGKILL');
      const imported = await importing.done;
      const afterImport = await checkStore(`after killing import ${round}`);
      t.diagnostic(
        `seed ${seed}, import ${round}: ${imported.code === 0 ? 'finished before the kill' : 'killed'}; ${afterImport.versions.length} versions stored`,
      );

      // A batch, killed while it screens: every answer it wrote has its audit record.
      const before = inspectStore(dbPath()).auditRecords;
      const running = startSift(['batch', batch, '--workers', '1'], store.env);
      // Killed once it has started writing answers, at a random point after.
      while (running.stdout().split('\n').length < 3 && running.child.exitCode === null)
        await delay(20);
      await delay(next() * 1500);
      running.child.kill('SIGKILL');
      await running.done;
      const answered = running
        .stdout()
        .split('\n')
        .filter((line) => /,(alert|clear),/.test(line)).length;
      const after = await checkStore(`after killing batch ${round}`);
      t.diagnostic(
        `seed ${seed}, batch ${round}: ${answered} answers written, ${after.auditRecords - before} audit records`,
      );
      assert.ok(
        after.auditRecords - before >= answered,
        `batch ${round}: ${answered} answers written, ${after.auditRecords - before} records (seed ${seed})`,
      );
    }
  });
});
