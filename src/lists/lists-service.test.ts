import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isAppError, type ErrorCode } from '../core/index.ts';
import { SqliteStore } from '../store/index.ts';
import { createListsService, type ListsService } from './lists-service.ts';

const SAMPLE = new URL('../../test/fixtures/ftm/sample.ftm.json', import.meta.url);
const FTM = { list: 'testlist', format: 'ftm-json' } as const;
const failsWith =
  (code: ErrorCode) =>
  (error: unknown): boolean =>
    isAppError(error) && error.code === code;

// One service over one in-memory store, taken through a list's life: a first import, the same
// file again, a second version with one person changed and one added, and a shrunken file.
describe('the lists service', () => {
  let dir: string;
  let store: SqliteStore;
  let lists: ListsService;
  let changes = 0;
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const sample = readFileSync(SAMPLE, 'utf8');
  const second = `${sample.replace('"Synthetic test person."', '"Synthetic test person, amended."')}{"id":"vessel-2","schema":"Vessel","properties":{"name":["SECOND TEST SHIP"],"imoNumber":["9999998"]},"datasets":["test"]}\n`;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sift-lists-service-'));
    store = SqliteStore.open(':memory:');
    lists = createListsService(store, {
      listUrls: {},
      downloadTimeoutMs: 1000,
      onChange: () => {
        changes += 1;
        return Promise.resolve();
      },
    });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a first version, says what it skipped, and switches the engine', async () => {
    const report = await lists.import(SAMPLE.pathname, FTM);
    assert.equal(report.status, 'imported');
    assert.equal(report.version.version, 1);
    assert.ok(report.issues.length > 0, 'the sample has a line that is not JSON');
    assert.equal(changes, 1);
    const [status] = await lists.status();
    assert.equal(status?.list, 'testlist');
    assert.equal(status?.version, 1);
    assert.equal(status?.versions, 1);
    assert.equal(status?.entityCount, report.version.entityCount);
    assert.deepEqual(
      (await lists.active()).map((v) => [v.list, v.version]),
      [['testlist', 1]],
    );
  });

  it('leaves the engine alone when the same file comes again', async () => {
    const report = await lists.import(SAMPLE.pathname, FTM);
    assert.equal(report.status, 'unchanged');
    assert.equal(changes, 1);
    assert.equal((await lists.versions()).length, 1);
  });

  it('keeps every version and diffs the active one with the one before', async () => {
    const report = await lists.import(file('v2.ftm.json', second), FTM);
    assert.equal(report.status, 'imported');
    assert.equal(changes, 2);
    assert.deepEqual(
      (await lists.versions()).map((v) => [v.version, v.active]),
      [
        [1, false],
        [2, true],
      ],
    );
    const [status] = await lists.status();
    assert.equal(status?.version, 2);
    assert.equal(status?.versions, 2);
    const { from, to, diff } = await lists.diff('testlist');
    assert.deepEqual([from.version, to.version], [1, 2]);
    assert.deepEqual(
      diff.added.map((e) => e.id),
      ['testlist:vessel-2'],
    );
    assert.deepEqual(diff.removed, []);
    assert.deepEqual(
      diff.changed.map((c) => c.id),
      ['testlist:person-1'],
    );
    const back = await lists.diff('testlist', { from: 2, to: 1 });
    assert.deepEqual(
      back.diff.removed.map((e) => e.id),
      ['testlist:vessel-2'],
    );
  });

  it('reads the versions again only when the active versions change', async () => {
    const read = store.listVersions.bind(store);
    let reads = 0;
    store.listVersions = (list) => {
      reads += 1;
      return read(list);
    };
    try {
      const first = await lists.versions();
      assert.deepEqual(await lists.versions(), first);
      await lists.staleness();
      assert.equal(reads, 0, 'the versions read after the last import are kept');
      const third = `${second}{"id":"vessel-3","schema":"Vessel","properties":{"name":["THIRD TEST SHIP"]},"datasets":["test"]}\n`;
      await lists.import(file('v2b.ftm.json', third), FTM);
      assert.deepEqual(
        (await lists.versions()).map((v) => [v.version, v.active]),
        [
          [1, false],
          [2, false],
          [3, true],
        ],
      );
      assert.equal(reads, 1);
    } finally {
      store.listVersions = read;
    }
  });

  it('refuses a file that drops most of the list, and keeps the active version', async () => {
    const shrunk = file('v3.ftm.json', `${sample.split('\n')[3] ?? ''}\n`);
    await assert.rejects(lists.import(shrunk, FTM), failsWith('IMPORT_REFUSED'));
    assert.equal(changes, 3);
    assert.equal((await lists.status())[0]?.version, 3);
  });

  it('names an unknown list or version instead of diffing nothing', async () => {
    await assert.rejects(lists.diff('nolist'), failsWith('LIST_UNKNOWN'));
    await assert.rejects(lists.diff('testlist', { from: 9 }), failsWith('VERSION_UNKNOWN'));
  });
});
