import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { newEntity, type ListEntity } from '../core/index.ts';
import { SqliteStore, type Store } from '../store/index.ts';
import { entityHistory } from './entity-history.ts';

function person(reference: string, caption: string): ListEntity {
  const entity = newEntity('un', reference, 'Person', caption);
  entity.names.push({ full: caption, kind: 'primary' });
  return entity;
}

async function importVersion(store: Store, sha: string, entities: ListEntity[]): Promise<string> {
  // Import times are dated to the millisecond: keep the versions apart so the dates differ.
  await sleep(5);
  const session = await store.beginImport({
    list: 'un',
    sha256: sha,
    format: 'un-xml',
    fileName: `${sha}.xml`,
  });
  for (const entity of entities) session.add(entity);
  const version = await session.commit({
    recordCount: entities.length,
    skippedCount: 0,
    issues: [],
  });
  return version.importedAt;
}

describe('entityHistory', () => {
  it('dates first seen, last seen and last change across versions, a gap counting as a change', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      const v1 = await importVersion(store, 'aaa', [
        person('XXi.001', 'ANA ONE'),
        person('XXi.002', 'BEN TWO'),
        person('XXi.003', 'CY THREE'),
      ]);
      const v2 = await importVersion(store, 'bbb', [
        person('XXi.001', 'ANA ONE-RENAMED'),
        person('XXi.003', 'CY THREE'),
      ]);
      const v3 = await importVersion(store, 'ccc', [
        person('XXi.001', 'ANA ONE-RENAMED'),
        person('XXi.002', 'BEN TWO'),
        person('XXi.003', 'CY THREE'),
      ]);
      assert.equal(new Set([v1, v2, v3]).size, 3);
      const history = await entityHistory(store);
      assert.deepEqual(history.get('un:XXi.001'), {
        firstSeen: v1,
        lastSeen: v3,
        lastChange: v2,
        versions: [1, 2, 3],
      });
      // Off the list in version 2 and back unchanged in 3: it changed in 3.
      assert.deepEqual(history.get('un:XXi.002'), {
        firstSeen: v1,
        lastSeen: v3,
        lastChange: v3,
        versions: [1, 3],
      });
      assert.deepEqual(history.get('un:XXi.003'), {
        firstSeen: v1,
        lastSeen: v3,
        lastChange: v1,
        versions: [1, 2, 3],
      });
    } finally {
      await store.close();
    }
  });
});
