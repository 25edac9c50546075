import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { createKeysService } from '../../src/app/index.ts';
import { SEEDS } from '../fuzz/fuzz-inputs.ts';
import { startTestServer, type TestServer } from './server-setup.ts';

interface ErrorBody {
  error: { code: string; message: string };
}

/** One request per protected operation, with a body it would accept. */
const PROTECTED: readonly { method: 'GET' | 'POST'; path: string; body?: object | string }[] = [
  { method: 'POST', path: '/screen', body: { name: 'Sirajuddin Haqqani' } },
  { method: 'POST', path: '/explain', body: { query: { name: 'x' }, entityId: 'un:TAi.144' } },
  {
    method: 'POST',
    path: '/match/default',
    body: { queries: { q1: { schema: 'Person', properties: { name: ['Sirajuddin Haqqani'] } } } },
  },
  { method: 'GET', path: '/search/default?q=Haqqani' },
  { method: 'GET', path: '/entities/un:TAi.144' },
  { method: 'GET', path: '/catalog' },
  { method: 'GET', path: '/algorithms' },
  { method: 'GET', path: '/lists' },
  { method: 'GET', path: '/lists/diff/un' },
  { method: 'GET', path: '/audit' },
  { method: 'GET', path: '/audit/verify' },
  { method: 'GET', path: '/batch/00000000-0000-0000-0000-000000000000' },
  { method: 'POST', path: '/analyze', body: { text: 'Sirajuddin Haqqani said: "No."' } },
  { method: 'POST', path: '/batch', body: 'name\nSirajuddin Haqqani\n' },
  { method: 'POST', path: '/lists/import', body: '<x/>' },
];

