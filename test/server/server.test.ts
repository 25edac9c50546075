import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createKeysService } from '../../src/app/index.ts';
import { startTestServer, type TestServer } from './server-setup.ts';

interface ErrorBody {
  error: { code: string; message: string };
}

describe('HTTP API without keys (loopback)', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.close());

  it('answers /healthz and /readyz once the index is built', async () => {
    assert.deepEqual((await t.server.inject('/healthz')).json(), { status: 'ok' });
    const ready = await t.server.inject('/readyz');
    assert.equal(ready.statusCode, 200);
    assert.deepEqual((ready.json() as { lists: unknown[] }).lists, [
      { list: 'un', version: 1, published: '2026-02-27', stale: false },
    ]);
  });

  it('screens a name with POST /screen like `sift screen --json`', async () => {
    const res = await t.server.inject({
      method: 'POST',
      url: '/screen',
      payload: { name: 'Sarajudin Haqqani', limit: 3 },
    });
    assert.equal(res.statusCode, 200);
    const body = res.json() as {
      results: { reference: string; match: boolean; explanation: { parts: unknown[] } }[];
      lists: unknown[];
    };
    assert.equal(body.results[0]?.reference, 'TAi.144');
    assert.equal(body.results[0]?.match, true);
    assert.ok((body.results[0]?.explanation.parts.length ?? 0) > 0);
    assert.deepEqual(body.lists, [{ list: 'un', version: 1, published: '2026-02-27' }]);
  });

  it('reads a country by name and screens by identifiers alone on POST /screen', async () => {
    const named = await t.server.inject({
      method: 'POST',
      url: '/screen',
      payload: { name: 'Sarajudin Haqqani', country: 'Afghanistan', limit: 1 },
    });
    assert.equal(named.statusCode, 200);
    assert.equal((named.json() as { query: { country: string } }).query.country, 'AF');
    const byId = await t.server.inject({
      method: 'POST',
      url: '/screen',
      payload: { identifiers: ['IMO 1234567'] },
    });
    assert.equal(byId.statusCode, 200);
    assert.deepEqual((byId.json() as { results: unknown[] }).results, []);
    const tooShort = await t.server.inject({
      method: 'POST',
      url: '/screen',
      payload: { identifiers: ['12'] },
    });
    assert.equal(tooShort.statusCode, 400);
  });

  it('answers bad input with 400 and a JSON error, never a stack trace', async () => {
    const cases = [
      { nam: 'x' },
      { name: '' },
      { name: 'x'.repeat(10_000) },
      { name: 'Ana', birthDate: '1999-02-31' },
      { name: 'Ana', lists: ['nosuchlist'] },
      { name: 'Ana', threshold: 2 },
    ];
    for (const payload of cases) {
      const res = await t.server.inject({ method: 'POST', url: '/screen', payload });
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
      const body = res.json() as ErrorBody;
      assert.equal(body.error.code, 'QUERY_INVALID');
      assert.doesNotMatch(res.body, /at .*\.ts:\d+/);
    }
    const notJson = await t.server.inject({
      method: 'POST',
      url: '/screen',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    assert.equal(notJson.statusCode, 400);
    assert.equal((notJson.json() as ErrorBody).error.code, 'QUERY_INVALID');
  });

  it('answers yente-shaped /match requests with yente-shaped responses', async () => {
    const res = await t.server.inject({
      method: 'POST',
      url: '/match/default?limit=3&threshold=0.7&algorithm=logic-v2',
      payload: {
        queries: {
          zawahiri: {
            schema: 'Person',
            properties: {
              name: ['Ayman al-Zawahiri'],
              birthDate: ['1951-06-19'],
              nationality: ['eg'],
            },
          },
          network: { schema: 'Organization', properties: { name: ['Haqqani Network'] } },
        },
      },
    });
    assert.equal(res.statusCode, 200);
    const body = res.json() as {
      responses: Record<
        string,
        {
          query: unknown;
          total: { value: number };
          results: {
            id: string;
            caption: string;
            schema: string;
            properties: Record<string, string[]>;
            datasets: string[];
            score: number;
            match: boolean;
            features: Record<string, number>;
          }[];
        }
      >;
    };
    const z = body.responses.zawahiri;
    assert.ok(z);
    assert.equal(z.results[0]?.id, 'un:QDi.006');
    assert.equal(z.results[0]?.schema, 'Person');
    assert.deepEqual(z.results[0]?.datasets, ['un_sc_sanctions']);
    assert.equal(z.results[0]?.match, true);
    assert.ok(Array.isArray(z.results[0]?.properties.name));
    assert.equal(typeof z.results[0]?.features.name, 'number');
    assert.equal(z.total.value, z.results.length);
    assert.equal(body.responses.network?.results[0]?.id, 'un:TAe.012');
  });

  it('answers a /match query with no name with no results, and an unknown dataset with 404', async () => {
    const noName = await t.server.inject({
      method: 'POST',
      url: '/match/default',
      payload: { queries: { a: { schema: 'Person', properties: {} } } },
    });
    assert.equal(noName.statusCode, 200);
    assert.deepEqual(
      (noName.json() as { responses: { a: { results: [] } } }).responses.a.results,
      [],
    );
    const unknown = await t.server.inject({
      method: 'POST',
      url: '/match/nosuch',
      payload: { queries: { a: { schema: 'Person', properties: { name: ['X'] } } } },
    });
    assert.equal(unknown.statusCode, 404);
    assert.deepEqual(unknown.json(), { detail: 'No such dataset.' });
  });

  it('serves /search, /entities, /catalog, /algorithms, /lists and /openapi.json', async () => {
    const search = (await t.server.inject('/search/un?q=Zawahiri')).json() as {
      results: { id: string }[];
    };
    assert.equal(search.results[0]?.id, 'un:QDi.006');
    const entity = await t.server.inject('/entities/un:TAi.144');
    assert.equal(entity.statusCode, 200);
    assert.equal((entity.json() as { entity: { listedOn: string } }).entity.listedOn, '2007-09-13');
    assert.deepEqual((entity.json() as { versions: number[] }).versions, [1]);
    const missing = await t.server.inject('/entities/un:NOPE');
    assert.equal(missing.statusCode, 404);
    assert.deepEqual(missing.json(), { detail: 'No such entity!' });
    const catalog = (await t.server.inject('/catalog')).json() as {
      datasets: { name: string; entity_count: number }[];
    };
    assert.deepEqual(
      catalog.datasets.map((d) => [d.name, d.entity_count]),
      [
        ['un_sc_sanctions', 1003],
        ['sanctions', 1003],
        ['default', 1003],
      ],
    );
    const algorithms = (await t.server.inject('/algorithms')).json() as { default: string };
    assert.match(algorithms.default, /^sift-match/);
    const lists = (await t.server.inject('/lists')).json() as { lists: { list: string }[] };
    assert.equal(lists.lists[0]?.list, 'un');
    const openapi = (await t.server.inject('/openapi.json')).json() as {
      paths: Record<string, unknown>;
    };
    for (const path of [
      '/screen',
      '/match/{dataset}',
      '/search/{dataset}',
      '/entities/{id}',
      '/catalog',
      '/batch',
      '/lists/import',
    ]) {
      assert.ok(path in openapi.paths, `${path} documented`);
    }
    assert.equal((await t.server.inject('/nope')).statusCode, 404);
  });

  it('runs an uploaded CSV batch as a job, reports progress and streams the results', async () => {
    const csv = 'id,name,birth_date\nc1,Sirajuddin Haqqani,\nc2,Jane Doe,1980\nc3,,\n';
    const res = await t.server.inject({
      method: 'POST',
      url: '/batch',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    assert.equal(res.statusCode, 202);
    const job = res.json() as { id: string; rowsTotal: number };
    assert.equal(job.rowsTotal, 3);
    let status: {
      state: string;
      rowsDone: number;
      summary?: { rows: number; alerts: number; errors: number };
    } = { state: 'running', rowsDone: 0 };
    for (let i = 0; i < 200 && status.state === 'running'; i += 1) {
      await sleep(100);
      status = (await t.server.inject(`/batch/${job.id}`)).json() as typeof status;
    }
    assert.equal(status.state, 'done');
    assert.deepEqual(
      status.summary && [status.summary.rows, status.summary.alerts, status.summary.errors],
      [3, 1, 1],
    );
    const results = await t.server.inject(`/batch/${job.id}/results`);
    assert.equal(results.statusCode, 200);
    const lines = results.body.trim().split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[1] ?? '', /^2,c1,Sirajuddin Haqqani,alert,1,un:TAi\.144/);
    assert.match(lines[3] ?? '', /error.*no name/);
    assert.equal((await t.server.inject('/batch/nope')).statusCode, 404);
  });

  it('refuses at upload a CSV without a name column, or with nothing in it, saying why', async () => {
    for (const [csv, message] of [
      ['foo,bar\n1,2\n', /no "name" column/],
      ['', /empty/],
    ] as const) {
      const res = await t.server.inject({
        method: 'POST',
        url: '/batch',
        headers: { 'content-type': 'text/csv' },
        payload: csv,
      });
      assert.equal(res.statusCode, 400, res.body);
      const body = res.json() as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'QUERY_INVALID');
      assert.match(body.error.message, message);
    }
  });

  it('keeps 5 hits per batch row by default, as `sift batch` does, and takes ?limit', async () => {
    const hitsPerRow = async (query: string): Promise<number> => {
      const res = await t.server.inject({
        method: 'POST',
        url: `/batch?format=jsonl${query}`,
        headers: { 'content-type': 'text/csv' },
        payload: 'name\nHaqqani\n',
      });
      const job = res.json() as { id: string };
      let state = 'running';
      for (let i = 0; i < 200 && state === 'running'; i += 1) {
        await sleep(100);
        state = ((await t.server.inject(`/batch/${job.id}`)).json() as { state: string }).state;
      }
      const body = (await t.server.inject(`/batch/${job.id}/results`)).body;
      return (JSON.parse(body.trim()) as { hits: unknown[] }).hits.length;
    };
    assert.equal(await hitsPerRow(''), 5);
    assert.equal(await hitsPerRow('&limit=2'), 2);
  });

  it('cancels a batch job with DELETE /batch/{id} and keeps the rows screened so far', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `r${i},Haqqani ${i}`).join('\n');
    const res = await t.server.inject({
      method: 'POST',
      url: '/batch',
      headers: { 'content-type': 'text/csv' },
      payload: `id,name\n${rows}\n`,
    });
    const job = res.json() as { id: string; stage: string };
    assert.equal(job.stage, 'queued');
    const cancel = await t.server.inject({ method: 'DELETE', url: `/batch/${job.id}` });
    assert.equal(cancel.statusCode, 200);
    let status: { state: string; stage: string; summary?: { rows: number; interrupted: boolean } } =
      { state: 'running', stage: 'queued' };
    for (let i = 0; i < 300 && status.state === 'running'; i += 1) {
      await sleep(100);
      status = (await t.server.inject(`/batch/${job.id}`)).json() as typeof status;
    }
    assert.equal(status.state, 'cancelled');
    assert.equal(status.stage, 'finished');
    assert.equal(status.summary?.interrupted, true);
    assert.ok((status.summary?.rows ?? 400) < 400, `${status.summary?.rows} rows screened`);
    const results = await t.server.inject(`/batch/${job.id}/results`);
    assert.equal(results.statusCode, 200);
    assert.equal(results.body.trim().split('\n').length, (status.summary?.rows ?? 0) + 1);
  });

  it('lists recent audit records newest first, filtered, and verifies the chain', async () => {
    await t.server.inject({ method: 'POST', url: '/screen', payload: { name: 'Haqqani Network' } });
    const recent = (await t.server.inject('/audit?limit=2&kind=screen')).json() as {
      records: { seq: number; kind: string }[];
    };
    assert.equal(recent.records.length, 2);
    assert.ok((recent.records[0]?.seq ?? 0) > (recent.records[1]?.seq ?? 0));
    assert.ok(recent.records.every((r) => r.kind === 'screen'));
    const verify = (await t.server.inject('/audit/verify')).json() as { ok: boolean };
    assert.equal(verify.ok, true);
  });

  it('explains why a chosen entity scored as it did, even below the threshold', async () => {
    const res = await t.server.inject({
      method: 'POST',
      url: '/explain',
      payload: { query: { name: 'Mohammad Yaqoob Mujahid' }, entityId: 'un:TAi.052' },
    });
    assert.equal(res.statusCode, 200);
    const hit = res.json() as {
      entityId: string;
      match: boolean;
      explanation: { summary: string };
    };
    assert.equal(hit.entityId, 'un:TAi.052');
    assert.equal(hit.match, false);
    assert.ok(hit.explanation.summary.length > 0);
  });

  it('says plainly that a list with one version has nothing to diff', async () => {
    const res = await t.server.inject('/lists/diff/un');
    assert.equal(res.statusCode, 400);
    assert.equal((res.json() as ErrorBody).error.code, 'VERSION_UNKNOWN');
  });

  it('records every API screening in the audit trail', async () => {
    const before = (await t.app.store.audit.range({})).length;
    await t.server.inject({
      method: 'POST',
      url: '/screen',
      payload: { name: 'Ayman al-Zawahiri' },
    });
    const records = await t.app.store.audit.range({});
    assert.equal(records.length, before + 1);
    assert.equal(records.at(-1)?.caller, 'local');
    assert.equal(records.at(-1)?.results[0]?.entityId, 'un:QDi.006');
    assert.equal((await t.app.store.audit.verify()).records, records.length);
    assert.equal((await t.app.store.audit.verify()).ok, true);
  });
});

