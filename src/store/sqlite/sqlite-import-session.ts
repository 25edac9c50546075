import type Database from 'better-sqlite3';
import { AppError, type ListEntity, type Schema } from '../../core/index.ts';
import type { ImportFinish, ImportStart } from '../store.ts';

/** One parsed entity, serialised once when it is added. */
interface PendingEntity {
  id: string;
  schema: Schema;
  json: string;
}

/**
 * Entities are staged in batches of this many, or of this much JSON: each batch is one short
 * transaction on the connection's temporary table, so memory stays bounded whatever the file size.
 */
const STAGE_BATCH_ENTITIES = 1000;
const STAGE_BATCH_CHARS = 4 * 1024 * 1024;

/**
 * An import into SQLite (docs/decisions/009-audit-anchor-and-import-staging.md). Parsed entities
 * are written, a batch at a time, to a TEMP table: private to this connection, outside the store
 * file (so it takes none of the store's locks), and gone if the process dies. `commit` then copies
 * them into the store with the version row and the active pointer in one IMMEDIATE transaction that
 * better-sqlite3 runs synchronously. So the write lock is held for the copy alone, never for the
 * parse, no audit record can land inside an import's transaction (each batch and the commit run
 * without yielding to the event loop), and the parse holds one batch in memory, not the whole file.
 */
export class SqliteImportSession {
  private readonly db: Database.Database;
  private readonly start: ImportStart;
  private readonly onClose: () => void;
  private readonly counts: Partial<Record<Schema, number>> = {};
  private pending: PendingEntity[] = [];
  private readonly pendingIds = new Set<string>();
  private pendingChars = 0;
  private entityCount = 0;
  private open = true;
  private readonly isStaged: Database.Statement<[string], number>;
  private readonly stage: (batch: readonly PendingEntity[]) => void;

  constructor(db: Database.Database, start: ImportStart, onClose: () => void) {
    this.db = db;
    this.start = start;
    this.onClose = onClose;
    // Entity ids in key order: the commit's copy then appends to the entities table in order.
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS import_staging (
               entity_id TEXT PRIMARY KEY,
               schema TEXT NOT NULL,
               data TEXT NOT NULL
             ) WITHOUT ROWID;
             DELETE FROM temp.import_staging;`);
    this.isStaged = db
      .prepare<[string], number>('SELECT 1 FROM temp.import_staging WHERE entity_id = ?')
      .pluck();
    const insert = db.prepare<[string, string, string]>(
      'INSERT INTO temp.import_staging (entity_id, schema, data) VALUES (?, ?, ?)',
    );
    this.stage = db.transaction((batch: readonly PendingEntity[]) => {
      for (const e of batch) insert.run(e.id, e.schema, e.json);
    });
  }

  add(entity: ListEntity): void {
    if (!this.open) throw new AppError('STORE_UNAVAILABLE', 'The import session is closed.');
    // Caught here, at the record that caused it, rather than by the primary key at commit.
    if (this.pendingIds.has(entity.id) || this.isStaged.get(entity.id) !== undefined) {
      throw new AppError('INGEST_PARSE_FAILED', `Entity ${entity.id} appears twice in the file.`);
    }
    const json = JSON.stringify(entity);
    this.pending.push({ id: entity.id, schema: entity.schema, json });
    this.pendingIds.add(entity.id);
    this.pendingChars += json.length;
    this.entityCount += 1;
    this.counts[entity.schema] = (this.counts[entity.schema] ?? 0) + 1;
    if (this.pending.length >= STAGE_BATCH_ENTITIES || this.pendingChars >= STAGE_BATCH_CHARS)
      this.flush();
  }

  /** Writes the version, its entities and the active pointer in one transaction; returns the row id. */
  commit(finish: ImportFinish): number {
    if (!this.open) throw new AppError('STORE_UNAVAILABLE', 'The import session is closed.');
    this.close();
    const db = this.db;
    const { list, sha256, format, fileName } = this.start;
    const write = db.transaction(() => {
      const last = db
        .prepare<[string], { v: number | null }>(
          'SELECT max(version) AS v FROM list_versions WHERE list = ?',
        )
        .get(list);
      const info = db
        .prepare(
          `INSERT INTO list_versions (list, version, sha256, published, imported_at, format,
             file_name, entity_count, counts_json, record_count, skipped_count, issues_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          list,
          (last?.v ?? 0) + 1,
          sha256,
          finish.published ?? null,
          new Date().toISOString(),
          format,
          fileName,
          this.entityCount,
          JSON.stringify(this.counts),
          finish.recordCount,
          finish.skippedCount,
          JSON.stringify(finish.issues),
        );
      const versionId = Number(info.lastInsertRowid);
      db.prepare(
        `INSERT INTO entities (version_id, entity_id, schema, data)
         SELECT ?, entity_id, schema, data FROM temp.import_staging ORDER BY entity_id`,
      ).run(versionId);
      db.prepare(
        `INSERT INTO active_versions (list, version_id) VALUES (?, ?)
         ON CONFLICT (list) DO UPDATE SET version_id = excluded.version_id`,
      ).run(list, versionId);
      return versionId;
    });
    try {
      this.flush();
      return write.immediate();
    } finally {
      this.clear();
    }
  }

  abort(): Promise<void> {
    if (this.open) this.close();
    this.clear();
    return Promise.resolve();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.stage(this.pending);
    this.pending = [];
    this.pendingIds.clear();
    this.pendingChars = 0;
  }

  private clear(): void {
    this.pending = [];
    this.pendingIds.clear();
    this.db.exec('DELETE FROM temp.import_staging');
  }

  private close(): void {
    this.open = false;
    this.onClose();
  }
}