/** The ways a path can be written so that a router might decode it and a text check might not. */
function variants(path: string): string[] {
  const [bare = '', query] = path.split('?');
  const suffix = query === undefined ? '' : `?${query}`;
  const first = bare.slice(1, 2);
  const encodedFirst = `/%${first.charCodeAt(0).toString(16)}${bare.slice(2)}`;
  return [
    bare,
    encodedFirst,
    encodedFirst.toUpperCase().replace(/^\/%([0-9A-F]{2})/, (_m, hex: string) => `/%${hex}`),
    `/${bare}`,
    `${bare}/`,
    `${bare.slice(0, 2).toUpperCase()}${bare.slice(2)}`,
    bare.replace(/\//g, '//'),
    bare.replace(/\//g, '/%2F').replace(/^\/%2F/, '/'),
    `/./${bare.slice(1)}`,
    `/x/..${bare}`,
    `${bare};x=1`,
  ].map((p) => `${p}${suffix}`);
}

function requestFor(
  op: (typeof PROTECTED)[number],
  url: string,
  headers: Record<string, string> = {},
): InjectOptions {
  const isText = typeof op.body === 'string';
  return {
    method: op.method,
    url,
    headers: {
      ...(op.body === undefined
        ? {}
        : {
            'content-type': isText
              ? op.path === '/batch'
                ? 'text/csv'
                : 'application/xml'
              : 'application/json',
          }),
      ...headers,
    },
    ...(op.body === undefined
      ? {}
      : { payload: isText ? (op.body as string) : JSON.stringify(op.body) }),
  };
}

describe('API keys are checked on the matched route, whatever the URL looks like', () => {
  let t: TestServer;
  let userKey: string;
  let otherKey: string;
  let adminKey: string;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-access-'));
    userKey = createKeysService(join(dir, 'keys.json')).add('bank-app', { admin: false });
    otherKey = createKeysService(join(dir, 'keys.json')).add('other-app', { admin: false });
    adminKey = createKeysService(join(dir, 'keys.json')).add('ops', { admin: true });
    t = await startTestServer(
      { SIFT_RATE_LIMIT_PER_MINUTE: '0', SIFT_BATCH_JOBS_PER_CALLER: '1' },
      dir,
    );
  });
  after(() => t.close());

  it('answers no protected route without a key, under any spelling of its path', async () => {
    const leaks: string[] = [];
    for (const op of PROTECTED) {
      for (const url of variants(op.path)) {
        const res = await t.server.inject(requestFor(op, url));
        if (res.statusCode < 400 || res.statusCode >= 500)
          leaks.push(`${op.method} ${url} → ${res.statusCode}`);
      }
    }
    assert.deepEqual(leaks, []);
  });

  it('answers a percent-encoded path with 401, not with the route’s answer', async () => {
    const res = await t.server.inject({
      method: 'POST',
      url: '/%73creen',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'Sirajuddin Haqqani' }),
    });
    assert.equal(res.statusCode, 401);
    assert.equal((res.json() as ErrorBody).error.code, 'UNAUTHORIZED');
  });

  it('keeps health, readiness, the page and the API docs public', async () => {
    for (const url of ['/healthz', '/readyz', '/', '/openapi.json', '/docs', '/docs/json']) {
      const res = await t.server.inject(url);
      assert.ok(res.statusCode < 400, `${url} → ${res.statusCode}`);
      if (url.startsWith('/docs'))
        assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
    }
  });

  it('declares every documented operation as public, user or admin, and protects the rest', async () => {
    const doc = (await t.server.inject('/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const known = new Set(PROTECTED.map((op) => `${op.method} ${op.path.split('?')[0] ?? ''}`));
    const untested: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        const url = path.replace(/\{[^}]+\}/g, (m) =>
          m === '{dataset}' ? 'default' : m === '{list}' ? 'un' : 'x',
        );
        const res = await t.server.inject({ method: method.toUpperCase() as 'GET', url });
        if (res.statusCode !== 401 && !['/healthz', '/readyz'].includes(path))
          untested.push(`${method.toUpperCase()} ${path} → ${res.statusCode}`);
        known.add(`${method.toUpperCase()} ${url}`);
      }
    }
    assert.deepEqual(untested, []);
  });

  it('lets a user key screen but keeps admin routes to admin keys', async () => {
    const auth = { authorization: `Bearer ${userKey}` };
    const screen = await t.server.inject(requestFor(PROTECTED[0]!, '/screen', auth));
    assert.equal(screen.statusCode, 200);
    for (const path of ['/audit', '/lists/import']) {
      const op = PROTECTED.find((o) => o.path === path)!;
      const res = await t.server.inject(requestFor(op, path, auth));
      assert.equal(res.statusCode, 403, path);
    }
  });

  it('reads the Authorization scheme in any case, and names the scheme it takes on a 401', async () => {
    for (const scheme of ['bearer', 'BEARER', 'Bearer ', 'apikey', 'ApiKey']) {
      const res = await t.server.inject({
        url: '/lists',
        headers: { authorization: `${scheme} ${userKey}` },
      });
      assert.equal(res.statusCode, 200, scheme);
    }
    const refused = await t.server.inject({
      url: '/lists',
      headers: { authorization: `Token ${userKey}` },
    });
    assert.equal(refused.statusCode, 401);
    assert.equal(refused.headers['www-authenticate'], 'Bearer');
    assert.match((refused.json() as ErrorBody).error.message, /Authorization header is not/);
  });

  it('records an explanation in the audit trail like a screening', async () => {
    const before = (await t.app.store.audit.range({})).length;
    const res = await t.server.inject({
      method: 'POST',
      url: '/explain',
      headers: { authorization: `Bearer ${userKey}` },
      payload: { query: { name: 'Sirajuddin Haqqani' }, entityId: 'un:TAi.144' },
    });
    assert.equal(res.statusCode, 200);
    const records = await t.app.store.audit.range({});
    assert.equal(records.length, before + 1);
    assert.equal(records.at(-1)?.kind, 'explain');
    assert.equal(records.at(-1)?.caller, 'bank-app');
  });

  it('shows a batch job only to its owner or an admin, and caps the jobs one key may queue', async () => {
    const upload = (key: string) =>
      t.server.inject({
        method: 'POST',
        url: '/batch',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' },
        payload: 'name\nSirajuddin Haqqani\n',
      });
    const first = await upload(userKey);
    assert.equal(first.statusCode, 202, first.body);
    const { id } = first.json() as { id: string };
    // One job waiting or running is this test server's cap: the second is refused, not queued.
    const second = await upload(userKey);
    assert.equal(second.statusCode, 429, second.body);
    const asOther = await t.server.inject({
      url: `/batch/${id}`,
      headers: { authorization: `Bearer ${otherKey}` },
    });
    assert.equal(asOther.statusCode, 404);
    for (const key of [userKey, adminKey]) {
      const seen = await t.server.inject({
        url: `/batch/${id}`,
        headers: { authorization: `Bearer ${key}` },
      });
      assert.equal(seen.statusCode, 200);
    }
  });

  it('takes a key added while the server runs, without a restart', async () => {
    const late = createKeysService(join(t.dir, 'keys.json')).add('late-app', { admin: false });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const res = await t.server.inject(
      requestFor(PROTECTED[0]!, '/screen', { authorization: `Bearer ${late}` }),
    );
    assert.equal(res.statusCode, 200);
  });

  it('stays closed when the keys file is emptied while it runs', async () => {
    writeFileSync(join(t.dir, 'keys.json'), '{"keys": []}\n');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const res = await t.server.inject(requestFor(PROTECTED[0]!, '/screen'));
    assert.equal(res.statusCode, 401);
  });
});

