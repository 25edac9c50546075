import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { runSift, startSift } from '../support/run-sift.ts';
import { useTempStore } from '../support/temp-store.ts';

const BUNDLED = new URL('../../data/lists/un_consolidated_2026-02-27.xml.gz', import.meta.url);

describe('sift serve --update-every', () => {
  const store = useTempStore('sift-serve-update-');
  let requests = 0;
  const later = gunzipSync(readFileSync(BUNDLED))
    .toString('utf8')
    .replace('dateGenerated="2026-02-27', 'dateGenerated="2026-03-01')
    .replace('<DATE>1951-06-19</DATE>', '<DATE>1952-06-19</DATE>');
  // The first download fails; the next serves a later UN file.
  const lists = createServer((_request, response) => {
    requests += 1;
    if (requests === 1) response.writeHead(500).end('down');
    else response.writeHead(200).end(later);
  });
  after(() => {
    lists.close();
  });

  it('refuses a duration it cannot read, saying what it expects', async () => {
    const run = await runSift(['serve', '--update-every', '6 hours'], store.env);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /--update-every must be a duration such as 30m, 6h or 7d/);
  });

  it('logs a failed download, then imports the list at the next run', async () => {
    await new Promise<void>((resolve) => lists.listen(0, '127.0.0.1', resolve));
    const { port } = lists.address() as AddressInfo;
    const sift = startSift(['serve', '--port', '0', '--update-every', '2s'], {
      ...store.env,
      SIFT_FROM_SOURCE: process.env.SIFT_FROM_SOURCE ?? '1',
      SIFT_LIST_URL_UN: `http://127.0.0.1:${port}/un.xml`,
      SIFT_LOG_LEVEL: 'info',
    });
    try {
      const deadline = Date.now() + 120_000;
      while (!/list update: un imported/.test(sift.stdout()) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 200));
      const out = sift.stdout();
      assert.match(out, /Lists are updated every 2s/);
      assert.match(out, /list update: un failed \(Downloading .* failed: HTTP 500/);
      assert.match(out, /list update: un imported \(version 2\)/);
    } finally {
      sift.child.kill('SIGTERM');
      await sift.done;
    }
    const status = await store.status();
    assert.equal(status.lists.find((l) => l.list === 'un')?.version, 2);
  });
});
