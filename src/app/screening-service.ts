import {
  AppError,
  type Hit,
  type ListEntity,
  type ListSource,
  type ListVersion,
  type NameQuery,
  type ScreenResult,
  type SourcedEntity,
} from '../core/index.ts';
import {
  ALGORITHM_VERSION,
  ENGINE_SETTINGS_HASH,
  explainPair,
  getEntity,
  screenName,
  warmScreening,
  type ScreeningIndex,
} from '../screening/index.ts';
import type { AuditEntry, Store } from '../store/index.ts';
import { createAnswerCache } from './answer-cache.ts';
import { createAuditQueue } from './audit-queue.ts';
import type { ScreenThreads } from './screen-threads.ts';
import {
  discardDamagedSnapshot,
  loadEngine,
  snapshotKey,
  type LoadedEngine,
  type SnapshotOptions,
} from './engine-snapshot.ts';

/** The engine's identity as the audit trail records it (see screening/engine.ts). */
export { ENGINE_SETTINGS_HASH };

/** Screening over the store's active list versions, with every answer written to the audit trail. */
export interface ScreeningService {
  /**
   * Screens one name and appends one audit record before answering; `subject`, the watched
   * subject the caller named, is set on the answer and recorded with the input.
   */
  screen(query: NameQuery, caller: string, kind?: string, subject?: string): Promise<ScreenResult>;
  /**
   * Screens one name like `screen` (no subject) and gives the answer as its JSON text, which a
   * screen thread makes where it screened: what a server sends, without copying the result. A
   * query asked again on the same engine is answered with the text kept for it (see AnswerCache),
   * and audited again like any other.
   */
  screenSerialized(query: NameQuery, caller: string, kind?: string): Promise<string>;
  /**
   * Scores a query against one chosen entity, even below the threshold ("why not?"), and appends
   * one audit record before answering: an explanation is a screening answer too.
   */
  explain(query: NameQuery, entityId: string, caller: string): Promise<Hit>;
  /**
   * Screens one name like `screen` and returns each hit's entity beside its score, all read from
   * the one index the screening used (GET /search lists entities, not hits).
   */
  screenEntities(
    query: NameQuery,
    caller: string,
    kind?: string,
  ): Promise<{ result: ScreenResult; hits: { entity: ListEntity; score: number }[] }>;
  /** One loaded entity by id. */
  entity(id: string): Promise<ListEntity | undefined>;
  /** The index of the active versions: loaded from its snapshot, or built, on first use. */
  index(): Promise<ScreeningIndex>;
  /** The index with how it was obtained (snapshot key, loaded or built, time taken). */
  engine(): Promise<LoadedEngine>;
  /** The engine in use now, without waiting; undefined until the first one is loaded. */
  current(): LoadedEngine | undefined;
  /** Whether single screenings on the engine in use now run on screen threads. */
  onThreads(): boolean;
  /** Drops the index so the next call rebuilds it (after an import). */
  invalidate(): void;
  /**
   * Loads and swaps in the engine of the store's active versions when they changed, whoever
   * changed them; true when it switched. In-flight requests finish on the old engine.
   */
  refresh(): Promise<boolean>;
  /**
   * Calls refresh every `intervalMs`, and whenever the store announces an activation (a server
   * following other processes' imports); the returned function stops it.
   */
  follow(intervalMs: number, onSwitch?: (lists: readonly ListVersion[]) => void): () => void;
}

/** Loads every active list version's entities, each with its source. */
export async function loadActiveEntities(store: Store): Promise<SourcedEntity[]> {
  return loadVersionEntities(store, await store.activeVersions());
}

/** Loads the entities of the named list versions, each with its source. */
export async function loadVersionEntities(
  store: Store,
  versions: readonly { list: string; version: number }[],
): Promise<SourcedEntity[]> {
  const sourced: SourcedEntity[] = [];
  for (const { list, version: number } of versions) {
    const source = await versionSource(store, list, number);
    for (const entity of await store.loadEntities(source.list, source.version))
      sourced.push({ entity, source });
  }
  return sourced;
}

