import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { importListFile } from '../../src/app/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { startTestServer, type TestServer } from './server-setup.ts';

interface Ready {
  lists: { list: string; version: number }[];
}

describe('a server follows list versions another process activates', () => {
  let t: TestServer;
  before(async () => {
    // With a screen thread, as `sift serve` runs: the thread must follow the switch too.
    t = await startTestServer({ SIFT_FOLLOW_STORE_MS: '200' }, undefined, { screenThreads: 1 });
  });
  after(() => t.close());

  it('switches /readyz, /catalog and its answers to the new version within seconds', async () => {
    const ready = (await t.server.inject('/readyz')).json<Ready>();
    assert.deepEqual(
      ready.lists.map((l) => [l.list, l.version]),
      [['un', 1]],
    );
    // Another process: its own connection to the same store file imports a second UN version.
    const other = SqliteStore.open(join(t.dir, 'sift.db'));
    const xml = gunzipSync(readFileSync(loadConfig({}, {}).bundledListPath))
      .toString('utf8')
      .replace('</CONSOLIDATED_LIST>', '<!-- v2 --></CONSOLIDATED_LIST>');
    writeFileSync(join(t.dir, 'un-v2.xml'), xml);
    const report = await importListFile(other, join(t.dir, 'un-v2.xml'), { format: 'un-xml' });
    await other.close();
    assert.equal(report.version.version, 2);

    let version = 1;
    for (let i = 0; i < 150 && version !== 2; i++) {
      await sleep(100);
      version = (await t.server.inject('/readyz')).json<Ready>().lists[0]?.version ?? 0;
    }
    assert.equal(version, 2, '/readyz reports the new version once the server switched');
    const screened = await t.server.inject({
      method: 'POST',
      url: '/screen',
      payload: { name: 'Sirajuddin Haqqani' },
    });
    const result = screened.json<{ lists: { list: string; version: number }[] }>();
    assert.deepEqual(
      result.lists.map((l) => [l.list, l.version]),
      [['un', 2]],
    );
    for (let i = 0; i < 150 && !t.app.screening.onThreads(); i++) await sleep(100);
    assert.equal(t.app.screening.onThreads(), true, 'the screen thread holds the new engine');
    const onThread = await t.server.inject({
      method: 'POST',
      url: '/screen',
      payload: { name: 'Sirajuddin Haqqani' },
    });
    assert.equal(onThread.body, screened.body);
    // /catalog is yente's: the index version the server screens with is the store's new one.
    const catalog = (await t.server.inject('/catalog')).json<{
      datasets: { name: string; index_version: string | null; index_current: boolean }[];
    }>();
    const un = catalog.datasets.find((d) => d.name === 'un_sc_sanctions');
    assert.match(un?.index_version ?? '', /-v2$/);
    assert.equal(un?.index_current, true);
  });

  it('reports the version it screens against while it has not switched yet', async () => {
    const engine = await t.app.screening.engine();
    const ready = (await t.server.inject('/readyz')).json<Ready>();
    assert.deepEqual(
      ready.lists.map((l) => l.version),
      engine.index.lists.map((l) => l.version),
    );
  });
});
