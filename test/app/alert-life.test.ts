import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import pg from 'pg';
import { importListFile } from '../../src/app/index.ts';
import { openWiredApp, type WiredApp } from '../../src/app/open-app.ts';
import { loadConfig } from '../../src/config/index.ts';
import {
  POSTGRES_MISSING,
  startPostgresServer,
  type PostgresServer,
} from '../support/postgres-server.ts';

const BUNDLED = new URL('../../data/lists/un_consolidated_2026-02-27.xml.gz', import.meta.url);

const SUBJECTS = [
  'id,name,birth_date,country',
  'c1,Ayman al-Zawahiri,,',
  'c2,John Smitherton,1971,',
  'c3,Frank Kakolele Bwambale,,',
  'c4,Maria Lindqvist,1985,SE',
].join('\n');

/**
 * A later UN file: QDi.006's birth date moved a year, CDi.001 renamed to JOHN SMITHERTON (a new
 * name c2 now matches) and CDi.002 removed.
 */
function laterUnFile(dir: string): string {
  const xml = gunzipSync(readFileSync(BUNDLED))
    .toString('utf8')
    .replace('dateGenerated="2026-02-27', 'dateGenerated="2026-03-01')
    .replace('<DATE>1951-06-19</DATE>', '<DATE>1952-06-19</DATE>')
    .replace(
      '<FIRST_NAME>ERIC</FIRST_NAME>\n      <SECOND_NAME>BADEGE</SECOND_NAME>',
      '<FIRST_NAME>JOHN</FIRST_NAME>\n      <SECOND_NAME>SMITHERTON</SECOND_NAME>',
    )
    .replace(/<INDIVIDUAL>\s*<DATAID>6907994<\/DATAID>[\s\S]*?<\/INDIVIDUAL>/, '');
  assert.ok(xml.includes('<DATE>1952-06-19</DATE>') && xml.includes('SMITHERTON'));
  const path = join(dir, 'un-later.xml');
  writeFileSync(path, xml);
  return path;
}

function text(value: string): Readable {
  return Readable.from([value]);
}

