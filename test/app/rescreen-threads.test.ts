import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListEntity } from '../../src/core/index.ts';
import { subjectPoolOpener } from '../../src/app/engine-source.ts';
import { openWiredApp, type WiredApp } from '../../src/app/open-app.ts';
import { loadConfig } from '../../src/config/index.ts';
import {
  rescreenAll,
  rescreenChanges,
  subjectHash,
  subjectKeys,
  type OpenSubjectPool,
  type RescreenSummary,
} from '../../src/screening/monitoring/index.ts';
import { diffEntities, type Subject } from '../../src/store/index.ts';

// The same subjects re-screened on one thread (store a) and on worker threads (store b, the
// thresholds lowered to 0) must leave the same alerts, decisions and audit records.

const dir = mkdtempSync(join(tmpdir(), 'sift-rescreen-threads-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function open(db: string): Promise<WiredApp> {
  return openWiredApp(
    loadConfig(
      {},
      {
        XDG_DATA_HOME: dir,
        SIFT_SNAPSHOT_DIR: join(dir, 'snapshots'),
        SIFT_DB: join(dir, db),
      },
    ),
  );
}

/** Subjects from listed names (as listed, reversed, with a birth date) and unlisted ones. */
function subjectsFrom(entities: readonly ListEntity[]): Subject[] {
  const subjects: Subject[] = [];
  entities.slice(0, 120).forEach((entity, i) => {
    const name = entity.names[0]?.full ?? entity.caption;
    const variant = i % 3 === 1 ? name.split(' ').reverse().join(' ') : name;
    subjects.push({
      id: `s${String(i).padStart(4, '0')}`,
      names: [variant],
      identifiers: [],
      ...(i % 3 === 2 ? { birthDate: '1970' } : {}),
    });
  });
  ['Maria Lindqvist', 'John Smitherton', 'Chen Wei Ming', 'Olga Petrova'].forEach((name, i) =>
    subjects.push({ id: `u${i}`, names: [name], identifiers: [] }),
  );
  return subjects;
}

/** Every alert and every screening or decision record, without ids and times. */
async function state(app: WiredApp): Promise<unknown> {
  const alerts = (await app.monitoring.alerts()).map((a) => [
    a.subjectId,
    a.entityId,
    a.listVersion,
    a.score,
    a.status,
    a.reopenReason ?? null,
    a.delistedIn ?? null,
    JSON.stringify(a.explanation),
  ]);
  const records = (await app.store.audit.range({})).map((r) => [
    r.kind,
    r.caller,
    JSON.stringify(r.input),
    JSON.stringify(r.results),
    JSON.stringify(r.lists),
  ]);
  return { alerts: alerts.sort(), records };
}

describe('re-screens on worker threads', () => {
  it('give the same alerts, decisions and audit records as on one thread, and run again idempotently', async () => {
    const seed = await open('a.db');
    const before = await seed.store.loadEntities('un', 1);
    const subjects = subjectsFrom(before);
    await seed.store.monitoring.saveSubjects(
      subjects.map((subject) => ({
        subject,
        hash: subjectHash(subject),
        keys: subjectKeys(subject),
      })),
    );
    await seed.close();
    copyFileSync(join(dir, 'a.db'), join(dir, 'b.db'));
    const a = await open('a.db');
    const b = await open('b.db');
    try {
      let opened = 0;
      const poolOf = (app: WiredApp): OpenSubjectPool => {
        const open = subjectPoolOpener(app.config, app.store, app.snapshots);
        return (lists) => {
          opened += 1;
          return open(lists);
        };
      };
      const progress: number[] = [];
      const one = await rescreenAll(a.store, await a.screening.index(), 'test');
      const threaded = await rescreenAll(b.store, await b.screening.index(), 'test', {
        openPool: poolOf(b),
        threadsFrom: 0,
        onProgress: (done) => progress.push(done),
      });
      assert.equal(opened, 1, 'the threaded run opened its pool');
      assert.deepEqual(progress, [subjects.length]);
      assert.deepEqual(threaded, one);
      assert.ok(one.raised >= 60, `listed names raise alerts (${one.raised})`);
      assert.deepEqual(await state(b), await state(a));

      // Again (on threads for b): nothing new, nothing reopened, the same alerts.
      await rescreenAll(a.store, await a.screening.index(), 'test');
      const again = await rescreenAll(b.store, await b.screening.index(), 'test', {
        openPool: poolOf(b),
        threadsFrom: 0,
      });
      assert.deepEqual([again.screened, again.raised, again.reopened], [subjects.length, 0, 0]);
      assert.deepEqual(await state(b), await state(a));

      // A decision, then a new version that changes, renames and removes listed entities: the
      // delta on threads reopens, raises and delists as the delta on one thread does.
      const cleared: string[] = [];
      for (const app of [a, b]) {
        const alerts = (await app.monitoring.alerts()).sort((x, y) =>
          x.subjectId.localeCompare(y.subjectId),
        );
        for (const alert of alerts.slice(0, 5)) {
          await app.monitoring.decide({
            alertId: alert.id,
            decision: 'cleared',
            note: 'not our customer',
            by: 'ana',
            caller: 'test',
          });
          if (app === a) cleared.push(alert.entityId);
        }
      }
      const next = before.flatMap((entity, i): ListEntity[] => {
        if (i >= 120 || i % 4 === 3) return [entity];
        if (i % 4 === 0) return [{ ...entity, birthDates: [{ value: '1951', precision: 'year' }] }];
        if (i % 4 === 1) return i % 8 === 1 ? [] : [entity];
        const name = entity.names[0]?.full ?? entity.caption;
        return [{ ...entity, names: [...entity.names, { full: `${name} Junior`, kind: 'alias' }] }];
      });
      const deltas: (RescreenSummary & { candidates: number })[] = [];
      for (const app of [a, b]) {
        const session = await app.store.beginImport({
          list: 'un',
          sha256: 'rescreen-threads-un-2',
          format: 'un-xml',
          fileName: 'un-2.xml',
        });
        for (const entity of next) session.add(entity);
        const version = await session.commit({
          recordCount: next.length,
          skippedCount: 0,
          issues: [],
        });
        await app.screening.refresh();
        const diff = diffEntities(before, await app.store.loadEntities('un', version.version));
        deltas.push(
          await rescreenChanges(
            app.store,
            await app.screening.index(),
            {
              list: 'un',
              version: version.version,
              changed: [...diff.added, ...diff.changed].map((e) => e.id),
              removed: diff.removed.map((e) => e.id),
            },
            'test',
            app === b ? { openPool: poolOf(b), threadsFrom: 0 } : {},
          ),
        );
      }
      assert.equal(opened, 3, 'the threaded delta opened its pool');
      assert.deepEqual(deltas[1], deltas[0]);
      assert.ok(deltas[0]!.reopened > 0, 'a cleared alert on a changed entity reopens');
      assert.ok(deltas[0]!.delisted > 0, 'alerts on removed entities are delisted');
      assert.deepEqual(await state(b), await state(a));
      const verification = await b.store.audit.verify();
      assert.equal(verification.ok, true, verification.brokenAt?.reason);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
