import { Client, Pool, type PoolClient } from 'pg';
import { AppError, type ListEntity, type ListName } from '../../core/index.ts';
import type { RecordChange, ImportSession, ImportStart, StoredVersion, Store } from '../store.ts';
import { describeTarget, reasonOf, storeError, withClient } from './postgres-client.ts';
import { AuditAnchor, type AuditAnchorOptions } from '../audit-anchor.ts';
import { PostgresAuditLog } from './postgres-audit-log.ts';
import {
  PostgresImportSession,
  SIFT_LOCK_KEY,
  VERSIONS_CHANNEL,
} from './postgres-import-session.ts';
import { PostgresMonitoringStore } from './postgres-monitoring-store.ts';
import { POSTGRES_MIGRATIONS } from './postgres-schema.ts';
import { toVersion, VERSION_SELECT, type VersionRow } from '../version-row.ts';

/** The second key of the advisory lock that lets one process at a time migrate the schema. */
const MIGRATION_LOCK = 1;

/** Options for opening the PostgreSQL store. */
export interface PostgresStoreOptions {
  /** Most connections this process opens (each import holds one until it ends); default 10. */
  maxConnections?: number;
  /** How long to wait for a connection before failing with STORE_UNAVAILABLE; default 10 s. */
  connectTimeoutMs?: number;
  /** Where the audit chain is anchored outside the database; without it, records are unkeyed. */
  anchor?: AuditAnchorOptions;
}

/** The PostgreSQL store, for shared deployments where several processes write one audit trail. */
export class PostgresStore implements Store {
  private readonly pool: Pool;
  private readonly connectionString: string;
  private readonly sessions = new Set<PostgresImportSession>();
  /** Connections held open by watchVersions, ended by close. */
  private readonly listeners = new Set<Client>();
  readonly audit: PostgresAuditLog;
  readonly monitoring: PostgresMonitoringStore;

  private constructor(pool: Pool, connectionString: string, anchor: AuditAnchor | undefined) {
    this.pool = pool;
    this.connectionString = connectionString;
    this.audit = new PostgresAuditLog(pool, anchor);
    this.monitoring = new PostgresMonitoringStore(pool);
  }

  /** Connects to the database at `connectionString` and brings its schema up to date. */
  static async open(
    connectionString: string,
    options: PostgresStoreOptions = {},
  ): Promise<PostgresStore> {
    const pool = new Pool({
      connectionString,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    });
    // An idle pooled connection that drops emits 'error' on the pool; unheard, it would end the
    // process. The pool discards that connection and the next query opens a fresh one.
    pool.on('error', () => undefined);
    const store = new PostgresStore(
      pool,
      connectionString,
      options.anchor === undefined ? undefined : new AuditAnchor(options.anchor),
    );
    try {
      await withClient(pool, migrate);
      await store.audit.adopt();
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new AppError(
        'STORE_UNAVAILABLE',
        `Cannot open the store at ${describeTarget(connectionString)}: ${reasonOf(error)}`,
        { cause: error },
      );
    }
    return store;
  }

  async findVersionBySha(list: ListName, sha256: string): Promise<StoredVersion | undefined> {
    const rows = await this.select(`${VERSION_SELECT} WHERE v.list = $1 AND v.sha256 = $2`, [
      list,
      sha256,
    ]);
    return rows[0] === undefined ? undefined : toVersion(rows[0]);
  }

  async beginImport(start: ImportStart): Promise<ImportSession> {
    const session = await PostgresImportSession.begin(this.pool, start, (closed) =>
      this.sessions.delete(closed),
    );
    this.sessions.add(session);
    return session;
  }

