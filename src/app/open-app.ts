import { basename } from 'node:path';
import type { Config } from '../config/index.ts';
import type { Store } from '../store/index.ts';
import { createArticleReader } from './article-reader.ts';
import { createArticleService, type ArticleService } from './article-service.ts';
import type { SnapshotOptions } from './engine-snapshot.ts';
import type { MonitoringService } from './monitoring-service.ts';
import { createListsService, type ListsService } from '../lists/index.ts';
import { createAuditService, type AuditService } from './audit-service.ts';
import type { BatchService } from './batch-service.ts';
import { createKeysService, type KeysService } from './keys-service.ts';
import { lazyService } from './lazy-service.ts';
import type { QueueService } from './queue-service.ts';
import { openStore } from './open-store.ts';
import { openScreenThreads } from './screen-threads.ts';
import { createScreeningService, type ScreeningService } from './screening-service.ts';

/**
 * The composed application as the doors (CLI, server) see it: its settings and its services. It
 * has no store: whatever a door needs is a service's job (see WiredApp).
 */
export interface App {
  config: Readonly<Config>;
  /** Import, update, diff, status, export and history of lists. */
  lists: ListsService;
  /** The audit trail: verify, read, head. */
  audit: AuditService;
  /** Batch files: one run, or a server's registry of background jobs. */
  batch: BatchService;
  /** Where engine snapshots live, for processes and threads that load them on their own. */
  snapshots: SnapshotOptions;
  screening: ScreeningService;
  articles: ArticleService;
  /** Watched subjects, alerts and decisions (ongoing screening). */
  monitoring: MonitoringService;
  /** The API keys file: list, add, revoke, and the ring a server checks. */
  keys: KeysService;
  /**
   * The job queue on PostgreSQL (batch jobs, full re-screens, `sift worker`); undefined on
   * SQLite, where the same commands run in one process.
   */
  queue?: QueueService;
  close(): Promise<void>;
}

/**
 * The App with the store it was wired over, for tests that set a store up or look into it.
 * `openWiredApp` is not re-exported by `app/index.ts`, so the doors cannot reach the store.
 */
export interface WiredApp extends App {
  store: Store;
}

/** How the App is opened. */
export interface OpenAppOptions {
  /**
   * Read articles on a worker thread with a time limit (servers: a long article must not stall
   * other requests); a one-shot CLI command reads them in-process.
   */
  articleWorker?: boolean;
  /**
   * Screen single queries on this many threads sharing the engine snapshot (servers: matching
   * runs beside the event loop, on another core); 0 or absent screens them in-process.
   */
  screenThreads?: number;
  /**
   * Read the name tables a query can need as soon as an engine is in use (servers: otherwise the
   * first query in each script waits for its tables, and every request queued behind it).
   */
  warmScreening?: boolean;
  /**
   * Copy an SQLite store's WAL into its database file on a thread of its own (servers: the
   * automatic checkpoint inside a commit stalled the event loop for two syncs every second or so
   * under load).
   */
  checkpointOnThread?: boolean;
}

/**
 * Opens the store named by the config (SQLite, the embedded default) and, when the store holds no
 * list at all, imports the bundled UN list so a fresh install has data without the network.
 */
export function openApp(config: Readonly<Config>, options: OpenAppOptions = {}): Promise<App> {
  return openWiredApp(config, options);
}

/** `openApp`, with the store in the answer (for tests; see WiredApp). */
export async function openWiredApp(
  config: Readonly<Config>,
  options: OpenAppOptions = {},
): Promise<WiredApp> {
  const store = await openStore(
    config,
    options.checkpointOnThread === true
      ? { checkpointOnThread: { log: (message) => process.stderr.write(`${message}\n`) } }
      : {},
  );
  try {
    await ensureBundledList(store, config);
  } catch (error) {
    await store.close();
    throw error;
  }
  const snapshots: SnapshotOptions = {
    dir: config.snapshotDir,
    log: (message) => process.stderr.write(`${message}\n`),
  };
  const threads =
    (options.screenThreads ?? 0) > 0 && snapshots.dir !== undefined
      ? openScreenThreads(options.screenThreads ?? 0, snapshots.log)
      : undefined;
  const screening = createScreeningService(store, snapshots, {
    ...(threads === undefined ? {} : { threads }),
    warm: options.warmScreening === true,
  });
  const articles = createArticleService(
    screening,
    options.articleWorker === true
      ? createArticleReader(config.server.analyzeTimeoutMs, undefined, screening.index())
      : undefined,
    snapshots,
  );
  const lists = createListsService(store, {
    listUrls: config.listUrls,
    downloadTimeoutMs: config.downloadTimeoutMs,
    staleAfterMs: config.staleAfterMs,
    // An import through the service switches the engine itself: the new versions' engine is
    // loaded (and its snapshot written for other processes) before the import answers, while
    // requests already running finish on the old one.
    onChange: () => screening.refresh(),
  });
  // The job queue (PostgreSQL only), batch screening and monitoring are loaded when first used: a
  // one-shot `sift analyze` or `sift screen` never loads their modules (issue #12).
  const queue =
    config.databaseUrl === undefined
      ? undefined
      : (await import('./queue-service.ts')).createQueueService(
          config,
          store,
          snapshots,
          screening,
        );
  const batch = once(async () =>
    (await import('./batch-service.ts')).createBatchService(config, store, snapshots, queue),
  );
  return {
    config,
    store,
    lists,
    audit: createAuditService(store.audit),
    batch: {
      run: async (input, output, options) => (await batch()).run(input, output, options),
      createJobs: () => lazyService(async () => (await batch()).createJobs()),
    },
    snapshots,
    screening,
    articles,
    monitoring: lazyService(async () => {
      const [{ createMonitoringService }, { subjectPoolOpener }] = await Promise.all([
        import('./monitoring-service.ts'),
        import('./engine-source.ts'),
      ]);
      return createMonitoringService(store, screening, subjectPoolOpener(config, store, snapshots));
    }),
    keys: createKeysService(config.server.keysFile),
    ...(queue === undefined ? {} : { queue }),
    close: async () => {
      await queue?.close();
      await articles.close();
      await threads?.close();
      await store.close();
    },
  };
}

async function ensureBundledList(store: Store, config: Readonly<Config>): Promise<void> {
  const versions = await store.listVersions();
  if (versions.length > 0) return;
  // The list parsers (XML, CSV, country names) are loaded only here: a command on a store that
  // already holds lists does not pay for them at start (~50 modules).
  const { importListFile } = await import('../lists/index.ts');
  await importListFile(store, config.bundledListPath, {
    format: 'un-xml',
    fileName: `bundled:${basename(config.bundledListPath)}`,
  });
}

/** A function that makes its value on first call and then returns the same promise. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
