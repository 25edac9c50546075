import type Database from 'better-sqlite3';
import { AppError, type ListEntity, type Schema } from '../../core/index.ts';
import type { ImportFinish, ImportStart } from '../store.ts';

/** One parsed entity, serialised once when it is added. */
interface BufferedEntity {
  id: string;
  schema: Schema;
  json: string;
}

/**
 * An import into SQLite. Entities are held in memory while the file is parsed (the largest list
 * is about 20k entities, some tens of MB of JSON), and `commit` writes them all in one short
 * IMMEDIATE transaction that runs synchronously. So the write lock is held for the write alone,
 * never for the parse: screenings and audit appends from this or another process do not wait on
 * the parse, and no audit record can ever land inside an import's transaction (better-sqlite3
 * runs the whole transaction without yielding to the event loop).
 */
export class SqliteImportSession {
  private readonly db: Database.Database;
  private readonly start: ImportStart;
  private readonly onClose: () => void;
  private readonly seenIds = new Set<string>();
  private readonly counts: Partial<Record<Schema, number>> = {};
  private entities: BufferedEntity[] = [];
  private open = true;

  constructor(db: Database.Database, start: ImportStart, onClose: () => void) {
    this.db = db;
    this.start = start;
    this.onClose = onClose;
  }

  add(entity: ListEntity): void {
    if (!this.open) throw new AppError('STORE_UNAVAILABLE', 'The import session is closed.');
    // Caught here, at the record that caused it, rather than by the primary key at commit.
    if (this.seenIds.has(entity.id)) {
      throw new AppError('INGEST_PARSE_FAILED', `Entity ${entity.id} appears twice in the file.`);
    }
    this.seenIds.add(entity.id);
    this.entities.push({ id: entity.id, schema: entity.schema, json: JSON.stringify(entity) });
    this.counts[entity.schema] = (this.counts[entity.schema] ?? 0) + 1;
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
          this.entities.length,
          JSON.stringify(this.counts),
          finish.recordCount,
          finish.skippedCount,
          JSON.stringify(finish.issues),
        );
      const versionId = Number(info.lastInsertRowid);
      const insert = db.prepare(
        'INSERT INTO entities (version_id, entity_id, schema, data) VALUES (?, ?, ?, ?)',
      );
      for (const e of this.entities) insert.run(versionId, e.id, e.schema, e.json);
      db.prepare(
        `INSERT INTO active_versions (list, version_id) VALUES (?, ?)
         ON CONFLICT (list) DO UPDATE SET version_id = excluded.version_id`,
      ).run(list, versionId);
      return versionId;
    });
    try {
      return write.immediate();
    } finally {
      this.entities = [];
    }
  }

  abort(): Promise<void> {
    if (this.open) this.close();
    this.entities = [];
    return Promise.resolve();
  }

  private close(): void {
    this.open = false;
    this.onClose();
  }
}
