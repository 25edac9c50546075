import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { importListFile } from '../../src/app/index.ts';
import { openStore } from '../../src/app/open-store.ts';
import { openScreenThreads, type ScreenThreads } from '../../src/app/screen-threads.ts';
import {
  auditEntryFor,
  createScreeningService,
  type ScreeningService,
} from '../../src/app/screening-service.ts';
import { loadConfig, type Config } from '../../src/config/index.ts';
import { screenName } from '../../src/screening/index.ts';
import type { Store } from '../../src/store/index.ts';
import { copyStoreTemplate } from '../support/store-template.ts';

// A server screens single names on threads viewing the engine snapshot in shared memory and
// commits their audit records on its event loop: the answers must be those of the engine
// in-process, each record durable before its answer, and a version swap must reach the threads.

const NAMES = [
  'Sirajuddin Haqqani',
  'Sarajudin Haqqani',
  'Ayman al-Zawahiri',
  'John Smith',
  'Haqqani Network',
  'Mohammad Yaqoob Mujahid',
  'Anna Kowalska',
];

async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !done(); i++) await sleep(50);
  assert.ok(done(), what);
}

describe('screening on threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sift-screen-threads-'));
  let config: Config;
  let store: Store;
  let threads: ScreenThreads;
  let service: ScreeningService;
  const logged: string[] = [];
  before(async () => {
    await copyStoreTemplate(dir);
    config = loadConfig({ db: join(dir, 'sift.db') }, { SIFT_KEYS_FILE: join(dir, 'keys.json') });
    store = await openStore(config);
    const log = (message: string): void => {
      logged.push(message);
    };
    threads = openScreenThreads(1, log);
    service = createScreeningService(store, { dir: config.snapshotDir, log }, { threads });
  });
  after(async () => {
    await threads.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers from a thread exactly as the engine in-process, each record committed first', async () => {
    const engine = await service.engine();
    await until(() => threads.holds(engine.key), 'a thread holds the engine in use');
    const before = (await store.audit.range({})).length;
    for (const [i, name] of NAMES.entries()) {
      const answer = await service.screen({ name }, 'tester');
      assert.equal(JSON.stringify(answer), JSON.stringify(screenName(engine.index, { name })));
      // Committed before the answer.
      const records = await store.audit.range({ caller: 'tester' });
      assert.equal(records.length, i + 1);
      assert.equal((records.at(-1)?.input as { name?: string } | undefined)?.name, name);
    }
    assert.equal((await store.audit.range({})).length, before + NAMES.length);
    assert.equal((await store.audit.verify()).ok, true);
    assert.deepEqual(logged, []);
  });

  it('records a screening answered as text from a thread as it records one in-process', async () => {
    const engine = await service.engine();
    await until(() => threads.holds(engine.key), 'a thread holds the engine in use');
    const query = { name: 'Sarajudin Haqqani', birthDate: '1973', country: 'AF' };
    const json = await service.screenSerialized(query, 'text-caller', 'screen');
    const inProcess = screenName(engine.index, query);
    assert.equal(json, JSON.stringify(inProcess));
    const [record] = await store.audit.range({ caller: 'text-caller' });
    assert.ok(record !== undefined);
    const expected = auditEntryFor(inProcess, 'text-caller', 'screen');
    assert.deepEqual(
      Object.fromEntries(Object.keys(expected).map((k) => [k, record[k as keyof typeof record]])),
      expected,
    );
    assert.equal((await store.audit.verify()).ok, true);
  });

  it('answers a query asked again on the same engine without screening it again, and audits each', async () => {
    const engine = await service.engine();
    await until(() => threads.holds(engine.key), 'a thread holds the engine in use');
    let screened = 0;
    const counting: ScreenThreads = {
      ...threads,
      screenSerialized: (...args) => {
        screened++;
        return threads.screenSerialized(...args);
      },
    };
    const counted = createScreeningService(
      store,
      { dir: config.snapshotDir, log: () => undefined },
      { threads: counting },
    );
    const query = { name: 'Mohammad Yaqoob Mujahid', country: 'AF' };
    const expected = JSON.stringify(screenName(engine.index, query));
    assert.equal(await counted.screenSerialized(query, 'first-caller', 'screen'), expected);
    assert.equal(await counted.screenSerialized(query, 'again-caller', 'screen'), expected);
    assert.equal(screened, 1);
    const [first] = await store.audit.range({ caller: 'first-caller' });
    const [again] = await store.audit.range({ caller: 'again-caller' });
    assert.ok(first !== undefined && again !== undefined);
    assert.equal(again.seq, first.seq + 1);
    assert.equal(again.kind, 'screen');
    for (const key of ['input', 'lists', 'engine', 'settingsHash', 'results'] as const)
      assert.deepEqual(again[key], first[key]);
    // Another query is screened.
    await counted.screenSerialized({ name: 'Anna Kowalska' }, 'again-caller', 'screen');
    assert.equal(screened, 2);
    assert.equal((await store.audit.verify()).ok, true);
  });

  it('answers queries the threads refuse in-process, with the same error', async () => {
    await assert.rejects(service.screen({ name: '' }, 'tester'), { code: 'QUERY_INVALID' });
  });

  it('finishes a query in flight on the old engine and moves the threads to the new one', async () => {
    const old = await service.engine();
    const xml = gunzipSync(readFileSync(config.bundledListPath))
      .toString('utf8')
      .replace('</CONSOLIDATED_LIST>', '<!-- v2 --></CONSOLIDATED_LIST>');
    writeFileSync(join(dir, 'un-v2.xml'), xml);
    await importListFile(store, join(dir, 'un-v2.xml'), { format: 'un-xml' });
    const inFlight = service.screen({ name: NAMES[0]! }, 'tester');
    assert.equal(await service.refresh(), true);
    assert.deepEqual(
      (await inFlight).lists.map((l) => l.version),
      old.index.lists.map((l) => l.version),
    );
    const next = await service.engine();
    assert.notEqual(next.key, old.key);
    await until(() => threads.holds(next.key), 'a thread holds the new engine');
    await until(() => !threads.holds(old.key), 'the threads dropped the old engine');
    const answer = await service.screen({ name: NAMES[0]! }, 'tester');
    assert.deepEqual(
      answer.lists.map((l) => [l.list, l.version]),
      [['un', 2]],
    );
    assert.equal(
      JSON.stringify(answer),
      JSON.stringify(screenName(next.index, { name: NAMES[0]! })),
    );
    assert.equal((await store.audit.verify()).ok, true);
  });
});
