import type { Pool, PoolClient } from 'pg';
import { AppError, type ListEntity, type Schema } from '../../core/index.ts';
import type { ImportFinish, ImportSession, ImportStart, StoredVersion } from '../store.ts';
import { connectClient, releaseClient, storeError } from './postgres-client.ts';
import { toVersion, VERSION_SELECT, type VersionRow } from '../version-row.ts';

/** A batch is written once it holds this many entities … */
const BATCH_ROWS = 500;
/** … or this many characters of JSON, whichever comes first. */
const BATCH_CHARS = 1_000_000;
/** The first key of every advisory lock Sift takes ('sift' as a 32-bit integer). */
export const SIFT_LOCK_KEY = 0x73696674;
/** The NOTIFY channel on which an activated list version is announced (payload: the list). */
export const VERSIONS_CHANNEL = 'sift_versions';

/**
 * An import into PostgreSQL: one transaction on one dedicated connection. `add` is synchronous,
 * so entities are buffered and written in the background, one multi-row INSERT at a time, as
 * batches fill; `commit` writes the rest and commits. Nothing is visible to other connections
 * before the commit, and `abort` rolls it all back.
 */
export class PostgresImportSession implements ImportSession {
  private readonly client: PoolClient;
  private readonly start: ImportStart;
  private readonly versionId: string;
  private readonly onClose: (session: PostgresImportSession) => void;
  private readonly seenIds = new Set<string>();
  private readonly counts: Partial<Record<Schema, number>> = {};
  private ids: string[] = [];
  private schemas: string[] = [];
  private data: string[] = [];
  private bufferedChars = 0;
  private inFlight: Promise<void> | undefined;
  private inFlightRows = 0;
  private failure: AppError | undefined;
  private open = true;
  /** The most entities ever held in memory at once (buffered plus in flight), for measuring. */
  peakBufferedRows = 0;

  private constructor(
    client: PoolClient,
    start: ImportStart,
    versionId: string,
    onClose: (session: PostgresImportSession) => void,
  ) {
    this.client = client;
    this.start = start;
    this.versionId = versionId;
    this.onClose = onClose;
  }

