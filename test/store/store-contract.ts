import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { newEntity, type ListEntity } from '../../src/core/index.ts';
import type { Store } from '../../src/store/index.ts';
import { runMonitoringContract } from './monitoring-contract.ts';

function person(reference: string, caption: string): ListEntity {
  const entity = newEntity('un', reference, 'Person', caption);
  entity.names.push({ full: caption, kind: 'primary' });
  return entity;
}

async function importVersion(store: Store, sha: string, entities: ListEntity[]): Promise<void> {
  const session = await store.beginImport({
    list: 'un',
    sha256: sha,
    format: 'un-xml',
    fileName: `${sha}.xml`,
  });
  for (const entity of entities) session.add(entity);
  await session.commit({
    published: '2026-01-01',
    recordCount: entities.length,
    skippedCount: 0,
    issues: [],
  });
}

/** The behaviour every Store backend must share; each backend's test file calls this. */
export function runStoreContract(backend: string, openStore: () => Promise<Store>): void {
  describe(`Store contract (${backend})`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('makes an imported version active with its counts', async () => {
      await importVersion(store, 'aaa', [
        person('XXi.001', 'ANA ONE'),
        person('XXi.002', 'BEN TWO'),
      ]);
      const [active] = await store.activeVersions();
      assert.ok(active);
      assert.equal(active.version, 1);
      assert.equal(active.entityCount, 2);
      assert.deepEqual(active.countsBySchema, { Person: 2 });
      assert.equal(active.published, '2026-01-01');
      assert.equal((await store.loadEntities('un', 1)).length, 2);
    });

    it('numbers versions and keeps every earlier one', async () => {
      await importVersion(store, 'aaa', [person('XXi.001', 'ANA ONE')]);
      await importVersion(store, 'bbb', [
        person('XXi.001', 'ANA ONE'),
        person('XXi.003', 'CY THREE'),
      ]);
      const versions = await store.listVersions('un');
      assert.deepEqual(
        versions.map((v) => [v.version, v.active]),
        [
          [1, false],
          [2, true],
        ],
      );
      assert.equal((await store.loadEntities('un', 1)).length, 1);
      assert.equal((await store.findVersionBySha('un', 'aaa'))?.version, 1);
    });

    it('marks the entities whose record changed since an earlier version, in id order', async () => {
      await importVersion(store, 'aaa', [
        person('XXi.001', 'ANA ONE'),
        person('XXi.002', 'BEN TWO'),
      ]);
      await importVersion(store, 'bbb', [
        person('XXi.003', 'CY THREE'),
        person('XXi.002', 'BEN TWO'),
        person('XXi.001', 'ANA ONE-RENAMED'),
      ]);
      assert.deepEqual(await store.entityChanges('un', 1), [
        { id: 'un:XXi.001', changed: true },
        { id: 'un:XXi.002', changed: true },
      ]);
      assert.deepEqual(await store.entityChanges('un', 2, 1), [
        { id: 'un:XXi.001', changed: true },
        { id: 'un:XXi.002', changed: false },
        { id: 'un:XXi.003', changed: true },
      ]);
    });

    it('reads a version a page at a time, in id order, as loadEntities does', async () => {
      await importVersion(store, 'aaa', [
        person('XXi.003', 'CY THREE'),
        person('XXi.001', 'ANA ONE'),
        person('XXi.002', 'BEN TWO'),
      ]);
      await importVersion(store, 'bbb', [person('XXi.004', 'DI FOUR')]);
      const first = await store.loadEntityPage('un', 1, '', 2);
      assert.deepEqual(
        first.map((e) => e.id),
        ['un:XXi.001', 'un:XXi.002'],
      );
      const rest = await store.loadEntityPage('un', 1, first.at(-1)!.id, 2);
      assert.deepEqual(
        rest.map((e) => e.id),
        ['un:XXi.003'],
      );
      assert.deepEqual([...first, ...rest], await store.loadEntities('un', 1));
      assert.deepEqual(await store.loadEntityPage('un', 1, 'un:XXi.003', 2), []);
    });

    it('leaves the previous version active and untouched when an import is aborted', async () => {
      await importVersion(store, 'aaa', [person('XXi.001', 'ANA ONE')]);
      const session = await store.beginImport({
        list: 'un',
        sha256: 'bad',
        format: 'un-xml',
        fileName: 'bad.xml',
      });
      session.add(person('XXi.009', 'HALF WRITTEN'));
      await session.abort();
      const versions = await store.listVersions('un');
      assert.equal(versions.length, 1);
      assert.equal(versions[0]?.active, true);
      assert.equal(await store.findVersionBySha('un', 'bad'), undefined);
      assert.deepEqual(
        (await store.loadEntities('un', 1)).map((e) => e.id),
        ['un:XXi.001'],
      );
    });

    it('makes an older version active again on request', async () => {
      await importVersion(store, 'aaa', [person('XXi.001', 'ANA ONE')]);
      await importVersion(store, 'bbb', [person('XXi.002', 'BEN TWO')]);
      const again = await store.activateVersion('un', 1);
      assert.equal(again.active, true);
      assert.deepEqual(
        (await store.activeVersions()).map((v) => v.version),
        [1],
      );
      await assert.rejects(store.activateVersion('un', 7), { code: 'VERSION_UNKNOWN' });
    });

    it('appends audit records in a hash chain that verifies', async () => {
      const entry = {
        caller: 'cli',
        kind: 'screen',
        input: { name: 'ana one' },
        lists: [{ list: 'un', version: 1, published: '2026-01-01' }],
        engine: 'test-1',
        settingsHash: 'abc',
        results: [{ entityId: 'un:XXi.001', score: 0.93, match: true }],
      };
      const first = await store.audit.append([entry]);
      const more = await store.audit.append([entry, { ...entry, caller: 'key-1' }]);
      assert.deepEqual(
        [...first, ...more].map((r) => r.seq),
        [1, 2, 3],
      );
      assert.equal(more[0]?.prevHash, first[0]?.hash);
      assert.deepEqual(await store.audit.verify(), {
        ok: true,
        records: 3,
        keyed: 0,
        checkpoints: 0,
        head: { count: 3, hash: more[1]!.hash },
      });
      const all = await store.audit.range({});
      assert.deepEqual(all[2]?.results, entry.results);
      assert.equal(all[2]?.caller, 'key-1');
    });

    it('refuses the same entity id twice in one import', async () => {
      const session = await store.beginImport({
        list: 'un',
        sha256: 'dup',
        format: 'un-xml',
        fileName: 'dup.xml',
      });
      session.add(person('XXi.001', 'ANA ONE'));
      assert.throws(() => session.add(person('XXi.001', 'ANA AGAIN')), {
        code: 'INGEST_PARSE_FAILED',
      });
      await session.abort();
      assert.deepEqual(await store.listVersions(), []);
    });
  });
  runMonitoringContract(backend, openStore);
}
