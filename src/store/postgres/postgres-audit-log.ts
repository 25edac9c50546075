import type { Pool, PoolClient } from 'pg';
import type { AuditAnchor } from '../audit-anchor.ts';
import { chainAuditRecords, GENESIS_HASH } from '../audit-hash.ts';
import type {
  AuditEntry,
  AuditHead,
  AuditLog,
  AuditRange,
  AuditRecord,
  AuditVerification,
} from '../audit-log.ts';
import { verifyAuditChain } from '../verify-audit-chain.ts';
import { storeError, withClient } from './postgres-client.ts';

interface AuditRow {
  /** bigint: node-postgres returns it as a string. */
  seq: string;
  at: string;
  caller: string;
  kind: string;
  body: AuditBody;
  prev_hash: string;
  hash: string;
  keyed: boolean;
}

interface HeadRow {
  seq: string;
  hash: string;
  at: string;
}

type AuditBody = Pick<AuditEntry, 'input' | 'lists' | 'engine' | 'settingsHash' | 'results'>;

// The database server's clock, in the same ISO form as Date#toISOString, so that every worker
// host stamps records from one clock.
const NOW_ISO = `SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC',
  'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS now`;

/** The audit trail in the PostgreSQL store: appends take turns on the single chain-head row. */
export class PostgresAuditLog implements AuditLog {
  private readonly pool: Pool;
  private readonly anchor: AuditAnchor | undefined;
  /** The last head this process appended and has not checkpointed yet. */
  private unanchored: AuditHead | undefined;

  constructor(pool: Pool, anchor?: AuditAnchor) {
    this.pool = pool;
    this.anchor = anchor;
  }

  /** Starts the anchor's checkpoint file if it is new (see AuditAnchor.adopt). */
  async adopt(): Promise<void> {
    if (this.anchor === undefined) return;
    const head = (await this.pool.query<HeadRow>('SELECT seq, hash, at FROM audit_head')).rows[0];
    this.anchor.adopt({ count: Number(head?.seq ?? 0), hash: head?.hash ?? GENESIS_HASH });
  }

  async append(entries: readonly AuditEntry[]): Promise<AuditRecord[]> {
    if (entries.length === 0) return [];
    let records: AuditRecord[];
    try {
      records = await withClient(this.pool, (client) =>
        appendInTransaction(client, entries, this.anchor),
      );
    } catch (error) {
      throw storeError('The audit record could not be saved', error);
    }
    const anchor = this.anchor;
    const end = records.at(-1);
    if (anchor !== undefined && end !== undefined) {
      const head = { count: end.seq, hash: end.hash };
      const every = anchor.checkpointEvery;
      if (Math.floor((records[0]!.seq - 1) / every) < Math.floor(end.seq / every)) {
        anchor.checkpoint(head);
        this.unanchored = undefined;
      } else {
        this.unanchored = head;
      }
    }
    return records;
  }

  /** Writes a checkpoint of what this process appended since its last one (at close). */
  checkpointNow(): void {
    if (this.anchor === undefined || this.unanchored === undefined) return;
    this.anchor.checkpoint(this.unanchored);
    this.unanchored = undefined;
  }

  async range(options: AuditRange): Promise<AuditRecord[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const filter = (condition: string, value: string | undefined): void => {
      if (value === undefined) return;
      params.push(value);
      where.push(`${condition} $${params.length}`);
    };
    filter('at >=', options.from);
    filter('at <', options.to);
    filter('caller =', options.caller);
    filter('kind =', options.kind);
    // As in SQLite, a negative limit means no limit.
    let limit = '';
    if (options.limit !== undefined && options.limit >= 0) {
      params.push(options.limit);
      limit = ` LIMIT $${params.length}`;
    }
    const sql = `SELECT * FROM audit_log${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}
      ORDER BY seq ${options.newestFirst === true ? 'DESC' : 'ASC'}${limit}`;
    try {
      const result = await this.pool.query<AuditRow>(sql, params);
      return result.rows.map(toRecord);
    } catch (error) {
      throw storeError('The audit trail could not be read', error);
    }
  }

