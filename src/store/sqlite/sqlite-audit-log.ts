import type Database from 'better-sqlite3';
import { GENESIS_HASH, hashAuditRecord } from '../audit-hash.ts';
import type {
  AuditEntry,
  AuditLog,
  AuditRange,
  AuditRecord,
  AuditVerification,
} from '../audit-log.ts';

interface AuditRow {
  seq: number;
  at: string;
  caller: string;
  kind: string;
  body: string;
  prev_hash: string;
  hash: string;
}

type AuditBody = Pick<AuditEntry, 'input' | 'lists' | 'engine' | 'settingsHash' | 'results'>;

/** The audit trail in the SQLite store: appends run in one IMMEDIATE transaction each. */
export class SqliteAuditLog implements AuditLog {
  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
  }

  append(entries: readonly AuditEntry[]): Promise<AuditRecord[]> {
    const last = this.db.prepare<[], { seq: number; hash: string }>(
      'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
    );
    const insert = this.db.prepare(
      'INSERT INTO audit_log (seq, at, caller, kind, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    // IMMEDIATE takes the write lock before reading the chain's end, so two processes sharing the
    // file (the server and a CLI batch) never fork the chain.
    const write = this.db.transaction((items: readonly AuditEntry[]) => {
      const tail = last.get();
      let seq = tail?.seq ?? 0;
      let prevHash = tail?.hash ?? GENESIS_HASH;
      const at = new Date().toISOString();
      return items.map((entry) => {
        seq += 1;
        const unhashed: Omit<AuditRecord, 'hash'> = { ...entry, seq, at, prevHash };
        const hash = hashAuditRecord(unhashed);
        const body: AuditBody = {
          input: entry.input,
          lists: entry.lists,
          engine: entry.engine,
          settingsHash: entry.settingsHash,
          results: entry.results,
        };
        insert.run(seq, at, entry.caller, entry.kind, JSON.stringify(body), prevHash, hash);
        prevHash = hash;
        return { ...unhashed, hash };
      });
    });
    return Promise.resolve(write.immediate(entries));
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

  verify(): Promise<AuditVerification> {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let records = 0;
    for (const row of this.db
      .prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq')
      .iterate()) {
      records += 1;
      const record = toRecord(row);
      const fail = (reason: string): Promise<AuditVerification> =>
        Promise.resolve({ ok: false, records, brokenAt: { seq: row.seq, reason } });
      if (row.seq !== expectedSeq) return fail(`record ${expectedSeq} is missing`);
      if (record.prevHash !== prevHash)
        return fail('its link to the previous record does not match');
      const { hash, ...unhashed } = record;
      if (hashAuditRecord(unhashed) !== hash) return fail('its content does not match its hash');
      prevHash = hash;
      expectedSeq += 1;
    }
    return Promise.resolve({ ok: true, records });
  }
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
  };
}
