import type Database from 'better-sqlite3';
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
import { createWalSync, type WalSync } from './wal-sync.ts';

interface AuditRow {
  seq: number;
  at: string;
  caller: string;
  kind: string;
  body: string;
  prev_hash: string;
  hash: string;
  keyed: number;
}

type AuditBody = Pick<AuditEntry, 'input' | 'lists' | 'engine' | 'settingsHash' | 'results'>;

/**
 * The audit trail in the SQLite store: appends run in one IMMEDIATE transaction each, and resolve
 * once the transaction is on disk. With an anchor, records are keyed (HMAC) and checkpoints go to
 * the anchor's file as the chain grows.
 */
export class SqliteAuditLog implements AuditLog {
  private readonly db: Database.Database;
  private readonly anchor: AuditAnchor | undefined;
  /** The last head this process appended and has not checkpointed yet. */
  private unanchored: AuditHead | undefined;
  /** The append transaction, prepared on first use. */
  private write: Database.Transaction<(items: readonly AuditEntry[]) => AuditRecord[]> | undefined;
  /** Syncs the WAL after an append's commit; undefined for an in-memory store. */
  private readonly wal: WalSync | undefined;
  /** The head of the last commit whose sync has not ended (made durable and anchored at close). */
  private syncing: AuditHead | undefined;
  private closed = false;

  constructor(db: Database.Database, anchor?: AuditAnchor) {
    this.db = db;
    this.anchor = anchor;
    this.wal = db.memory ? undefined : createWalSync(`${db.name}-wal`);
    anchor?.adopt(this.head());
  }

  /**
   * Commits the entries (throwing at once when the commit fails) and resolves once they are
   * durable. The commit itself does not wait for the disk (`synchronous = NORMAL` for this
   * transaction only): the WAL is synced after it off the event loop, shared by the appends that
   * commit meanwhile, so a server goes on answering while a group's fsync runs. The store's other
   * writes keep `synchronous = FULL`.
   */
  append(entries: readonly AuditEntry[]): Promise<AuditRecord[]> {
    this.write ??= this.prepareWrite();
    // In memory there is no disk; inside a caller's transaction (none holds one across an await
    // today) the safety level cannot change, and the records commit with that transaction.
    if (this.wal === undefined || this.db.inTransaction) {
      const records = this.write.immediate(entries);
      this.anchorHead(records);
      return Promise.resolve(records);
    }
    this.db.exec('PRAGMA synchronous = NORMAL');
    let records: AuditRecord[];
    try {
      records = this.write.immediate(entries);
    } finally {
      this.db.exec('PRAGMA synchronous = FULL');
    }
    const end = records.at(-1);
    if (end !== undefined) this.syncing = { count: end.seq, hash: end.hash };
    // A checkpoint is written only once the records it vouches for are on disk: after a power
    // loss the anchor never names records the store no longer holds.
    return this.wal.sync().then(() => {
      if (end !== undefined && this.syncing?.count === end.seq) this.syncing = undefined;
      if (!this.closed) this.anchorHead(records);
      return records;
    });
  }

  /** Notes the chain's new head, and checkpoints it each time it passes checkpointEvery. */
  private anchorHead(records: readonly AuditRecord[]): void {
    const anchor = this.anchor;
    const end = records.at(-1);
    if (anchor !== undefined && end !== undefined) {
      const first = records[0]!.seq;
      const head = { count: end.seq, hash: end.hash };
      // A checkpoint each time the chain passes a multiple of checkpointEvery.
      if (
        Math.floor((first - 1) / anchor.checkpointEvery) <
        Math.floor(end.seq / anchor.checkpointEvery)
      ) {
        anchor.checkpoint(head);
        this.unanchored = undefined;
      } else {
        this.unanchored = head;
      }
    }
  }

  /**
   * The append transaction, its statements prepared once per store rather than per append: under
   * load the server appends a group of records every turn of the event loop.
   */
  private prepareWrite(): Database.Transaction<(items: readonly AuditEntry[]) => AuditRecord[]> {
    const last = this.db.prepare<[], { seq: number; hash: string }>(
      'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
    );
    const insert = this.db.prepare(
      'INSERT INTO audit_log (seq, at, caller, kind, body, prev_hash, hash, keyed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const anchor = this.anchor;
    // IMMEDIATE takes the write lock before reading the chain's end, so two processes sharing the
    // file (the server and a CLI batch) never fork the chain.
    return this.db.transaction((items: readonly AuditEntry[]) => {
      const tail = last.get() ?? { seq: 0, hash: GENESIS_HASH };
      const records = chainAuditRecords(
        items,
        tail,
        new Date().toISOString(),
        anchor === undefined ? undefined : (record) => anchor.hash(record),
      );
      for (const record of records) {
        insert.run(
          record.seq,
          record.at,
          record.caller,
          record.kind,
          JSON.stringify(bodyOf(record)),
          record.prevHash,
          record.hash,
          anchor === undefined ? 0 : 1,
        );
      }
      return records;
    });
  }

  range(options: AuditRange): Promise<AuditRecord[]> {
    const where = ['at >= ?', 'at < ?'];
    const params: (string | number)[] = [options.from ?? '', options.to ?? '\uffff'];
    if (options.caller !== undefined) {
      where.push('caller = ?');
      params.push(options.caller);
    }
    if (options.kind !== undefined) {
      where.push('kind = ?');
      params.push(options.kind);
    }
    params.push(options.limit ?? -1);
    const rows = this.db
      .prepare<(string | number)[], AuditRow>(
        `SELECT * FROM audit_log WHERE ${where.join(' AND ')} ORDER BY seq ${options.newestFirst === true ? 'DESC' : 'ASC'} LIMIT ?`,
      )
      .all(...params);
    return Promise.resolve(rows.map(toRecord));
  }

  verify(options: { head?: AuditHead } = {}): Promise<AuditVerification> {
    const page = this.db.prepare<[number, number], AuditRow>(
      'SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?',
    );
    return verifyAuditChain(
      (fromSeq, limit) => Promise.resolve(page.all(fromSeq, limit).map(toRecord)),
      this.anchor,
      options.head,
    );
  }

  /** Writes a checkpoint of what this process appended since its last one (at close). */
  checkpointNow(): void {
    this.closed = true;
    if (this.syncing !== undefined) {
      // Appends whose sync is still running are made durable here, and their head anchored.
      this.wal?.syncNow();
      if (this.anchor !== undefined) this.unanchored = this.syncing;
      this.syncing = undefined;
    }
    this.wal?.close();
    if (this.anchor === undefined || this.unanchored === undefined) return;
    this.anchor.checkpoint(this.unanchored);
    this.unanchored = undefined;
  }

  private head(): AuditHead {
    const tail = this.db
      .prepare<[], { seq: number; hash: string }>(
        'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
      )
      .get();
    return { count: tail?.seq ?? 0, hash: tail?.hash ?? GENESIS_HASH };
  }
}

function bodyOf(entry: AuditEntry): AuditBody {
  return {
    input: entry.input,
    lists: entry.lists,
    engine: entry.engine,
    settingsHash: entry.settingsHash,
    results: entry.results,
  };
}

function toRecord(row: AuditRow): AuditRecord {
  const body = JSON.parse(row.body) as AuditBody;
  return {
    seq: row.seq,
    at: row.at,
    caller: row.caller,
    kind: row.kind,
    ...body,
    prevHash: row.prev_hash,
    hash: row.hash,
    ...(row.keyed === 1 ? { keyed: true as const } : {}),
  };
}