/** The source every entity of one stored list version carries. */
export async function versionSource(
  store: Store,
  list: string,
  number: number,
): Promise<ListSource> {
  const version = await store.getVersion(list, number);
  if (version === undefined)
    throw new AppError('VERSION_UNKNOWN', `List ${list} has no version ${number}.`);
  return {
    list: version.list,
    version: version.version,
    sha256: version.sha256,
    importedAt: version.importedAt,
    format: version.format,
    fileName: version.fileName,
    ...(version.published === undefined ? {} : { published: version.published }),
  };
}

/** The audit entry for one screening answer. */
export function auditEntryFor(result: ScreenResult, caller: string, kind: string): AuditEntry {
  return {
    caller,
    kind,
    input:
      result.subject === undefined ? result.query : { ...result.query, subject: result.subject },
    lists: result.lists,
    engine: result.algorithm,
    settingsHash: ENGINE_SETTINGS_HASH,
    results: result.results.map((hit) => ({
      entityId: hit.entityId,
      score: hit.score,
      match: hit.match,
    })),
  };
}

/** Without a snapshot folder, the index is built in memory by each process. */
const IN_MEMORY: SnapshotOptions = {
  dir: undefined,
  log: (message) => process.stderr.write(`${message}\n`),
};

/** Work a server moves off its event loop (see openWiredApp); absent, all of it runs on the loop. */
export interface ScreeningOffload {
  /** Threads that screen single queries, on the engine of the snapshot in use here. */
  threads?: ScreenThreads;
  /**
   * Read the name tables a query can need as soon as an engine screens here (see warmScreening):
   * a server's first query in each script would wait for them. Screen threads always do.
   */
  warm?: boolean;
}

