import type { AuditLog } from './audit-log.ts';
import type { MonitoringStore } from './monitoring-store.ts';
import type { ListEntity, ListFormat, ListName, ParseIssue, Schema } from '../core/index.ts';

/** One imported version of one list, as the store keeps it. */
export interface StoredVersion {
  list: ListName;
  /** 1 for the first import of the list, then 2, 3 … */
  version: number;
  sha256: string;
  /** Publication date read from the file, YYYY-MM-DD. */
  published?: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  format: ListFormat;
  fileName: string;
  entityCount: number;
  countsBySchema: Partial<Record<Schema, number>>;
  /** Records the parser saw and skipped. */
  recordCount: number;
  skippedCount: number;
  issues: ParseIssue[];
  active: boolean;
}

/** One entity of a version, and whether its record differs from an earlier version's. */
export interface RecordChange {
  id: string;
  changed: boolean;
}

/** What the importer knows before it reads the file. */
export interface ImportStart {
  list: ListName;
  sha256: string;
  format: ListFormat;
  fileName: string;
}

/** What the importer knows once the file is read. */
export interface ImportFinish {
  published?: string;
  recordCount: number;
  skippedCount: number;
  issues: ParseIssue[];
}

/**
 * An import in progress: entities are added as the parser streams them, and nothing is visible
 * until `commit`. `abort` leaves the store exactly as it was.
 */
export interface ImportSession {
  add(entity: ListEntity): void;
  commit(finish: ImportFinish): Promise<StoredVersion>;
  abort(): Promise<void>;
}

/** The store of list versions. Every backend runs the same contract tests. */
export interface Store {
  /** The append-only, hash-chained audit trail kept in the same store. */
  readonly audit: AuditLog;
  /** Watched subjects, their alerts and the decisions on them (ongoing screening). */
  readonly monitoring: MonitoringStore;
  /** The version of `list` whose file had these bytes, if one was imported before. */
  findVersionBySha(list: ListName, sha256: string): Promise<StoredVersion | undefined>;
  /** Starts an atomic import of a new version of a list. */
  beginImport(start: ImportStart): Promise<ImportSession>;
  /** Makes an existing version the active one (the official file went back to earlier bytes). */
  activateVersion(list: ListName, version: number): Promise<StoredVersion>;
  /** Every version of every list (or of one list), oldest first. */
  listVersions(list?: ListName): Promise<StoredVersion[]>;
  /** The active version of each list. */
  activeVersions(): Promise<StoredVersion[]>;
  /** One version of a list, or undefined. */
  getVersion(list: ListName, version: number): Promise<StoredVersion | undefined>;
  /** All entities of one version, in id order. */
  loadEntities(list: ListName, version: number): Promise<ListEntity[]>;
  /**
   * Up to `limit` entities of one version whose ids come after `afterId` (all when ''), in id
   * order: a large list read a page at a time (an engine snapshot build in bounded memory).
   */
  loadEntityPage(
    list: ListName,
    version: number,
    afterId: string,
    limit: number,
  ): Promise<ListEntity[]>;
  /**
   * The entity ids of one version, in id order, each marked `changed` when its stored record
   * differs from the same id's record in version `previous` of the list, or is absent from it.
   */
  entityChanges(list: ListName, version: number, previous?: number): Promise<RecordChange[]>;
  /**
   * Calls `onChange` soon after any process activates a list version, when the backend can say so
   * itself (PostgreSQL: LISTEN/NOTIFY). Resolves with a function that stops listening, or with
   * undefined when the backend cannot (SQLite), so that the caller polls `activeVersions`.
   */
  watchVersions(onChange: () => void): Promise<(() => Promise<void>) | undefined>;
  /** Releases the backend's resources. */
  close(): Promise<void>;
}