/** Runs the life of an alert on one backend; `tamper` runs raw SQL against the same database. */
function runAlertLife(
  backend: string,
  environment: () => Promise<Record<string, string>>,
  tamper: (env: Record<string, string>, sql: string) => Promise<void>,
): void {
  it(`raises, clears, reopens on a list change and confirms an alert (${backend})`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-alert-life-'));
    const env = {
      XDG_DATA_HOME: dir,
      SIFT_SNAPSHOT_DIR: join(dir, 'snapshots'),
      ...(await environment()),
    };
    let app: WiredApp | undefined = await openWiredApp(
      loadConfig({}, { ...env, SIFT_DB: join(dir, 's.db') }),
    );
    try {
      const m = app.monitoring;
      const imported = await m.importSubjects(text(SUBJECTS), 'csv');
      assert.equal(imported.added, 4);
      assert.deepEqual(imported.errors, []);
      assert.equal(imported.screening.screened, 4);
      const raised = await m.alerts();
      assert.deepEqual(raised.map((a) => [a.subjectId, a.entityId, a.status]).sort(), [
        ['c1', 'un:QDi.006', 'open'],
        ['c3', 'un:CDi.002', 'open'],
      ]);
      const zawahiri = raised.find((a) => a.subjectId === 'c1')!;
      assert.equal(zawahiri.listVersion, 1);
      assert.ok(zawahiri.score >= 0.82);

      // Cleared: a re-import of the same subjects and a full re-screen leave it cleared.
      await m.decide({
        alertId: zawahiri.id,
        decision: 'cleared',
        note: 'our customer was born in 1990',
        by: 'ana',
        caller: 'test',
      });
      const again = await m.importSubjects(text(SUBJECTS), 'csv');
      assert.equal(again.unchanged, 4);
      assert.equal(again.screening.screened, 0);
      const full = await m.rescreenAll();
      assert.equal(full.screened, 4);
      assert.equal(full.reopened, 0);
      assert.equal((await m.alert(zawahiri.id))?.alert.status, 'cleared');

      // The listed record changes in a later version: the delta re-screen reopens it.
      const before = (await app.store.activeVersions()).find((v) => v.list === 'un')!.version;
      const report = await importListFile(app.store, laterUnFile(dir));
      assert.equal(report.status, 'imported');
      // Before the delta runs, a screening for c1 already reports the cleared pair as open.
      await app.screening.refresh();
      const between = await m.screenFor({ name: 'Ayman al-Zawahiri' }, 'c1', 'test');
      const pending = between.results.find((h) => h.entityId === 'un:QDi.006')?.alert;
      assert.equal(pending?.status, 'open');
      assert.match(pending.reopenReason ?? '', /changed since it was cleared \(birth dates\)/);
      assert.equal(pending.decision?.decision, 'cleared');
      const delta = await m.afterImport('un', before);
      assert.ok(delta);
      assert.equal(delta.raised, 1, 'c2 matches the renamed CDi.001');
      assert.equal(delta.reopened, 1);
      assert.equal(delta.delisted, 1);
      assert.ok(delta.screened < 4, `only subjects sharing a key are screened (${delta.screened})`);
      const reopened = (await m.alert(zawahiri.id))!.alert;
      assert.equal(reopened.status, 'open');
      assert.match(
        reopened.reopenReason ?? '',
        /un:QDi\.006 changed in un version 2 \(birth dates\)/,
      );
      assert.equal(reopened.listVersion, 2);
      const byPair = new Map((await m.alerts()).map((a) => [`${a.subjectId} ${a.entityId}`, a]));
      assert.equal(byPair.get('c2 un:CDi.001')?.status, 'open');
      assert.equal(byPair.get('c3 un:CDi.002')?.delistedIn, 2);

      // Confirmed: a newer decision supersedes the earlier one, which is kept as it was.
      await m.decide({
        alertId: zawahiri.id,
        decision: 'confirmed',
        note: 'same passport after all',
        by: 'ben',
        caller: 'test',
      });
      const history = (await m.alert(zawahiri.id))!;
      assert.equal(history.alert.status, 'confirmed');
      assert.equal(history.alert.reopenReason, undefined);
      assert.deepEqual(
        history.decisions.map((d) => [d.decision, d.note, d.by]),
        [
          ['cleared', 'our customer was born in 1990', 'ana'],
          ['confirmed', 'same passport after all', 'ben'],
        ],
      );

      // The subject changes: its cleared alert reopens with that reason.
      const smitherton = byPair.get('c2 un:CDi.001')!;
      await m.decide({
        alertId: smitherton.id,
        decision: 'cleared',
        note: 'different John',
        by: 'ana',
        caller: 'test',
      });
      const moved = await m.importSubjects(
        text('id,name,birth_date\nc2,John Smitherton,1971-02'),
        'csv',
      );
      assert.equal(moved.updated, 1);
      assert.equal(moved.screening.reopened, 1);
      assert.match((await m.alert(smitherton.id))!.alert.reopenReason ?? '', /subject c2 changed/);

      // Decisions cannot be changed or deleted, even in SQL; every one is on the audit chain.
      await assert.rejects(tamper(env, "UPDATE decisions SET note = 'edited'"), /append-only/);
      await assert.rejects(tamper(env, 'DELETE FROM decisions'), /append-only/);
      const decisions = await app.store.audit.range({ kind: 'decision' });
      assert.equal(decisions.length, 3);
      assert.deepEqual(
        decisions.map((r) => (r.input as { decision: string }).decision),
        ['cleared', 'confirmed', 'cleared'],
      );
      assert.equal(history.decisions[1]?.auditSeq, decisions[1]?.seq);
      // Every subject screening is on the chain too, one record per subject screened.
      const kinds = async (kind: string) => app!.store.audit.range({ kind });
      const imports = await kinds('subject-import');
      assert.equal(imports.length, imported.screening.screened + moved.screening.screened);
      const first = imports.find(
        (r) => (r.input as { subject: { id: string } }).subject.id === 'c1',
      );
      assert.deepEqual(
        first?.results.map((r) => [r.entityId, r.match]),
        [['un:QDi.006', true]],
      );
      assert.deepEqual(
        first?.lists.map((l) => [l.list, l.version]),
        [['un', 1]],
      );
      assert.equal((await kinds('rescreen-all')).length, full.screened);
      const deltas = await kinds('rescreen-delta');
      assert.equal(deltas.length, delta.screened);
      assert.ok(deltas.every((r) => r.lists.length === 1 && r.lists[0]?.version === 2));
      const verification = await app.store.audit.verify();
      assert.equal(verification.ok, true, verification.brokenAt?.reason);
      await app.close();
      app = undefined;
    } finally {
      await app?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

describe('The life of an alert on SQLite', () => {
  runAlertLife(
    'sqlite',
    () => Promise.resolve({}),
    (env, sql) => {
      const db = new Database(join(env.XDG_DATA_HOME!, 's.db'));
      try {
        db.exec(sql);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        db.close();
      }
    },
  );
});

describe('The life of an alert on PostgreSQL', { skip: POSTGRES_MISSING }, () => {
  let server: PostgresServer;
  before(async () => {
    server = await startPostgresServer();
  });
  after(() => server.stop());
  runAlertLife(
    'postgres',
    async () => ({ SIFT_DATABASE_URL: await server.createDatabase() }),
    async (env, sql) => {
      const client = new pg.Client({ connectionString: env.SIFT_DATABASE_URL });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
  );
});
