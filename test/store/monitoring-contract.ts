import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { AlertWrite, Store, Subject, SubjectWrite } from '../../src/store/index.ts';

function subject(id: string, name: string, extra: Partial<Subject> = {}): SubjectWrite {
  const s: Subject = { id, names: [name], identifiers: [], ...extra };
  return { subject: s, hash: `h-${JSON.stringify(s)}`, keys: name.toLowerCase().split(' ') };
}

function alertOn(subjectId: string, entityId: string, extra: Partial<AlertWrite> = {}): AlertWrite {
  return {
    subjectId,
    entityId,
    list: 'un',
    listVersion: 1,
    score: 0.91,
    explanation: { entityId, reasons: ['name'] },
    entityFacts: { names: 'n1', birthDates: 'b1', identifiers: 'i1' },
    subjectHash: 'h',
    ...extra,
  };
}

/** The monitoring behaviour every Store backend must share (subjects, alerts, decisions). */
export function runMonitoringContract(backend: string, openStore: () => Promise<Store>): void {
  describe(`MonitoringStore contract (${backend})`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('adds subjects, leaves identical ones unchanged and updates changed ones', async () => {
      const m = store.monitoring;
      assert.deepEqual(await m.saveSubjects([subject('c1', 'ANA ONE'), subject('c2', 'BEN TWO')]), [
        'added',
        'added',
      ]);
      assert.deepEqual(
        await m.saveSubjects([
          subject('c1', 'ANA ONE'),
          subject('c2', 'BEN TWO', { birthDate: '1970' }),
        ]),
        ['unchanged', 'updated'],
      );
      const [c2] = await m.getSubjects(['c2']);
      assert.equal(c2?.birthDate, '1970');
      assert.deepEqual(c2?.names, ['BEN TWO']);
      assert.equal(await m.countSubjects(), 2);
      assert.deepEqual(
        (await m.listSubjects({ afterId: 'c1' })).map((s) => s.id),
        ['c2'],
      );
    });

    it('finds subjects by key, and forgets the keys of a changed or removed subject', async () => {
      const m = store.monitoring;
      await m.saveSubjects([subject('c1', 'ANA ONE'), subject('c2', 'BEN ONE')]);
      assert.deepEqual(await m.subjectsWithKeys(['one']), ['c1', 'c2']);
      await m.saveSubjects([subject('c2', 'BEN TWO')]);
      assert.deepEqual(await m.subjectsWithKeys(['one', 'zzz']), ['c1']);
      assert.equal(await m.removeSubject('c1'), true);
      assert.equal(await m.removeSubject('c1'), false);
      assert.deepEqual(await m.subjectsWithKeys(['one']), []);
      assert.deepEqual(
        (await m.listSubjects()).map((s) => s.id),
        ['c2'],
      );
      // Importing a removed subject again watches it again.
      assert.deepEqual(await m.saveSubjects([subject('c1', 'ANA ONE')]), ['updated']);
      assert.deepEqual(await m.subjectsWithKeys(['one']), ['c1']);
    });

    it('gives the keys each subject carries among the ones asked for', async () => {
      const m = store.monitoring;
      await m.saveSubjects([
        subject('c1', 'ANA MARIA ONE'),
        subject('c2', 'ANA BEN'),
        subject('c3', 'CY'),
      ]);
      const found = await m.keysOfSubjects(['ana', 'maria', 'ben', 'zzz']);
      assert.deepEqual([...found].map(([id, keys]) => [id, [...keys].sort()]).sort(), [
        ['c1', ['ana', 'maria']],
        ['c2', ['ana', 'ben']],
      ]);
      assert.equal((await m.keysOfSubjects([])).size, 0);
    });

    it('raises one alert per pair and keeps a decided status when the pair is re-screened', async () => {
      const m = store.monitoring;
      await m.saveSubjects([subject('c1', 'ANA ONE')]);
      const [raised] = await m.saveAlerts([alertOn('c1', 'un:XXi.001')]);
      assert.ok(raised);
      assert.equal(raised.status, 'open');
      assert.deepEqual(raised.explanation, { entityId: 'un:XXi.001', reasons: ['name'] });
      const decision = await m.appendDecision({
        alertId: raised.id,
        decision: 'cleared',
        note: 'different person',
        by: 'ana',
        auditSeq: 7,
      });
      assert.equal(decision.alertId, raised.id);
      assert.equal(decision.auditSeq, 7);
      const [again] = await m.saveAlerts([
        alertOn('c1', 'un:XXi.001', { listVersion: 2, score: 0.9 }),
      ]);
      assert.equal(again?.id, raised.id);
      assert.equal(again?.status, 'cleared');
      assert.equal(again?.listVersion, 2);
      assert.equal(again?.firstRaisedAt, raised.firstRaisedAt);
      const [reopened] = await m.saveAlerts([
        alertOn('c1', 'un:XXi.001', { listVersion: 3, reopenReason: 'birth date changed' }),
      ]);
      assert.equal(reopened?.status, 'open');
      assert.equal(reopened?.reopenReason, 'birth date changed');
      await m.appendDecision({
        alertId: raised.id,
        decision: 'confirmed',
        note: 'same person',
        by: 'ben',
        auditSeq: 9,
      });
      const after = await m.getAlert(raised.id);
      assert.equal(after?.status, 'confirmed');
      assert.equal(after?.reopenReason, undefined);
      const history = await m.decisionsOf(raised.id);
      assert.deepEqual(
        history.map((d) => [d.decision, d.note, d.by]),
        [
          ['cleared', 'different person', 'ana'],
          ['confirmed', 'same person', 'ben'],
        ],
      );
    });

    it('refuses a decision on an unknown alert', async () => {
      await assert.rejects(
        store.monitoring.appendDecision({
          alertId: 4242,
          decision: 'cleared',
          note: 'x',
          by: 'y',
          auditSeq: 1,
        }),
        { code: 'NOT_FOUND' },
      );
    });

    it('marks alerts delisted once, and lists alerts by status for watched subjects only', async () => {
      const m = store.monitoring;
      await m.saveSubjects([subject('c1', 'ANA ONE'), subject('c2', 'BEN TWO')]);
      await m.saveAlerts([
        alertOn('c1', 'un:XXi.001'),
        alertOn('c2', 'un:XXi.001'),
        alertOn('c2', 'un:XXi.002'),
      ]);
      assert.deepEqual(await m.subjectsAlertedOn(['un:XXi.002']), ['c2']);
      assert.equal(await m.delistAlerts(['un:XXi.001'], 4), 2);
      assert.equal(await m.delistAlerts(['un:XXi.001'], 5), 0);
      const c1 = await m.alertsOf(['c1']);
      assert.equal(c1[0]?.delistedIn, 4);
      assert.equal((await m.listAlerts({ status: 'open' })).length, 3);
      await m.removeSubject('c2');
      assert.deepEqual(
        (await m.listAlerts()).map((a) => a.subjectId),
        ['c1'],
      );
      assert.equal((await m.listAlerts({ status: 'cleared' })).length, 0);
    });
  });
}