  /** Opens the transaction, takes the list's import lock and writes the empty version row. */
  static async begin(
    pool: Pool,
    start: ImportStart,
    onClose: (session: PostgresImportSession) => void,
  ): Promise<PostgresImportSession> {
    const client = await connectClient(pool).catch((error: unknown) => {
      throw storeError('Cannot reach the PostgreSQL store', error);
    });
    try {
      await client.query('BEGIN');
      // One import per list at a time across every process; others fail fast, as in SQLite.
      const lock = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked',
        [SIFT_LOCK_KEY, `import:${start.list}`],
      );
      if (lock.rows[0]?.locked !== true) {
        throw new AppError(
          'STORE_UNAVAILABLE',
          `Another import of list ${start.list} is running; try again.`,
        );
      }
      // The version row is written first, empty, so entity rows can point at it; it is filled
      // in at commit.
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO list_versions (list, version, sha256, imported_at, format, file_name,
           entity_count, counts_json, record_count, skipped_count, issues_json)
         SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5, 0, '{}', 0, 0, '[]'
         FROM list_versions WHERE list = $1
         RETURNING id`,
        [start.list, start.sha256, new Date().toISOString(), start.format, start.fileName],
      );
      return new PostgresImportSession(client, start, inserted.rows[0]!.id, onClose);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      releaseClient(client, error instanceof AppError ? undefined : error);
      throw storeError(`The import of list ${start.list} could not start`, error);
    }
  }

  add(entity: ListEntity): void {
    if (!this.open) throw new AppError('STORE_UNAVAILABLE', 'The import session is closed.');
    // A batch already failed: stop the parser now rather than after reading the whole file.
    if (this.failure !== undefined) throw this.failure;
    // Caught here, not by the primary key, so the error reaches the parser at the record that
    // caused it (as SQLite's does) and not later at commit.
    if (this.seenIds.has(entity.id)) {
      throw new AppError('INGEST_PARSE_FAILED', `Entity ${entity.id} appears twice in the file.`);
    }
    this.seenIds.add(entity.id);
    const json = JSON.stringify(entity);
    this.ids.push(entity.id);
    this.schemas.push(entity.schema);
    this.data.push(json);
    this.bufferedChars += json.length;
    this.counts[entity.schema] = (this.counts[entity.schema] ?? 0) + 1;
    this.peakBufferedRows = Math.max(this.peakBufferedRows, this.ids.length + this.inFlightRows);
    if (this.inFlight === undefined && this.batchFull()) this.flushInBackground();
  }

  async commit(finish: ImportFinish): Promise<StoredVersion> {
    if (!this.open) throw new AppError('STORE_UNAVAILABLE', 'The import session is closed.');
    this.open = false;
    try {
      await this.inFlight;
      if (this.failure !== undefined) throw this.failure;
      while (this.ids.length > 0) await this.writeBatch();
      await this.client.query(
        `UPDATE list_versions SET published = $1, entity_count = $2, counts_json = $3,
           record_count = $4, skipped_count = $5, issues_json = $6 WHERE id = $7`,
        [
          finish.published ?? null,
          this.seenIds.size,
          JSON.stringify(this.counts),
          finish.recordCount,
          finish.skippedCount,
          JSON.stringify(finish.issues),
          this.versionId,
        ],
      );
      await this.client.query(
        `INSERT INTO active_versions (list, version_id) VALUES ($1, $2)
         ON CONFLICT (list) DO UPDATE SET version_id = excluded.version_id`,
        [this.start.list, this.versionId],
      );
      // Listening servers hear of the new version when it commits (NOTIFY waits for COMMIT).
      await this.client.query('SELECT pg_notify($1, $2)', [VERSIONS_CHANNEL, this.start.list]);
      await this.client.query('COMMIT');
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      this.close(error);
      throw storeError('The import could not be saved', error);
    }
    try {
      const row = await this.client.query<VersionRow>(`${VERSION_SELECT} WHERE v.id = $1`, [
        this.versionId,
      ]);
      this.close();
      return toVersion(row.rows[0]!);
    } catch (error) {
      this.close(error);
      throw storeError('The import was saved but could not be read back', error);
    }
  }

  async abort(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    // node-postgres queues queries per connection, but waiting keeps the order explicit.
    await this.inFlight;
    try {
      await this.client.query('ROLLBACK');
      this.close();
    } catch (error) {
      // The connection is gone, and the transaction with it: nothing was committed.
      this.close(error);
    }
  }

  private batchFull(): boolean {
    return this.ids.length >= BATCH_ROWS || this.bufferedChars >= BATCH_CHARS;
  }

  private flushInBackground(): void {
    this.inFlight = this.writeBatch().then(
      () => {
        this.inFlight = undefined;
        if (this.open && this.batchFull()) this.flushInBackground();
      },
      (error: unknown) => {
        this.inFlight = undefined;
        this.failure ??= storeError('The import could not be saved', error);
      },
    );
  }

  private async writeBatch(): Promise<void> {
    const ids = this.ids;
    const schemas = this.schemas;
    const data = this.data;
    this.ids = [];
    this.schemas = [];
    this.data = [];
    this.bufferedChars = 0;
    this.inFlightRows = ids.length;
    try {
      const values = ids.map((_, i) => `($1, $${3 * i + 2}, $${3 * i + 3}, $${3 * i + 4})`);
      await this.client.query(
        `INSERT INTO entities (version_id, entity_id, schema, data) VALUES ${values.join(', ')}`,
        [this.versionId, ...ids.flatMap((id, i) => [id, schemas[i], data[i]])],
      );
    } finally {
      this.inFlightRows = 0;
    }
  }

  private close(broken?: unknown): void {
    this.open = false;
    releaseClient(this.client, broken);
    this.onClose(this);
  }
}
