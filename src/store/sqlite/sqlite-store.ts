import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError, type ListEntity, type ListName } from '../../core/index.ts';
import type { RecordChange, ImportSession, ImportStart, StoredVersion, Store } from '../store.ts';
import { AuditAnchor, type AuditAnchorOptions } from '../audit-anchor.ts';
import { SqliteAuditLog } from './sqlite-audit-log.ts';
import { SqliteImportSession } from './sqlite-import-session.ts';
import { SqliteMonitoringStore } from './sqlite-monitoring-store.ts';
import { SQLITE_MIGRATIONS } from './sqlite-schema.ts';
import { startWalCheckpointThread, type WalCheckpointThread } from './wal-checkpoint-thread.ts';
import { toVersion as toStoredVersion, VERSION_SELECT, type VersionRow } from '../version-row.ts';

/** A version row as better-sqlite3 returns it: JSON columns as text, booleans as 0/1. */
type SqliteVersionRow = Omit<VersionRow, 'counts_json' | 'issues_json' | 'active'> & {
  counts_json: string;
  issues_json: string;
  active: number;
};

/**
 * The store connection's page cache, as PRAGMA cache_size (negative: KiB): SQLite's own default of
 * 2 MB rather than the 16 MB better-sqlite3 builds with. What the store reads is point lookups and
 * sequential scans (a snapshot build pages through every entity), which a larger cache does not
 * speed; filled by an import and the build after it, the 16 MB were ~20 MB of the peak of the
 * 191 MiB synthetic import (issue #12, decision 020).
 */
export const STORE_CACHE_SIZE = -2000;

