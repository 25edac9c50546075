import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createKeysService } from '../../src/app/index.ts';
import { startTestServer, type TestServer } from './server-setup.ts';

describe('GET /metrics', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.close());

  it('counts requests per route pattern and status, with latency histograms', async () => {
    await t.server.inject({
      method: 'POST',
      url: '/screen',
      payload: { name: 'Ayman al-Zawahiri' },
    });
    await t.server.inject({ method: 'POST', url: '/screen', payload: { name: 'Jane Nobody' } });
    await t.server.inject({ method: 'POST', url: '/screen', payload: {} });
    await t.server.inject('/entities/un:TAi.144');
    await t.server.inject('/no/such/path');
    const res = await t.server.inject('/metrics');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    const text = res.body;
    assert.match(
      text,
      /^sift_http_requests_total\{method="POST",route="\/screen",status="200"\} 2$/m,
    );
    assert.match(
      text,
      /^sift_http_requests_total\{method="POST",route="\/screen",status="400"\} 1$/m,
    );
    assert.match(
      text,
      /^sift_http_requests_total\{method="GET",route="\/entities\/:id",status="200"\} 1$/m,
    );
    assert.match(
      text,
      /^sift_http_requests_total\{method="GET",route="unmatched",status="404"\} 1$/m,
    );
    assert.doesNotMatch(text, /TAi\.144|no\/such/, 'paths and ids are never label values');
    assert.match(
      text,
      /^sift_http_request_duration_seconds_bucket\{method="POST",route="\/screen",le="\+Inf"\} 3$/m,
    );
    assert.match(
      text,
      /^sift_http_request_duration_seconds_count\{method="POST",route="\/screen"\} 3$/m,
    );
    assert.match(text, /^# TYPE sift_http_request_duration_seconds histogram$/m);
  });

  it('reports the list versions served, their age, the index build time and the batch backlog', async () => {
    const text = (await t.server.inject('/metrics')).body;
    assert.match(text, /^sift_list_version\{list="un",dataset="un_sc_sanctions"\} 1$/m);
    assert.match(text, /^sift_list_entities\{list="un",dataset="un_sc_sanctions"\} 1003$/m);
    const age = /^sift_list_age_seconds\{list="un",dataset="un_sc_sanctions"\} ([\d.e+-]+)$/m.exec(
      text,
    );
    assert.ok(age?.[1] !== undefined && Number(age[1]) >= 0 && Number(age[1]) < 3600, text);
    assert.match(
      text,
      /^sift_list_published_age_seconds\{list="un",dataset="un_sc_sanctions"\} \d/m,
    );
    assert.match(text, /^sift_index_build_seconds [\d.e+-]+$/m);
    assert.match(text, /^sift_index_ready 1$/m);
    assert.match(text, /^sift_batch_queue_jobs 0$/m);
    assert.match(text, /^sift_batch_queue_rows 0$/m);
  });
});

describe('GET /metrics with API keys', () => {
  it('needs a valid key once keys exist', async () => {
    const t = await startTestServer();
    try {
      const key = createKeysService(t.app.config.server.keysFile).add('ops', { admin: false });
      const { buildServer } = await import('../../src/server/index.ts');
      const server = await buildServer(t.app);
      assert.equal((await server.inject('/metrics')).statusCode, 401);
      const ok = await server.inject({
        url: '/metrics',
        headers: { authorization: `Bearer ${key}` },
      });
      assert.equal(ok.statusCode, 200);
      await server.close();
    } finally {
      await t.close();
    }
  });
});
