import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { ArticleAnalysis } from '../../src/analysis/index.ts';
import { runSift } from '../support/run-sift.ts';
import { SHARED_MISSING, sharedFile } from '../support/shared-data.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const help = await runSift(['--help']);
const NOT_WIRED = !help.stdout.includes('analyze') && 'sift analyze is not wired into src/cli/main.ts yet';

describe('sift analyze (CLI)', { skip: NOT_WIRED }, () => {
  let dir: string;
  let env: Record<string, string>;
  let server: Server;
  let base = '';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sift-analyze-'));
    env = { SIFT_DB: join(dir, 'sift.db') };
    server = createServer((request, response) => {
      if (request.url === '/article.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(`<!doctype html><html><head><title>Ferry</title></head><body><article>
          <h1>Council funds a ferry</h1>
          <p>The Port Ellery Harbour Council voted to fund a ferry link to Saltmarsh, ending a long debate among residents of both shores about cost.</p>
          <p>“We have waited long enough,” said Tomas Reyes, a baker. Officials said the Haqqani Network was not involved.</p>
          </article></body></html>`);
      } else if (request.url === '/report.pdf') {
        response.writeHead(200, { 'content-type': 'application/pdf' });
        response.end('%PDF-1.7');
      } else if (request.url === '/slow') {
        setTimeout(() => response.end(), 5000).unref();
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

  it('flags the four UN references of the example article', { skip: SHARED_MISSING && 'needs ../shared/examples' }, async () => {
    const run = await runSift(['analyze', sharedFile('../examples/blitz-counterterrorism-article.txt'), '--json'], env);
    assert.equal(run.code, 0, run.stderr);
    const analysis = JSON.parse(run.stdout) as ArticleAnalysis;
    const refs = analysis.entities.flatMap((e) => e.screening?.hits.filter((h) => h.match === 'match').map((h) => h.reference) ?? []);
    for (const ref of ['QDe.004', 'QDe.115', 'TAe.012', 'QDi.006']) assert.ok(refs.includes(ref), ref);
    const people = analysis.entities.filter((e) => e.type === 'person' && e.screening?.match === 'match').map((e) => e.name);
    assert.deepEqual(people, ['Ayman al-Zawahri']);
  });

  it('fetches an HTML article from loopback with --allow-private-network and prints Markdown', async () => {
    const run = await runSift(['analyze', `${base}/article.html`, '--allow-private-network', '--format', 'md'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /## Listed entities\n\n- Haqqani Network/);
    assert.match(run.stdout, /Tomas Reyes\n {2}- \[quote, said\] “We have waited long enough,” said Tomas Reyes/);
  });

  it('escapes the text of the HTML report', async () => {
    const file = join(dir, 'tags.txt');
    writeFileSync(file, 'A test of <script>alert(1)</script> markup\n\nThe <b>council</b> said the plan <i>works</i> & will go ahead.');
    const run = await runSift(['analyze', file, '--format', 'html'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /<script>|<b>council/);
    assert.match(run.stdout, /&lt;b&gt;council&lt;\/b&gt;/);
  });

  it('refuses a loopback URL without the flag, a PDF and a URL that times out', async () => {
    const refused = await runSift(['analyze', `${base}/article.html`], env);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /private address/);
    const pdf = await runSift(['analyze', `${base}/report.pdf`, '--allow-private-network'], env);
    assert.match(pdf.stderr, /application\/pdf/);
    const slow = await runSift(['analyze', `${base}/slow`, '--allow-private-network', '--timeout', '300'], env);
    assert.match(slow.stderr, /did not answer within 300 ms/);
  });

  it('answers empty, binary and oversized input with an empty result or a clear error', async () => {
    const empty = await runSift(['analyze', '-', '--json'], env, '');
    assert.equal(empty.code, 0, empty.stderr);
    assert.deepEqual((JSON.parse(empty.stdout) as ArticleAnalysis).entities, []);
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2]));
    const bin = await runSift(['analyze', binary], env);
    assert.match(bin.stderr, /binary data/);
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'word '.repeat(1_100_000));
    const huge = await runSift(['analyze', big], env);
    assert.match(huge.stderr, /limit/);
    const page = await runSift(['analyze', join(FIXTURES, 'no-article.html'), '--json'], env);
    assert.equal(page.code, 0, page.stderr);
    assert.match((JSON.parse(page.stdout) as ArticleAnalysis).warnings.join(' '), /No article text/);
  });
});