describe('HTTP API with keys and limits', () => {
  let t: TestServer;
  let userKey: string;
  let adminKey: string;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-server-keys-'));
    userKey = createKeysService(join(dir, 'keys.json')).add('bank-app', { admin: false });
    adminKey = createKeysService(join(dir, 'keys.json')).add('ops', { admin: true });
    t = await startTestServer(
      {
        SIFT_RATE_LIMIT_PER_MINUTE: '5',
        SIFT_BODY_LIMIT_BYTES: '2048',
        SIFT_UPLOAD_LIMIT_BYTES: '4096',
      },
      dir,
    );
  });
  after(() => t.close());

  it('needs a key for everything but health, and says so with 401', async () => {
    assert.equal((await t.server.inject('/healthz')).statusCode, 200);
    const none = await t.server.inject({ method: 'POST', url: '/screen', payload: { name: 'x' } });
    assert.equal(none.statusCode, 401);
    assert.equal((none.json() as ErrorBody).error.code, 'UNAUTHORIZED');
    const wrong = await t.server.inject({
      method: 'POST',
      url: '/screen',
      headers: { authorization: 'Bearer sift_wrong' },
      payload: { name: 'x' },
    });
    assert.equal(wrong.statusCode, 401);
    const ok = await t.server.inject({
      method: 'POST',
      url: '/screen',
      headers: { authorization: `Bearer ${userKey}` },
      payload: { name: 'Ayman al-Zawahiri' },
    });
    assert.equal(ok.statusCode, 200);
    assert.equal((await t.app.store.audit.range({})).at(-1)?.caller, 'bank-app');
  });

  it('lets only an admin key import lists (403 otherwise)', async () => {
    const forbidden = await t.server.inject({
      method: 'POST',
      url: '/lists/import',
      headers: { 'x-api-key': userKey, 'content-type': 'application/xml' },
      payload: '<x/>',
    });
    assert.equal(forbidden.statusCode, 403);
    assert.equal((forbidden.json() as ErrorBody).error.code, 'FORBIDDEN');
    const bad = await t.server.inject({
      method: 'POST',
      url: '/lists/import',
      headers: { 'x-api-key': adminKey, 'content-type': 'application/xml' },
      payload: '<nothing/>',
    });
    assert.equal(bad.statusCode, 400);
    assert.equal((bad.json() as ErrorBody).error.code, 'INGEST_FORMAT_UNKNOWN');
  });

  it('answers 413 to a body over the limit', async () => {
    const res = await t.server.inject({
      method: 'POST',
      url: '/screen',
      headers: { authorization: `Bearer ${adminKey}` },
      payload: { name: 'x'.repeat(5000) },
    });
    assert.equal(res.statusCode, 413);
    assert.equal((res.json() as ErrorBody).error.code, 'PAYLOAD_TOO_LARGE');
  });

  it('answers 429 once a key passes its rate limit', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const res = await t.server.inject({
        method: 'GET',
        url: '/lists',
        headers: { authorization: `Bearer ${userKey}` },
      });
      codes.push(res.statusCode);
      if (res.statusCode === 429)
        assert.equal((res.json() as ErrorBody).error.code, 'RATE_LIMITED');
    }
    assert.ok(codes.includes(429), `codes: ${codes.join(',')}`);
  });
});

describe('HTTP API before the index is ready', () => {
  it('answers 503 NOT_READY on /readyz and on screening routes', async () => {
    const t = await startTestServer();
    try {
      const { buildServer } = await import('../../src/server/index.ts');
      const slow = await buildServer({
        ...t.app,
        screening: { ...t.app.screening, index: () => new Promise(() => undefined) },
      });
      const ready = await slow.inject('/readyz');
      assert.equal(ready.statusCode, 503);
      assert.equal((ready.json() as ErrorBody).error.code, 'NOT_READY');
      const screen = await slow.inject({ method: 'POST', url: '/screen', payload: { name: 'x' } });
      assert.equal(screen.statusCode, 503);
      await slow.close();
    } finally {
      await t.close();
    }
  });
});
