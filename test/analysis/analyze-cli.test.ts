import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ArticleAnalysis } from '../../src/analysis/index.ts';
import { runSift } from '../support/run-sift.ts';
import { SHARED_MISSING, sharedExample } from '../support/shared-data.ts';
import { copyStoreTemplate } from '../support/store-template.ts';

describe('sift analyze (CLI)', () => {
  let dir: string;
  let env: Record<string, string>;
  let server: Server;
  let base = '';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sift-analyze-'));
    await copyStoreTemplate(dir);
    env = { SIFT_DB: join(dir, 'sift.db') };
    server = createServer((request, response) => {
      if (request.url === '/article.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(`<!doctype html><html><head><title>Ferry</title></head><body><article>
          <h1>Council funds a ferry</h1>
          <p>The Port Ellery Harbour Council voted to fund a ferry link to Saltmarsh, ending a long debate among residents of both shores about cost.</p>
          <p>“We have waited long enough,” said Tomas Reyes, a baker. Officials said the Haqqani Network was not involved.</p>
          </article></body></html>`);
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('flags the four UN references of the example article', { skip: SHARED_MISSING }, async () => {
    const run = await runSift(
      ['analyze', sharedExample('blitz-counterterrorism-article.txt'), '--json'],
      env,
    );
    assert.equal(run.code, 0, run.stderr);
    const analysis = JSON.parse(run.stdout) as ArticleAnalysis;
    const refs = analysis.entities.flatMap(
      (e) => e.screening?.hits.filter((h) => h.match === 'match').map((h) => h.reference) ?? [],
    );
    for (const ref of ['QDe.004', 'QDe.115', 'TAe.012', 'QDi.006'])
      assert.ok(refs.includes(ref), ref);
    const people = analysis.entities
      .filter((e) => e.type === 'person' && e.screening?.match === 'match')
      .map((e) => e.name);
    assert.deepEqual(people, ['Ayman al-Zawahri']);
  });

  it('fetches an HTML article from loopback with --allow-private-network, and escapes HTML output', async () => {
    const file = join(dir, 'tags.txt');
    writeFileSync(
      file,
      'A test of <script>alert(1)</script> markup\n\nThe <b>council</b> said the plan <i>works</i> & will go ahead.',
    );
    const [md, html] = await Promise.all([
      runSift(
        ['analyze', `${base}/article.html`, '--allow-private-network', '--format', 'md'],
        env,
      ),
      runSift(['analyze', file, '--format', 'html'], env),
    ]);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /## Listed entities\n\n- Haqqani Network/);
    assert.match(
      md.stdout,
      /Tomas Reyes\n {2}- \[quote, said\] “We have waited long enough,” said Tomas Reyes/,
    );
    assert.equal(html.code, 0, html.stderr);
    assert.doesNotMatch(html.stdout, /<script>|<b>council/);
    assert.match(html.stdout, /&lt;b&gt;council&lt;\/b&gt;/);
  });

  // The PDF, timeout, size-limit and no-article cases are unit-tested in src/analysis/ (each sift run
  // costs seconds); here the CLI shows it turns those errors into messages and exit codes.
  it('answers bad input with an empty result or a clear error, never a crash', async () => {
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2]));
    const [refused, empty, bin] = await Promise.all([
      runSift(['analyze', `${base}/article.html`], env),
      runSift(['analyze', '-', '--json'], env, ''),
      runSift(['analyze', binary], env),
    ]);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /private address/);
    assert.equal(empty.code, 0, empty.stderr);
    assert.deepEqual((JSON.parse(empty.stdout) as ArticleAnalysis).entities, []);
    assert.notEqual(bin.code, 0);
    assert.match(bin.stderr, /binary data/);
  });
});