describe('A server without keys refuses what another web site makes a browser send', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ SIFT_RATE_LIMIT_PER_MINUTE: '0' });
  });
  after(() => t.close());

  it('refuses a cross-site form POST that would replace the UN list', async () => {
    const before = (await t.app.store.activeVersions()).find((v) => v.list === 'un');
    const form = await t.server.inject({
      method: 'POST',
      url: '/lists/import?list=un',
      headers: {
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: 'x=%3CCONSOLIDATED_LIST%2F%3E',
    });
    assert.equal(form.statusCode, 403);
    const after = (await t.app.store.activeVersions()).find((v) => v.list === 'un');
    assert.deepEqual(after, before);
  });

  it('refuses a simple (form-encodable) content type even from its own origin', async () => {
    for (const [url, type] of [
      ['/lists/import', 'text/plain'],
      ['/lists/import', 'multipart/form-data; boundary=x'],
      ['/lists/import', 'application/x-www-form-urlencoded'],
      ['/batch', 'text/plain'],
      ['/batch', 'application/x-www-form-urlencoded'],
      ['/batch', 'multipart/form-data; boundary=x'],
    ] as const) {
      const res = await t.server.inject({
        method: 'POST',
        url,
        headers: { 'content-type': type, origin: 'http://localhost:80' },
        payload: 'name\nx\n',
      });
      assert.equal(res.statusCode, 415, `${url} ${type} → ${res.statusCode}`);
      assert.equal((res.json() as ErrorBody).error.code, 'UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('refuses a state-changing request from another origin, an opaque origin or cross-site fetch', async () => {
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'http://localhost:81' },
      { 'sec-fetch-site': 'cross-site' },
    ]) {
      const res = await t.server.inject({
        method: 'POST',
        url: '/screen',
        headers: { 'content-type': 'application/json', ...headers },
        payload: JSON.stringify({ name: 'x' }),
      });
      assert.equal(res.statusCode, 403, JSON.stringify(headers));
    }
  });

  it('answers its own page’s requests', async () => {
    const res = await t.server.inject({
      method: 'POST',
      url: '/screen',
      headers: {
        'content-type': 'application/json',
        origin: 'http://localhost:80',
        'sec-fetch-site': 'same-origin',
      },
      payload: JSON.stringify({ name: 'Sirajuddin Haqqani' }),
    });
    assert.equal(res.statusCode, 200);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const res = await t.server.inject({
      method: 'GET',
      url: '/lists',
      headers: { host: 'attacker.example:8080' },
    });
    assert.equal(res.statusCode, 403);
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080']) {
      const ok = await t.server.inject({ method: 'GET', url: '/lists', headers: { host } });
      assert.equal(ok.statusCode, 200, host);
    }
  });

  it('accepts only known list names in ?list=', async () => {
    const res = await t.server.inject({
      method: 'POST',
      url: '/lists/import?list=../../etc',
      headers: { 'content-type': 'application/xml' },
      payload: '<x/>',
    });
    assert.equal(res.statusCode, 400);
    assert.equal((res.json() as ErrorBody).error.code, 'QUERY_INVALID');
  });

  it('refuses an upload that shrinks the UN list sharply unless allow_shrink is set', async () => {
    const small = SEEDS['un-xml']!;
    const refused = await t.server.inject({
      method: 'POST',
      url: '/lists/import?list=un',
      headers: { 'content-type': 'application/xml' },
      payload: small,
    });
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal((refused.json() as ErrorBody).error.code, 'IMPORT_REFUSED');
    const allowed = await t.server.inject({
      method: 'POST',
      url: '/lists/import?list=un&allow_shrink=true',
      headers: { 'content-type': 'application/xml' },
      payload: small,
    });
    assert.equal(allowed.statusCode, 200, allowed.body);
  });
});