  async activateVersion(list: ListName, version: number): Promise<StoredVersion> {
    const [row] = await this.select(`${VERSION_SELECT} WHERE v.list = $1 AND v.version = $2`, [
      list,
      version,
    ]);
    if (row === undefined) {
      throw new AppError('VERSION_UNKNOWN', `List ${list} has no version ${version}.`);
    }
    try {
      await withClient(this.pool, async (client) => {
        await client.query('BEGIN');
        try {
          await client.query(
            `INSERT INTO active_versions (list, version_id) VALUES ($1, $2)
             ON CONFLICT (list) DO UPDATE SET version_id = excluded.version_id`,
            [list, row.id],
          );
          // Delivered to listening servers when the activation commits, and only then.
          await client.query('SELECT pg_notify($1, $2)', [VERSIONS_CHANNEL, list]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      });
    } catch (error) {
      throw storeError(`Version ${version} of list ${list} could not be made active`, error);
    }
    return toVersion({ ...row, active: true });
  }

  async listVersions(list?: ListName): Promise<StoredVersion[]> {
    const rows =
      list === undefined
        ? await this.select(`${VERSION_SELECT} ORDER BY v.list, v.version`, [])
        : await this.select(`${VERSION_SELECT} WHERE v.list = $1 ORDER BY v.version`, [list]);
    return rows.map(toVersion);
  }

  async activeVersions(): Promise<StoredVersion[]> {
    const rows = await this.select(
      `${VERSION_SELECT} WHERE a.version_id IS NOT NULL ORDER BY v.list`,
      [],
    );
    return rows.map(toVersion);
  }

  async getVersion(list: ListName, version: number): Promise<StoredVersion | undefined> {
    const [row] = await this.select(`${VERSION_SELECT} WHERE v.list = $1 AND v.version = $2`, [
      list,
      version,
    ]);
    return row === undefined ? undefined : toVersion(row);
  }

  async loadEntities(list: ListName, version: number): Promise<ListEntity[]> {
    try {
      const result = await this.pool.query<{ data: ListEntity }>(
        `SELECT e.data FROM entities e JOIN list_versions v ON v.id = e.version_id
         WHERE v.list = $1 AND v.version = $2 ORDER BY e.entity_id`,
        [list, version],
      );
      return result.rows.map((r) => r.data);
    } catch (error) {
      throw storeError(`The entities of ${list} version ${version} could not be read`, error);
    }
  }

  async loadEntityPage(
    list: ListName,
    version: number,
    afterId: string,
    limit: number,
  ): Promise<ListEntity[]> {
    try {
      const result = await this.pool.query<{ data: ListEntity }>(
        `SELECT e.data FROM entities e JOIN list_versions v ON v.id = e.version_id
         WHERE v.list = $1 AND v.version = $2 AND e.entity_id > $3 ORDER BY e.entity_id LIMIT $4`,
        [list, version, afterId, limit],
      );
      return result.rows.map((r) => r.data);
    } catch (error) {
      throw storeError(`The entities of ${list} version ${version} could not be read`, error);
    }
  }

  async entityChanges(list: ListName, version: number, previous?: number): Promise<RecordChange[]> {
    // Records are stored as JSON.stringify wrote them (a json column keeps the text), so equal
    // text is an equal record: the comparison stays in the database and nothing is parsed here.
    try {
      const result = await this.pool.query<RecordChange>(
        `SELECT e.entity_id AS id, CASE WHEN p.entity_id IS NULL THEN true ELSE p.data::text <> e.data::text END AS changed
         FROM entities e JOIN list_versions v ON v.id = e.version_id
         LEFT JOIN list_versions pv ON pv.list = $1 AND pv.version = $2
         LEFT JOIN entities p ON p.version_id = pv.id AND p.entity_id = e.entity_id
         WHERE v.list = $1 AND v.version = $3 ORDER BY e.entity_id`,
        [list, previous ?? -1, version],
      );
      return result.rows;
    } catch (error) {
      throw storeError(`The entities of ${list} version ${version} could not be read`, error);
    }
  }

  async watchVersions(onChange: () => void): Promise<() => Promise<void>> {
    // A connection of its own, outside the pool: LISTEN holds it for as long as the server runs.
    const client = new Client({ connectionString: this.connectionString });
    // A dropped connection ends the pushes; the caller's poll goes on, so it is only noted here.
    client.on('error', () => undefined);
    client.on('notification', (message) => {
      if (message.channel === VERSIONS_CHANNEL) onChange();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${VERSIONS_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw storeError('Could not listen for list version changes', error);
    }
    this.listeners.add(client);
    return async () => {
      if (this.listeners.delete(client)) await client.end().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.listeners].map((client) => client.end().catch(() => undefined)));
    this.listeners.clear();
    // An open import holds a pooled connection, and ending the pool waits for it: roll back.
    await Promise.all([...this.sessions].map((session) => session.abort()));
    this.audit.checkpointNow();
    await this.pool.end();
  }

  private async select(sql: string, params: unknown[]): Promise<VersionRow[]> {
    try {
      return (await this.pool.query<VersionRow>(sql, params)).rows;
    } catch (error) {
      throw storeError('The list versions could not be read', error);
    }
  }
}

async function migrate(client: PoolClient): Promise<void> {
  // Several workers may start at once against a fresh database: the first migrates while the
  // others wait here, then find nothing left to do.
  await client.query('SELECT pg_advisory_lock($1, $2)', [SIFT_LOCK_KEY, MIGRATION_LOCK]);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (step integer PRIMARY KEY)');
    const done = new Set(
      (await client.query<{ step: number }>('SELECT step FROM schema_migrations')).rows.map(
        (r) => r.step,
      ),
    );
    for (const [step, sql] of POSTGRES_MIGRATIONS.entries()) {
      if (done.has(step)) continue;
      try {
        await client.query('BEGIN');
        await client.query(sql);
        await client.query('INSERT INTO schema_migrations (step) VALUES ($1)', [step]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1, $2)', [SIFT_LOCK_KEY, MIGRATION_LOCK]);
  }
}