/** Creates the screening service over a store, its index kept as engine snapshots per `snapshots`. */
export function createScreeningService(
  store: Store,
  snapshots: SnapshotOptions = IN_MEMORY,
  offload: ScreeningOffload = {},
): ScreeningService {
  let building: Promise<LoadedEngine> | undefined;
  let current: LoadedEngine | undefined;
  const threads = offload.threads;
  const appendAudit = createAuditQueue(store.audit);
  const answers = createAnswerCache();
  const adopt = (loaded: LoadedEngine): void => {
    current = loaded;
    // Threads view the same snapshot file (an engine built in memory has none: it stays here).
    if (loaded.path !== undefined && threads !== undefined) threads.use(loaded.key, loaded.path);
    else if (offload.warm === true) void warmScreening(loaded.index, () => current === loaded);
  };
  const engine = (): Promise<LoadedEngine> => {
    if (building === undefined) {
      const loading = loadEngine(store, snapshots);
      // A failed load is not remembered: the next request tries again.
      loading.then(
        (loaded) => {
          if (building === loading) adopt(loaded);
        },
        () => {
          if (building === loading) building = undefined;
        },
      );
      building = loading;
    }
    return building;
  };
  const index = async (): Promise<ScreeningIndex> => (await engine()).index;
  /**
   * Runs `use` on the index; when it reaches a damaged entity record of the loaded snapshot (they
   * are checked as they are read), the snapshot is dropped and rebuilt and `use` runs again on the
   * new engine: no answer is made from damaged bytes.
   */
  const withIndex = async <T>(
    use: (index: ScreeningIndex) => T,
    engineInUse?: LoadedEngine,
  ): Promise<T> => {
    const loaded = engineInUse ?? (await engine());
    try {
      return use(loaded.index);
    } catch (error) {
      if (!discardDamagedSnapshot(loaded, error, snapshots.log)) throw error;
      if (building !== undefined && (await building.catch(() => undefined)) === loaded) {
        building = undefined;
        current = undefined;
      }
      return use((await engine()).index);
    }
  };
  let refreshing: Promise<boolean> | undefined;
  const switchIfChanged = async (): Promise<boolean> => {
    const versions = await store.activeVersions();
    const key = snapshotKey(versions);
    const now = building === undefined ? undefined : await building.catch(() => undefined);
    if (now?.key === key) return false;
    // The new engine is loaded beside the old one and swapped in by one assignment: requests
    // that already hold the old index finish on it, later ones get the new one.
    const next = await loadEngine(store, snapshots, versions);
    building = Promise.resolve(next);
    adopt(next);
    return true;
  };
  const refresh = (): Promise<boolean> => {
    refreshing ??= switchIfChanged().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };
  return {
    index,
    engine,
    current: () => current,
    onThreads: () => current !== undefined && threads?.holds(current.key) === true,
    refresh,
    follow: (intervalMs, onSwitch) => {
      const check = (): void => {
        refresh().then(
          async (switched) => {
            if (switched) onSwitch?.((await engine()).index.lists);
          },
          (error: unknown) => {
            snapshots.log(`sift: could not follow the store's list versions: ${String(error)}`);
          },
        );
      };
      const timer = setInterval(check, intervalMs);
      timer.unref();
      // Where the store announces activations (PostgreSQL NOTIFY), the server switches at once;
      // the poll stays, for SQLite and for a listening connection that dropped.
      let stopped = false;
      let unwatch: (() => Promise<void>) | undefined;
      store.watchVersions(check).then(
        (stop) => {
          if (stopped) void stop?.();
          else unwatch = stop;
        },
        (error: unknown) => {
          snapshots.log(`sift: polling the store for list versions: ${String(error)}`);
        },
      );
      return () => {
        stopped = true;
        clearInterval(timer);
        void unwatch?.();
      };
    },
    invalidate: () => {
      building = undefined;
      current = undefined;
    },
    screen: async (query, caller, kind = 'screen', subject) => {
      // A query runs on a thread holding the engine in use when it arrived; the engine is loaded
      // here too, and answers whatever no thread can (none holds it yet, or a thread failed).
      const loaded = await engine();
      const screened =
        (await threads?.screen(loaded.key, query)) ??
        (await withIndex((index) => screenName(index, query), loaded));
      const result = subject === undefined ? screened : { ...screened, subject };
      await appendAudit(auditEntryFor(result, caller, kind));
      return result;
    },
    screenSerialized: async (query, caller, kind = 'screen') => {
      const loaded = await engine();
      const cached = answers.get(loaded.key, query);
      if (cached !== undefined) {
        await appendAudit({ ...cached.audit, caller, kind });
        return cached.json;
      }
      const onThread = await threads?.screenSerialized(loaded.key, query, caller, kind);
      let json: string;
      let entry: AuditEntry;
      if (onThread === undefined) {
        const result = await withIndex((index) => screenName(index, query), loaded);
        json = JSON.stringify(result);
        entry = auditEntryFor(result, caller, kind);
      } else {
        json = onThread.json;
        entry = JSON.parse(onThread.auditJson) as AuditEntry;
      }
      const { caller: _caller, kind: _kind, ...audit } = entry;
      answers.set(loaded.key, query, { json, audit });
      await appendAudit(entry);
      return json;
    },
    screenEntities: async (query, caller, kind = 'screen') => {
      const built = await index();
      const result = screenName(built, query);
      await appendAudit(auditEntryFor(result, caller, kind));
      const hits = result.results.flatMap((hit) => {
        const entity = getEntity(built, hit.entityId);
        return entity === undefined ? [] : [{ entity, score: hit.score }];
      });
      return { result, hits };
    },
    explain: async (query, entityId, caller) => {
      const [built, hit] = await withIndex(
        (index) => [index, explainPair(index, query, entityId)] as const,
      );
      await appendAudit({
        caller,
        kind: 'explain',
        input: { ...query, entityId },
        lists: built.lists
          .filter((l) => l.list === hit.list)
          .map((l) => ({ list: l.list, version: l.version, published: l.published })),
        engine: ALGORITHM_VERSION,
        settingsHash: ENGINE_SETTINGS_HASH,
        results: [{ entityId: hit.entityId, score: hit.score, match: hit.match }],
      });
      return hit;
    },
    entity: (id) => withIndex((index) => getEntity(index, id)),
  };
}
