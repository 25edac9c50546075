import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addApiKey } from '../../src/app/index.ts';
import { startTestServer, type TestServer } from './server-setup.ts';

interface AlertBody {
  id: number;
  subjectId: string;
  subjectName?: string;
  entityId: string;
  status: string;
}

describe('Subjects, alerts and decisions over HTTP', () => {
  let t: TestServer;
  let auth: Record<string, string>;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-monitoring-http-'));
    const key = addApiKey(join(dir, 'keys.json'), 'analyst-app', false);
    auth = { authorization: `Bearer ${key}` };
    t = await startTestServer({ SIFT_RATE_LIMIT_PER_MINUTE: '0' }, dir);
  });
  after(() => t.close());

  it('refuses every monitoring route without a key', async () => {
    for (const [method, url] of [
      ['GET', '/subjects'],
      ['POST', '/subjects/import'],
      ['DELETE', '/subjects/c1'],
      ['GET', '/alerts'],
      ['GET', '/alerts/1'],
      ['POST', '/alerts/1/decisions'],
    ] as const) {
      const res = await t.server.inject({ method, url });
      assert.equal(res.statusCode, 401, `${method} ${url}`);
    }
  });

  it('imports subjects, lists alerts, records decisions and removes a subject', async () => {
    const imported = await t.server.inject({
      method: 'POST',
      url: '/subjects/import',
      headers: { ...auth, 'content-type': 'application/x-ndjson' },
      payload: '{"id":"c1","name":"Sirajuddin Haqqani"}\n{"id":"c2","name":"Maria Lindqvist"}\n',
    });
    assert.equal(imported.statusCode, 200, imported.body);
    const report = imported.json() as { added: number; screening: { raised: number } };
    assert.equal(report.added, 2);
    assert.equal(report.screening.raised, 1);
    const subjects = await t.server.inject({ url: '/subjects', headers: auth });
    assert.deepEqual(
      (subjects.json() as { subjects: { id: string }[] }).subjects.map((s) => s.id),
      ['c1', 'c2'],
    );
    const open = await t.server.inject({ url: '/alerts?status=open', headers: auth });
    const [alert] = (open.json() as { alerts: AlertBody[] }).alerts;
    assert.ok(alert);
    assert.deepEqual(
      [alert.subjectId, alert.subjectName, alert.entityId],
      ['c1', 'Sirajuddin Haqqani', 'un:TAi.144'],
    );

    const bad = await t.server.inject({
      method: 'POST',
      url: `/alerts/${alert.id}/decisions`,
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ decision: 'maybe', note: 'x' }),
    });
    assert.equal(bad.statusCode, 400);
    const decided = await t.server.inject({
      method: 'POST',
      url: `/alerts/${alert.id}/decisions`,
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ decision: 'cleared', note: 'another Sirajuddin' }),
    });
    assert.equal(decided.statusCode, 201, decided.body);
    const detail = await t.server.inject({ url: `/alerts/${alert.id}`, headers: auth });
    const body = detail.json() as {
      alert: AlertBody;
      decisions: { decision: string; by: string }[];
      subject?: { id: string; names: string[] };
    };
    assert.equal(body.alert.status, 'cleared');
    assert.deepEqual(body.subject?.names, ['Sirajuddin Haqqani']);
    assert.deepEqual(
      body.decisions.map((d) => [d.decision, d.by]),
      [['cleared', 'analyst-app']],
    );
    const missing = await t.server.inject({
      method: 'POST',
      url: '/alerts/9999/decisions',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ decision: 'confirmed', note: 'x' }),
    });
    assert.equal(missing.statusCode, 404);
    const records = await t.app.store.audit.range({ kind: 'decision' });
    assert.equal(records.length, 1);
    assert.equal(records[0]?.caller, 'analyst-app');

    const removed = await t.server.inject({ method: 'DELETE', url: '/subjects/c1', headers: auth });
    assert.equal(removed.statusCode, 200);
    const gone = await t.server.inject({ method: 'DELETE', url: '/subjects/c1', headers: auth });
    assert.equal(gone.statusCode, 404);
    const left = await t.server.inject({ url: '/alerts', headers: auth });
    assert.deepEqual((left.json() as { alerts: unknown[] }).alerts, []);
  });
});
