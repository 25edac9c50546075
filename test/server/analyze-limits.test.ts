import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_ARTICLE_BYTES } from '../../src/core/index.ts';
import { startTestServer, type TestServer } from './server-setup.ts';

interface ErrorBody {
  error: { code: string; message: string };
}

describe('one costly article cannot freeze the server', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({
      SIFT_RATE_LIMIT_PER_MINUTE: '0',
      SIFT_ANALYZE_TIMEOUT_MS: '5000',
      SIFT_BODY_LIMIT_BYTES: String(8 * 1024 * 1024),
    });
  });
  after(() => t.close());

  it('refuses 1 MB of nested <div>s at once with 422', async () => {
    const html = '<div>'.repeat(200_000) + 'x' + '</div>'.repeat(200_000);
    const started = performance.now();
    const res = await t.server.inject({ method: 'POST', url: '/analyze', payload: { html } });
    assert.equal(res.statusCode, 422);
    assert.equal((res.json() as ErrorBody).error.code, 'INPUT_TOO_COMPLEX');
    assert.ok(performance.now() - started < 30_000); // 146 s before the depth check; loose for a busy CI
  });

  it('refuses an article one byte over the limit in UTF-8 with 413, though it has half as many characters', async () => {
    // 'é' is two bytes: the text is one byte over the limit with about half its characters.
    const text = `${'é'.repeat(MAX_ARTICLE_BYTES / 2)}a`;
    const res = await t.server.inject({ method: 'POST', url: '/analyze', payload: { text } });
    assert.equal(res.statusCode, 413, res.body.slice(0, 200));
    const { error } = res.json() as ErrorBody;
    assert.equal(error.code, 'PAYLOAD_TOO_LARGE');
    assert.match(error.message, new RegExp(`${MAX_ARTICLE_BYTES + 1} bytes`));
  });

  it('stops an article past its time limit with 422, and answers /healthz meanwhile', async () => {
    const sentence =
      'Sirajuddin Haqqani, the acting minister, said on Tuesday that "the talks with Abdul Ghani Baradar will go on", according to officials in Kabul. ';
    const text = sentence.repeat(Math.ceil(2_000_000 / sentence.length));
    let analysisDone = false;
    const analyzing = t.server
      .inject({ method: 'POST', url: '/analyze', payload: { text } })
      .finally(() => {
        analysisDone = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const healthStarted = performance.now();
    const health = await t.server.inject('/healthz');
    const healthMs = performance.now() - healthStarted;
    assert.equal(health.statusCode, 200);
    // The behaviour: health answers while the article is still being read (on an idle machine in
    // a few ms; the bound is loose for a busy CI).
    assert.equal(analysisDone, false, 'the analysis ended before /healthz could be asked');
    assert.ok(healthMs < 1000, `/healthz took ${healthMs.toFixed(0)} ms during an analysis`);
    const res = await analyzing;
    assert.equal(res.statusCode, 422, res.body.slice(0, 200));
    assert.equal((res.json() as ErrorBody).error.code, 'TIMEOUT');
  });

  it('analyses the next article normally after a stopped one', async () => {
    const res = await t.server.inject({
      method: 'POST',
      url: '/analyze',
      payload: { text: 'Sirajuddin Haqqani said: "We will not stop." Officials in Kabul agreed.' },
    });
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    const body = res.json() as { entities: { name: string; screening: unknown }[] };
    assert.ok(body.entities.some((e) => /Haqqani/.test(e.name)));
  });

  it('analyses a pasted HTML fragment through the worker', async () => {
    const res = await t.server.inject({
      method: 'POST',
      url: '/analyze',
      payload: { html: '<p>Sirajuddin Haqqani said: "We will win."</p>' },
    });
    assert.ok(res.statusCode === 200 || res.statusCode === 400, res.body.slice(0, 300));
  });
});
