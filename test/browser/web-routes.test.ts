import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { App } from '../../src/app/index.ts';
import { registerWebRoutes, WEB_CSP } from '../../src/server/routes/web-routes.ts';

// The routes read only the folder they are given; the app is not used by them.
const NO_APP = {} as App;

describe('serving the built web page', () => {
  let dir: string;
  let server: FastifyInstance;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sift-web-dist-'));
    mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>Sift</title>');
    writeFileSync(join(dir, 'dist', 'assets', 'index-abc123.js'), 'console.log(1);');
    writeFileSync(join(dir, 'dist', 'assets', 'index-abc123.css'), 'body{}');
    writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET');
    server = Fastify();
    registerWebRoutes(server, NO_APP, join(dir, 'dist'));
    await server.ready();
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / with the strict Content-Security-Policy', async () => {
    const res = await server.inject('/');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.equal(res.headers['content-security-policy'], WEB_CSP);
    assert.match(WEB_CSP, /default-src 'self'; script-src 'self'; style-src 'self'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['cache-control'], 'no-cache');
    assert.equal(res.body, '<!doctype html><title>Sift</title>');
  });

  it('serves hashed assets with their content type and a long cache life', async () => {
    const js = await server.inject('/assets/index-abc123.js');
    assert.equal(js.statusCode, 200);
    assert.match(String(js.headers['content-type']), /^text\/javascript/);
    assert.match(String(js.headers['cache-control']), /immutable/);
    const css = await server.inject('/assets/index-abc123.css?v=1');
    assert.equal(css.statusCode, 200);
    assert.match(String(css.headers['content-type']), /^text\/css/);
  });

  it('never answers a path outside the built folder', async () => {
    for (const url of [
      '/assets/../secret.txt',
      '/assets/%2e%2e/secret.txt',
      '/assets/..%2fsecret.txt',
      '/assets/..%5csecret.txt',
      '/assets/nope.js',
    ]) {
      const res = await server.inject(url);
      assert.ok(!res.body.includes('TOP-SECRET'), url);
      assert.notEqual(res.statusCode, 200, url);
    }
  });

  it('says how to build the page when web/dist is missing', async () => {
    const bare = Fastify();
    registerWebRoutes(bare, NO_APP, join(dir, 'no-such-dist'));
    const res = await bare.inject('/');
    assert.equal(res.statusCode, 503);
    assert.match(res.body, /npm run build:web/);
    await bare.close();
  });
});
