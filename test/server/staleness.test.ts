import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { CatalogAnswer, ListsAnswer, ReadyAnswer } from '../../src/server/api-types.ts';
import { runSift } from '../support/run-sift.ts';
import { useTempStore } from '../support/temp-store.ts';
import { startTestServer, type TestServer } from './server-setup.ts';

describe('Stale lists are reported, not refused', () => {
  let t: TestServer;
  before(async () => {
    // An age of one second: the template's UN version, imported before, is then stale.
    t = await startTestServer({ SIFT_STALE_AFTER: '1s' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
  });
  after(() => t.close());

  it('keeps /readyz at 200 with a warning naming the stale list', async () => {
    const res = await t.server.inject({ url: '/readyz' });
    assert.equal(res.statusCode, 200);
    const body = res.json() as ReadyAnswer;
    assert.equal(body.lists.find((l) => l.list === 'un')?.stale, true);
    assert.equal(body.warnings?.length, 1);
    assert.match(
      body.warnings[0] ?? '',
      /^un: the newest version was imported .* ago, over the 1 seconds limit/,
    );
  });

  it('marks the list stale in /catalog and /lists', async () => {
    const catalog = (await t.server.inject({ url: '/catalog' })).json() as CatalogAnswer;
    const un = catalog.datasets.find((d) => d.list === 'un');
    assert.equal(un?.stale, true);
    assert.match(un.stale_warning ?? '', /sift lists update un/);
    assert.equal(catalog.datasets.find((d) => d.name === 'sanctions')?.stale, undefined);
    const lists = (await t.server.inject({ url: '/lists' })).json() as ListsAnswer;
    assert.equal(lists.lists.find((l) => l.list === 'un')?.stale, true);
  });
});

describe('sift lists status and staleness', () => {
  const store = useTempStore('sift-stale-cli-');

  it('prints a STALE line past the age, and none within it', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const stale = await runSift(['lists', 'status'], { ...store.env, SIFT_STALE_AFTER: '1s' });
    assert.equal(stale.code, 0, stale.stderr);
    assert.match(stale.stdout, /STALE un: the newest version was imported/);
    const json = await runSift(['lists', 'status', '--json'], {
      ...store.env,
      SIFT_STALE_AFTER: '1s',
    });
    const [un] = (JSON.parse(json.stdout) as ListsAnswer).lists;
    assert.equal(un?.stale, true);
    assert.match(un.staleWarning ?? '', /^un: /);
    const fresh = await runSift(['lists', 'status', '--json'], store.env);
    assert.equal((JSON.parse(fresh.stdout) as ListsAnswer).lists[0]?.stale, false);
    const plain = await runSift(['lists', 'status'], store.env);
    assert.doesNotMatch(plain.stdout, /STALE/);
  });
});
