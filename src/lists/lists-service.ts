import { AppError, type ListName } from '../core/index.ts';
import type { Store, StoredVersion } from '../store/index.ts';
import { diffList, type ListDiffReport } from './diff-list.ts';
import { entityHistory, type EntityHistory } from './entity-history.ts';
import { importListFile, type ImportOptions, type ImportReport } from './import-list-file.ts';
import { listStaleness, type ListStaleness } from './list-staleness.ts';
import { listStatuses, type ListStatus } from './list-status.ts';
import { updateLists, type UpdateOutcome } from './update-lists.ts';

/** The list use cases over one store, as the doors reach them through App. */
export interface ListsService {
  /**
   * Imports a list file as a new version; when the active versions changed, the screening engine
   * is switched to them (and its snapshot written) before this returns.
   */
  import(file: string, options?: ImportOptions): Promise<ImportReport>;
  /** Downloads and imports the named lists, then switches the engine once if any was imported. */
  update(
    lists: readonly ListName[],
    guards?: Pick<ImportOptions, 'allowOlder' | 'allowShrink'>,
  ): Promise<UpdateOutcome[]>;
  /** What changed between two versions of a list (default: the active one and the one before). */
  diff(list: string, options?: { from?: number; to?: number }): Promise<ListDiffReport>;
  /** Each list with its active version, counts and staleness. */
  status(): Promise<ListStatus[]>;
  /** How old each list's newest version is, and which are stale (see listStaleness). */
  staleness(): Promise<ListStaleness[]>;
  /** The active version of each list. */
  active(): Promise<StoredVersion[]>;
  /** Every stored version of every list (read again when the active versions change). */
  versions(): Promise<StoredVersion[]>;
  /**
   * The active version of a list as FollowTheMoney JSON lines, each with `last_change` set to
   * the version's import time; `format` is checked first (only `ftm` exists).
   */
  export(list: string, format: string): Promise<{ count: number; lines: Iterable<string> }>;
  /** When each entity was first seen, last seen and last changed (memoised per set of versions). */
  history(): Promise<EntityHistory>;
}

/** What the lists service needs besides the store. */
export interface ListsServiceOptions {
  listUrls: Readonly<Record<string, string>>;
  downloadTimeoutMs: number;
  /** Age after which a list is reported stale; 0 never. */
  staleAfterMs?: number;
  /** Called after an import changed the active versions: switches the screening engine. */
  onChange: () => Promise<unknown>;
}

/** Creates the lists service over a store. */
export function createListsService(store: Store, options: ListsServiceOptions): ListsService {
  // Every version of every list, read again only when the active set changes: a version is never
  // edited once stored, and an import that adds one activates it (or reactivates an older one),
  // so the active set names the state of the table. GET /catalog asks on every call, and a store
  // updated daily holds thousands of versions.
  let cached: { key: string; versions: Promise<StoredVersion[]> } | undefined;
  const versions = async (): Promise<StoredVersion[]> => {
    const key = (await store.activeVersions()).map((v) => `${v.list}:${v.version}`).join(',');
    if (cached?.key !== key) {
      const read = store.listVersions();
      cached = { key, versions: read };
      read.catch(() => {
        if (cached?.versions === read) cached = undefined;
      });
    }
    return [...(await cached.versions)];
  };
  return {
    import: async (file, importOptions = {}) => {
      const report = await importListFile(store, file, importOptions);
      if (report.status !== 'unchanged') await options.onChange();
      return report;
    },
    update: async (lists, guards = {}) => {
      const outcomes = await updateLists(
        store,
        lists,
        options.listUrls,
        options.downloadTimeoutMs,
        guards,
      );
      if (outcomes.some((o) => o.report?.status === 'imported')) await options.onChange();
      return outcomes;
    },
    diff: (list, range = {}) => diffList(store, list, range),
    status: () => listStatuses(store, options.staleAfterMs ?? 0),
    staleness: async () => listStaleness(await versions(), options.staleAfterMs ?? 0),
    active: () => store.activeVersions(),
    versions,
    export: async (list, format) => {
      if (format !== 'ftm')
        throw new AppError('QUERY_INVALID', `Unknown export format "${format}"; use ftm.`);
      const active = (await store.activeVersions()).find((v) => v.list === list);
      if (active === undefined)
        throw new AppError('LIST_UNKNOWN', `No list "${list}" has been imported.`);
      const entities = await store.loadEntities(list, active.version);
      // Loaded on use: the ingest folder brings every list parser with it.
      const { toFtmEntity } = await import('../ingest/index.ts');
      const lines = function* (): Generator<string> {
        for (const entity of entities)
          yield `${JSON.stringify({ ...toFtmEntity(entity), last_change: active.importedAt })}\n`;
      };
      return { count: entities.length, lines: lines() };
    },
    history: () => entityHistory(store),
  };
}
