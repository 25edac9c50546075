import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeysService } from '../../src/app/index.ts';
import type { PairAlert } from '../../src/core/index.ts';
import { startTestServer, type TestServer } from './server-setup.ts';

interface HitBody {
  entityId: string;
  match: boolean;
  alert?: PairAlert;
}

describe('Decisions applied when a screening names a watched subject (HTTP)', () => {
  let t: TestServer;
  let auth: Record<string, string>;
  const json = (): Record<string, string> => ({ ...auth, 'content-type': 'application/json' });
  const screen = async (body: object) =>
    t.server.inject({ method: 'POST', url: '/screen', headers: json(), payload: body });
  const match = async (queries: object) =>
    t.server.inject({
      method: 'POST',
      url: '/match/default',
      headers: json(),
      payload: { queries },
    });
  type Reply = Awaited<ReturnType<typeof screen>>;
  const hitsOf = (reply: Reply): HitBody[] => (reply.json() as { results: HitBody[] }).results;
  const queryAnswer = (reply: Reply) =>
    (
      reply.json() as {
        responses: Record<string, { subject?: string; results: (HitBody & { id: string })[] }>;
      }
    ).responses.q1!;
  const haqqani = (hits: HitBody[]): HitBody | undefined =>
    hits.find((h) => h.entityId === 'un:TAi.144');

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-subject-decisions-'));
    auth = {
      authorization: `Bearer ${createKeysService(join(dir, 'keys.json')).add('kyc-app', { admin: false })}`,
    };
    t = await startTestServer({ SIFT_RATE_LIMIT_PER_MINUTE: '0' }, dir);
    const imported = await t.server.inject({
      method: 'POST',
      url: '/subjects/import',
      headers: { ...auth, 'content-type': 'application/x-ndjson' },
      payload: '{"id":"c1","name":"Sirajuddin Haqqani"}\n{"id":"c2","name":"Maria Lindqvist"}\n',
    });
    assert.equal(imported.statusCode, 200, imported.body);
  });
  after(() => t.close());

  it('reports a cleared pair as cleared on /screen, with the note, and never hides it', async () => {
    const before = await screen({ name: 'Sirajuddin Haqqani', subject: 'c1' });
    assert.equal(before.statusCode, 200, before.body);
    const open = before.json() as { subject: string; results: HitBody[] };
    assert.equal(open.subject, 'c1');
    const pair = haqqani(open.results);
    assert.equal(pair?.alert?.status, 'open');
    assert.equal(pair.alert.decision, undefined);

    const decided = await t.server.inject({
      method: 'POST',
      url: `/alerts/${pair.alert.id}/decisions`,
      headers: json(),
      payload: { decision: 'cleared', note: 'our c1 was born in 1990', by: 'ana' },
    });
    assert.equal(decided.statusCode, 201, decided.body);

    const after = haqqani(hitsOf(await screen({ name: 'Sirajuddin Haqqani', subject: 'c1' })));
    assert.ok(after, 'the cleared pair is still reported');
    assert.equal(after.match, true);
    assert.equal(after.alert?.status, 'cleared');
    assert.equal(after.alert.decision?.note, 'our c1 was born in 1990');
    assert.equal(after.alert.decision.by, 'ana');
    assert.match(after.alert.decision.at, /^\d{4}-\d{2}-\d{2}T/);

    // Without the subject, or for another subject, the same hit carries no alert.
    assert.equal(haqqani(hitsOf(await screen({ name: 'Sirajuddin Haqqani' })))?.alert, undefined);
    const other = await screen({ name: 'Sirajuddin Haqqani', subject: 'c2' });
    assert.equal(haqqani(hitsOf(other))?.alert, undefined);

    const unknown = await screen({ name: 'Sirajuddin Haqqani', subject: 'nobody' });
    assert.equal(unknown.statusCode, 404);
    assert.equal((unknown.json() as { error: { code: string } }).error.code, 'NOT_FOUND');

    // The screening is audited with the subject it was for.
    const records = await t.app.store.audit.range({ kind: 'screen', caller: 'kyc-app' });
    assert.ok(records.some((r) => (r.input as { subject?: string }).subject === 'c1'));
  });

  it('applies decisions on /match by the query id (yente clients) or its subject field', async () => {
    const byId = await match({
      q1: { id: 'c1', schema: 'Person', properties: { name: ['Sirajuddin Haqqani'] } },
    });
    assert.equal(byId.statusCode, 200, byId.body);
    const answer = queryAnswer(byId);
    assert.equal(answer.subject, 'c1');
    const result = answer.results.find((r) => r.id === 'un:TAi.144');
    assert.equal(result?.alert?.status, 'cleared');
    assert.equal(result.alert.decision?.note, 'our c1 was born in 1990');

    const bySubject = await match({
      q1: {
        id: 'row-17',
        subject: 'c1',
        schema: 'Person',
        properties: { name: ['Sirajuddin Haqqani'] },
      },
    });
    const viaSubject = queryAnswer(bySubject).results;
    assert.equal(viaSubject.find((r) => r.id === 'un:TAi.144')?.alert?.status, 'cleared');

    // An id that is no watched subject's changes nothing: yente's answer, as before.
    const plain = await match({
      q1: { id: 'row-17', schema: 'Person', properties: { name: ['Sirajuddin Haqqani'] } },
    });
    const plainAnswer = queryAnswer(plain);
    assert.equal(plainAnswer.subject, undefined);
    assert.ok(plainAnswer.results.length > 0);
    assert.ok(plainAnswer.results.every((r) => r.alert === undefined));

    const unknown = await match({
      q1: { subject: 'nobody', schema: 'Person', properties: { name: ['Sirajuddin Haqqani'] } },
    });
    assert.equal(unknown.statusCode, 404);
  });

  it('reports a confirmed pair as confirmed once a newer decision confirms it', async () => {
    const alerts = await t.server.inject({ url: '/alerts?subject=c1', headers: auth });
    const [alert] = (alerts.json() as { alerts: { id: number }[] }).alerts;
    assert.ok(alert);
    const decided = await t.server.inject({
      method: 'POST',
      url: `/alerts/${alert.id}/decisions`,
      headers: json(),
      payload: { decision: 'confirmed', note: 'same passport', by: 'ben' },
    });
    assert.equal(decided.statusCode, 201, decided.body);
    const pair = haqqani(hitsOf(await screen({ name: 'Sirajuddin Haqqani', subject: 'c1' })));
    assert.equal(pair?.alert?.status, 'confirmed');
    assert.deepEqual(
      [pair.alert.decision?.decision, pair.alert.decision?.by],
      ['confirmed', 'ben'],
    );
  });
});