/** The embedded SQLite store (better-sqlite3, WAL mode): one file, no set-up. */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private importing = false;
  readonly audit: SqliteAuditLog;
  readonly monitoring: SqliteMonitoringStore;
  private walCheckpoints: WalCheckpointThread | undefined;

  private constructor(db: Database.Database, anchor: AuditAnchor | undefined) {
    this.db = db;
    this.audit = new SqliteAuditLog(db, anchor);
    this.monitoring = new SqliteMonitoringStore(db);
  }

  /**
   * Opens (creating if needed) the store file at `path`; ':memory:' for a throwaway store. With
   * `anchor`, audit records are keyed and checkpointed outside the store. With
   * `checkpointOnThread` (a server), the WAL is copied into the database file by a thread of its
   * own rather than inside the commits of this connection (see startWalCheckpointThread); its
   * `log` hears when the thread fails.
   */
  static open(
    path: string,
    options: {
      anchor?: AuditAnchorOptions;
      checkpointOnThread?: { log: (message: string) => void };
    } = {},
  ): SqliteStore {
    let db: Database.Database;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma(`cache_size = ${STORE_CACHE_SIZE}`);
      migrate(db);
    } catch (error) {
      throw new AppError(
        'STORE_UNAVAILABLE',
        `Cannot open the store at ${path}: ${String(error)}`,
        {
          cause: error,
        },
      );
    }
    const anchor = options.anchor === undefined ? undefined : new AuditAnchor(options.anchor);
    let store: SqliteStore;
    try {
      store = new SqliteStore(db, anchor);
    } catch (error) {
      db.close();
      throw error;
    }
    if (options.checkpointOnThread !== undefined && path !== ':memory:') {
      store.walCheckpoints = startWalCheckpointThread(db, path, options.checkpointOnThread.log);
    }
    return store;
  }

  findVersionBySha(list: ListName, sha256: string): Promise<StoredVersion | undefined> {
    const row = this.db
      .prepare<[string, string], SqliteVersionRow>(
        `${VERSION_SELECT} WHERE v.list = ? AND v.sha256 = ?`,
      )
      .get(list, sha256);
    return Promise.resolve(row === undefined ? undefined : toVersion(row));
  }

  beginImport(start: ImportStart): Promise<ImportSession> {
    if (this.importing) {
      throw new AppError(
        'STORE_UNAVAILABLE',
        'Another import is running in this process; try again.',
      );
    }
    this.importing = true;
    const buffered = new SqliteImportSession(this.db, start, () => {
      this.importing = false;
    });
    const session: ImportSession = {
      add: (entity) => {
        buffered.add(entity);
      },
      commit: (finish) => {
        let versionId: number;
        try {
          versionId = buffered.commit(finish);
        } catch (error) {
          if (error instanceof AppError) return Promise.reject(error);
          return Promise.reject(
            new AppError('STORE_UNAVAILABLE', `The import could not be saved: ${String(error)}`, {
              cause: error,
            }),
          );
        }
        const row = this.db
          .prepare<[number], SqliteVersionRow>(`${VERSION_SELECT} WHERE v.id = ?`)
          .get(versionId);
        return Promise.resolve(toVersion(row!));
      },
      abort: () => buffered.abort(),
    };
    return Promise.resolve(session);
  }

  activateVersion(list: ListName, version: number): Promise<StoredVersion> {
    const row = this.db
      .prepare<[string, number], SqliteVersionRow>(
        `${VERSION_SELECT} WHERE v.list = ? AND v.version = ?`,
      )
      .get(list, version);
    if (row === undefined) {
      return Promise.reject(
        new AppError('VERSION_UNKNOWN', `List ${list} has no version ${version}.`),
      );
    }
    this.db
      .prepare(
        `INSERT INTO active_versions (list, version_id) VALUES (?, ?)
         ON CONFLICT (list) DO UPDATE SET version_id = excluded.version_id`,
      )
      .run(list, row.id);
    return Promise.resolve(toVersion({ ...row, active: 1 }));
  }

  listVersions(list?: ListName): Promise<StoredVersion[]> {
    const rows =
      list === undefined
        ? this.db
            .prepare<[], SqliteVersionRow>(`${VERSION_SELECT} ORDER BY v.list, v.version`)
            .all()
        : this.db
            .prepare<[string], SqliteVersionRow>(
              `${VERSION_SELECT} WHERE v.list = ? ORDER BY v.version`,
            )
            .all(list);
    return Promise.resolve(rows.map(toVersion));
  }

  activeVersions(): Promise<StoredVersion[]> {
    const rows = this.db
      .prepare<[], SqliteVersionRow>(
        `${VERSION_SELECT} WHERE a.version_id IS NOT NULL ORDER BY v.list`,
      )
      .all();
    return Promise.resolve(rows.map(toVersion));
  }

  getVersion(list: ListName, version: number): Promise<StoredVersion | undefined> {
    const row = this.db
      .prepare<[string, number], SqliteVersionRow>(
        `${VERSION_SELECT} WHERE v.list = ? AND v.version = ?`,
      )
      .get(list, version);
    return Promise.resolve(row === undefined ? undefined : toVersion(row));
  }

  loadEntities(list: ListName, version: number): Promise<ListEntity[]> {
    const rows = this.db
      .prepare<[string, number], { data: string }>(
        `SELECT e.data FROM entities e JOIN list_versions v ON v.id = e.version_id
         WHERE v.list = ? AND v.version = ? ORDER BY e.entity_id`,
      )
      .all(list, version);
    return Promise.resolve(rows.map((r) => JSON.parse(r.data) as ListEntity));
  }

  loadEntityPage(
    list: ListName,
    version: number,
    afterId: string,
    limit: number,
  ): Promise<ListEntity[]> {
    const rows = this.db
      .prepare<[string, number, string, number], { data: string }>(
        `SELECT e.data FROM entities e JOIN list_versions v ON v.id = e.version_id
         WHERE v.list = ? AND v.version = ? AND e.entity_id > ? ORDER BY e.entity_id LIMIT ?`,
      )
      .all(list, version, afterId, limit);
    return Promise.resolve(rows.map((r) => JSON.parse(r.data) as ListEntity));
  }

  entityChanges(list: ListName, version: number, previous?: number): Promise<RecordChange[]> {
    // Records are stored as JSON.stringify wrote them, so equal text is an equal record: the
    // comparison stays in SQLite and no record is parsed (dating 32,000 entities took ~1 s so);
    // a record is read only when the id is in both versions.
    const rows = this.db
      .prepare<[string, number, string, number], { id: string; changed: number }>(
        `SELECT e.entity_id AS id, CASE WHEN p.entity_id IS NULL THEN 1 ELSE p.data <> e.data END AS changed
         FROM entities e JOIN list_versions v ON v.id = e.version_id
         LEFT JOIN list_versions pv ON pv.list = ? AND pv.version = ?
         LEFT JOIN entities p ON p.version_id = pv.id AND p.entity_id = e.entity_id
         WHERE v.list = ? AND v.version = ? ORDER BY e.entity_id`,
      )
      .all(list, previous ?? -1, list, version);
    return Promise.resolve(rows.map((r) => ({ id: r.id, changed: r.changed === 1 })));
  }

  watchVersions(): Promise<undefined> {
    // SQLite cannot tell other processes of a change: servers poll activeVersions instead.
    return Promise.resolve(undefined);
  }

  async close(): Promise<void> {
    // The checkpoint thread's connection ends first: this one, the last, then checkpoints the
    // WAL and removes it, as before.
    await this.walCheckpoints?.stop();
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.audit.checkpointNow();
    this.db.close();
  }
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (step INTEGER PRIMARY KEY)');
  const isDone = db.prepare<[number], { step: number }>(
    'SELECT step FROM schema_migrations WHERE step = ?',
  );
  const pending = (): number[] =>
    SQLITE_MIGRATIONS.flatMap((_, step) => (isDone.get(step) === undefined ? [step] : []));
  // A store already migrated (every start but the first) is only read here: no write lock, so a
  // command starting while another process writes (an import, a server's audit appends) does not
  // wait for it.
  if (pending().length === 0) return;
  // Checked again under the write lock: two processes opening a new store at once must not both
  // run a step (the second would find its tables already there). All steps commit at once: one
  // sync of the disk for a new store, not one per step.
  db.transaction(() => {
    for (const step of pending()) {
      db.exec(SQLITE_MIGRATIONS[step]!);
      db.prepare('INSERT INTO schema_migrations (step) VALUES (?)').run(step);
    }
  }).immediate();
}

function toVersion(row: SqliteVersionRow): StoredVersion {
  return toStoredVersion({
    ...row,
    counts_json: JSON.parse(row.counts_json) as VersionRow['counts_json'],
    issues_json: JSON.parse(row.issues_json) as VersionRow['issues_json'],
    active: row.active === 1,
  });
}