  async verify(options: { head?: AuditHead } = {}): Promise<AuditVerification> {
    try {
      return await withClient(this.pool, (client) =>
        verifyInSnapshot(client, this.anchor, options.head),
      );
    } catch (error) {
      throw storeError('The audit trail could not be verified', error);
    }
  }
}

async function appendInTransaction(
  client: PoolClient,
  entries: readonly AuditEntry[],
  anchor: AuditAnchor | undefined,
): Promise<AuditRecord[]> {
  try {
    // Durable before we answer, even where the server or role defaults to asynchronous commit.
    await client.query('BEGIN; SET LOCAL synchronous_commit = on');
    const head = await client.query<HeadRow>('SELECT seq, hash, at FROM audit_head FOR UPDATE');
    const tail = head.rows[0];
    if (tail === undefined) throw new Error('the audit_head row is missing');
    const now = (await client.query<{ now: string }>(NOW_ISO)).rows[0]?.now ?? '';
    // Never earlier than the record before, so time ranges and sequence order agree even when
    // the server clock steps back.
    const at = now > tail.at ? now : tail.at;
    const records = chainAuditRecords(
      entries,
      { seq: Number(tail.seq), hash: tail.hash },
      at,
      anchor === undefined ? undefined : (record) => anchor.hash(record),
    );
    const end = records.at(-1);
    const seq = end?.seq ?? Number(tail.seq);
    const prevHash = end?.hash ?? tail.hash;
    // One statement writes the records and moves the head: the lock is held for fewer trips.
    await client.query(
      `WITH written AS (
         INSERT INTO audit_log (seq, at, caller, kind, body, prev_hash, hash, keyed)
         SELECT r.seq, $1, r.caller, r.kind, r.body::json, r.prev_hash, r.hash, $10
         FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
           AS r (seq, caller, kind, body, prev_hash, hash)
       )
       UPDATE audit_head SET seq = $8, hash = $9, at = $1`,
      [
        at,
        records.map((r) => r.seq),
        records.map((r) => r.caller),
        records.map((r) => r.kind),
        records.map((r) => JSON.stringify(bodyOf(r))),
        records.map((r) => r.prevHash),
        records.map((r) => r.hash),
        seq,
        prevHash,
        anchor !== undefined,
      ],
    );
    await client.query('COMMIT');
    return records;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function verifyInSnapshot(
  client: PoolClient,
  anchor: AuditAnchor | undefined,
  expectedHead: AuditHead | undefined,
): Promise<AuditVerification> {
  // One snapshot for every page and the head, so appends made meanwhile are not half-seen.
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const result = await verifyAuditChain(
      async (fromSeq, limit) =>
        (
          await client.query<AuditRow>(
            'SELECT * FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT $2',
            [fromSeq, limit],
          )
        ).rows.map(toRecord),
      anchor,
      expectedHead,
    );
    if (!result.ok) return result;
    const { records } = result;
    const head = (await client.query<HeadRow>('SELECT seq, hash, at FROM audit_head')).rows[0];
    // SQLite cannot see a deleted last record without a checkpoint; here the chain head still
    // names it.
    if (head !== undefined && Number(head.seq) > records) {
      return {
        ...result,
        ok: false,
        brokenAt: { seq: records + 1, reason: `record ${records + 1} is missing` },
      };
    }
    if (head !== undefined && (Number(head.seq) < records || head.hash !== result.head.hash)) {
      return {
        ...result,
        ok: false,
        brokenAt: { seq: records, reason: 'it was not appended through the chain head' },
      };
    }
    return result;
  } finally {
    await client.query('COMMIT');
  }
}

function bodyOf(record: AuditEntry): AuditBody {
  return {
    input: record.input,
    lists: record.lists,
    engine: record.engine,
    settingsHash: record.settingsHash,
    results: record.results,
  };
}

function toRecord(row: AuditRow): AuditRecord {
  return {
    seq: Number(row.seq),
    at: row.at,
    caller: row.caller,
    kind: row.kind,
    ...row.body,
    prevHash: row.prev_hash,
    hash: row.hash,
    ...(row.keyed ? { keyed: true as const } : {}),
  };
}
