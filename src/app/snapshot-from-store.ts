import type { EarlierReadings } from '../candidates/index.ts';
import { ScreeningSnapshotBuilder } from '../screening/index.ts';
import type { Store, StoredVersion } from '../store/index.ts';
import { versionSource } from './screening-service.ts';

/** Entities read from the store at a time while a snapshot is written. */
const PAGE_ENTITIES = 1000;

/**
 * Writes the engine snapshot of these list versions to `path`, reading the store a page of
 * entities at a time (see ScreeningSnapshotBuilder): the file is the one the index built from all
 * of them would give, and the build never holds them all. `earlier` as for buildCandidateIndex;
 * `pageEntities` is the page size.
 */
export async function writeSnapshotFromStore(
  store: Store,
  versions: readonly Pick<StoredVersion, 'list' | 'version'>[],
  key: string,
  path: string,
  earlier?: EarlierReadings,
  pageEntities = PAGE_ENTITIES,
): Promise<void> {
  const builder = new ScreeningSnapshotBuilder(`${path}.spool`, earlier);
  try {
    for (const { list, version } of versions) {
      const source = await versionSource(store, list, version);
      for (let after = ''; ;) {
        const page = await store.loadEntityPage(list, version, after, pageEntities);
        for (const entity of page) builder.add(entity, source);
        if (page.length < pageEntities) break;
        after = page[page.length - 1]!.id;
      }
    }
    builder.finishTo(path, key);
  } finally {
    builder.dispose();
  }
}
