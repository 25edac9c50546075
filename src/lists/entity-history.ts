import type { Store } from '../store/index.ts';

/** When one entity was first and last seen in its list's versions, and when it last changed. */
export interface EntityDates {
  /** Import time of the first version that held the entity (ISO). */
  firstSeen: string;
  /** Import time of the latest version that held it (ISO). */
  lastSeen: string;
  /** Import time of the version since which its record is unchanged (ISO). */
  lastChange: string;
  /** The list versions that held it, oldest first. */
  versions: number[];
}

/** Dates of every entity the store ever held, by entity id. */
export type EntityHistory = ReadonlyMap<string, EntityDates>;

const cached = new WeakMap<Store, { key: string; history: Promise<EntityHistory> }>();

/**
 * Walks every stored version of every list, oldest first, and dates each entity from it: first
 * seen, last seen, and the version since which its record has stayed the same. Memoised per store
 * until a version is added or activated; one version's entities are in memory at a time.
 */
export async function entityHistory(store: Store): Promise<EntityHistory> {
  const versions = await store.listVersions();
  const key = versions.map((v) => `${v.list}:${v.version}:${v.active ? 1 : 0}`).join(',');
  const memo = cached.get(store);
  if (memo?.key === key) return memo.history;
  const history = buildHistory(store, versions);
  cached.set(store, { key, history });
  history.catch(() => cached.delete(store));
  return history;
}

async function buildHistory(
  store: Store,
  versions: readonly { list: string; version: number; importedAt: string }[],
): Promise<EntityHistory> {
  const dates = new Map<string, EntityDates>();
  const ordered = [...versions].sort(
    (a, b) => a.list.localeCompare(b.list) || a.version - b.version,
  );
  let previous: { list: string; version: number } | undefined;
  for (const version of ordered) {
    const before = previous?.list === version.list ? previous.version : undefined;
    previous = version;
    // A server reads the history beside its requests: let them in between versions.
    await new Promise<void>((resolve) => setImmediate(resolve));
    // The store compares each record with the previous version's: only ids and a flag come back.
    for (const { id, changed } of await store.entityChanges(
      version.list,
      version.version,
      before,
    )) {
      const seen = dates.get(id);
      if (seen === undefined) {
        dates.set(id, {
          firstSeen: version.importedAt,
          lastSeen: version.importedAt,
          lastChange: version.importedAt,
          versions: [version.version],
        });
      } else {
        seen.lastSeen = version.importedAt;
        // A record that changed, or came back after being taken off the list, changed here.
        const continuous = seen.versions.at(-1) === before;
        if (!continuous || changed) seen.lastChange = version.importedAt;
        seen.versions.push(version.version);
      }
    }
  }
  return dates;
}
