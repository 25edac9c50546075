import type Database from 'better-sqlite3';
import { AppError } from '../../core/index.ts';
import {
  chunked,
  subjectData,
  toAlert,
  toDecision,
  toSubject,
  type AlertRow,
  type DecisionRow,
  type SubjectRow,
} from '../monitoring-rows.ts';
import type {
  Alert,
  AlertFilter,
  AlertWrite,
  DecisionInput,
  MonitoringStore,
  StoredDecision,
  StoredSubject,
  SubjectOutcome,
  SubjectWrite,
} from '../monitoring-store.ts';

/** SQLite allows 32,766 bound parameters; IN lists stay well below. */
const IN_CHUNK = 500;

/** Subjects, alerts and decisions in the SQLite store; writes run in IMMEDIATE transactions. */
export class SqliteMonitoringStore implements MonitoringStore {
  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
  }

  saveSubjects(writes: readonly SubjectWrite[]): Promise<SubjectOutcome[]> {
    const now = new Date().toISOString();
    const find = this.db.prepare<[string], { hash: string; removed_at: string | null }>(
      'SELECT hash, removed_at FROM subjects WHERE id = ?',
    );
    const upsert = this.db.prepare(
      `INSERT INTO subjects (id, data, hash, updated_at, removed_at) VALUES (?, ?, ?, ?, NULL)
       ON CONFLICT (id) DO UPDATE SET data = excluded.data, hash = excluded.hash,
         updated_at = excluded.updated_at, removed_at = NULL`,
    );
    const dropKeys = this.db.prepare('DELETE FROM subject_keys WHERE subject_id = ?');
    const addKey = this.db.prepare(
      'INSERT OR IGNORE INTO subject_keys (key, subject_id) VALUES (?, ?)',
    );
    const write = this.db.transaction((items: readonly SubjectWrite[]) =>
      items.map(({ subject, hash, keys }): SubjectOutcome => {
        const before = find.get(subject.id);
        if (before !== undefined && before.hash === hash && before.removed_at === null)
          return 'unchanged';
        upsert.run(subject.id, JSON.stringify(subjectData(subject)), hash, now);
        if (before !== undefined) dropKeys.run(subject.id);
        for (const key of keys) addKey.run(key, subject.id);
        return before === undefined ? 'added' : 'updated';
      }),
    );
    return Promise.resolve(write.immediate(writes));
  }

  getSubjects(ids: readonly string[]): Promise<StoredSubject[]> {
    const rows: SubjectRow[] = [];
    for (const chunk of chunked(ids, IN_CHUNK)) {
      rows.push(
        ...this.db
          .prepare<string[], SubjectRow>(
            `SELECT id, data, hash, updated_at FROM subjects
             WHERE removed_at IS NULL AND id IN (${marks(chunk.length)}) ORDER BY id`,
          )
          .all(...chunk),
      );
    }
    return Promise.resolve(rows.map(toSubject));
  }

  listSubjects(options: { afterId?: string; limit?: number } = {}): Promise<StoredSubject[]> {
    const rows = this.db
      .prepare<[string, number], SubjectRow>(
        `SELECT id, data, hash, updated_at FROM subjects
         WHERE removed_at IS NULL AND id > ? ORDER BY id LIMIT ?`,
      )
      .all(options.afterId ?? '', options.limit ?? -1);
    return Promise.resolve(rows.map(toSubject));
  }

  countSubjects(): Promise<number> {
    const row = this.db
      .prepare<[], { n: number }>('SELECT count(*) AS n FROM subjects WHERE removed_at IS NULL')
      .get();
    return Promise.resolve(row?.n ?? 0);
  }

  removeSubject(id: string): Promise<boolean> {
    const remove = this.db.transaction(() => {
      const result = this.db
        .prepare('UPDATE subjects SET removed_at = ? WHERE id = ? AND removed_at IS NULL')
        .run(new Date().toISOString(), id);
      this.db.prepare('DELETE FROM subject_keys WHERE subject_id = ?').run(id);
      return result.changes > 0;
    });
    return Promise.resolve(remove.immediate());
  }

  subjectsWithKeys(keys: readonly string[]): Promise<string[]> {
    const found = new Set<string>();
    for (const chunk of chunked(keys, IN_CHUNK)) {
      const rows = this.db
        .prepare<string[], { subject_id: string }>(
          `SELECT DISTINCT subject_id FROM subject_keys WHERE key IN (${marks(chunk.length)})`,
        )
        .all(...chunk);
      for (const row of rows) found.add(row.subject_id);
    }
    return Promise.resolve([...found].sort());
  }

  keysOfSubjects(keys: readonly string[]): Promise<Map<string, string[]>> {
    const bySubject = new Map<string, string[]>();
    // One key at a time through one prepared statement, rows as arrays and read as they come: a
    // common key (Muhammad) holds a fifth of a million subjects, and row objects for all of them
    // cost more than the read.
    const postings = this.db
      .prepare<[string], [string]>('SELECT subject_id FROM subject_keys WHERE key = ?')
      .raw(true);
    for (const key of new Set(keys)) {
      for (const [subjectId] of postings.iterate(key)) {
        const known = bySubject.get(subjectId);
        if (known === undefined) bySubject.set(subjectId, [key]);
        else known.push(key);
      }
    }
    return Promise.resolve(bySubject);
  }

  subjectsAlertedOn(entityIds: readonly string[]): Promise<string[]> {
    const found = new Set<string>();
    for (const chunk of chunked(entityIds, IN_CHUNK)) {
      const rows = this.db
        .prepare<string[], { subject_id: string }>(
          `SELECT DISTINCT a.subject_id FROM alerts a JOIN subjects s ON s.id = a.subject_id
           WHERE s.removed_at IS NULL AND a.entity_id IN (${marks(chunk.length)})`,
        )
        .all(...chunk);
      for (const row of rows) found.add(row.subject_id);
    }
    return Promise.resolve([...found].sort());
  }

  alertsOf(subjectIds: readonly string[]): Promise<Alert[]> {
    const alerts: Alert[] = [];
    for (const chunk of chunked(subjectIds, IN_CHUNK)) {
      const rows = this.db
        .prepare<string[], AlertRow>(
          `SELECT * FROM alerts WHERE subject_id IN (${marks(chunk.length)}) ORDER BY id`,
        )
        .all(...chunk);
      alerts.push(...rows.map((row) => toAlert(row, true)));
    }
    return Promise.resolve(alerts);
  }

  saveAlerts(writes: readonly AlertWrite[]): Promise<Alert[]> {
    const now = new Date().toISOString();
    // A new pair is raised open; an existing one keeps its status (a decision stands) unless the
    // write reopens it, and is no longer delisted once its entity is screened again.
    const upsert = this.db.prepare<unknown[], AlertRow>(
      `INSERT INTO alerts (subject_id, entity_id, list, list_version, score, explanation, status,
         first_raised_at, updated_at, reopen_reason, delisted_in, entity_facts, subject_hash)
       VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, NULL, NULL, ?, ?)
       ON CONFLICT (subject_id, entity_id) DO UPDATE SET list = excluded.list,
         list_version = excluded.list_version, score = excluded.score,
         explanation = excluded.explanation, updated_at = excluded.updated_at,
         delisted_in = NULL, entity_facts = excluded.entity_facts,
         subject_hash = excluded.subject_hash,
         status = CASE WHEN ? IS NULL THEN alerts.status ELSE 'open' END,
         reopen_reason = coalesce(?, alerts.reopen_reason)
       RETURNING *`,
    );
    const write = this.db.transaction((items: readonly AlertWrite[]) =>
      items.map((w) => {
        const reason = w.reopenReason ?? null;
        const row = upsert.get(
          w.subjectId,
          w.entityId,
          w.list,
          w.listVersion,
          w.score,
          JSON.stringify(w.explanation),
          now,
          now,
          JSON.stringify(w.entityFacts),
          w.subjectHash,
          reason,
          reason,
        );
        return toAlert(row!, true);
      }),
    );
    return Promise.resolve(write.immediate(writes));
  }

  delistAlerts(entityIds: readonly string[], version: number): Promise<number> {
    const now = new Date().toISOString();
    const write = this.db.transaction(() => {
      let marked = 0;
      for (const chunk of chunked(entityIds, IN_CHUNK)) {
        marked += this.db
          .prepare(
            `UPDATE alerts SET delisted_in = ?, updated_at = ?
             WHERE delisted_in IS NULL AND entity_id IN (${marks(chunk.length)})`,
          )
          .run(version, now, ...chunk).changes;
      }
      return marked;
    });
    return Promise.resolve(write.immediate());
  }

  listAlerts(filter: AlertFilter = {}): Promise<Alert[]> {
    const where = ['s.removed_at IS NULL'];
    const params: (string | number)[] = [];
    if (filter.status !== undefined) {
      where.push('a.status = ?');
      params.push(filter.status);
    }
    if (filter.subjectId !== undefined) {
      where.push('a.subject_id = ?');
      params.push(filter.subjectId);
    }
    params.push(filter.limit ?? -1);
    const rows = this.db
      .prepare<(string | number)[], AlertRow>(
        `SELECT a.* FROM alerts a JOIN subjects s ON s.id = a.subject_id
         WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT ?`,
      )
      .all(...params);
    return Promise.resolve(rows.map((row) => toAlert(row, true)));
  }

  getAlert(id: number): Promise<Alert | undefined> {
    const row = this.db.prepare<[number], AlertRow>('SELECT * FROM alerts WHERE id = ?').get(id);
    return Promise.resolve(row === undefined ? undefined : toAlert(row, true));
  }

  appendDecision(input: DecisionInput): Promise<StoredDecision> {
    const write = this.db.transaction((): DecisionRow => {
      const alert = this.db
        .prepare<[number], { id: number }>('SELECT id FROM alerts WHERE id = ?')
        .get(input.alertId);
      if (alert === undefined) {
        throw new AppError('NOT_FOUND', `No alert has the id ${input.alertId}.`, {
          details: { alertId: input.alertId },
        });
      }
      const row = this.db
        .prepare<unknown[], DecisionRow>(
          `INSERT INTO decisions (alert_id, decision, note, decided_by, at, audit_seq)
           VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
        )
        .get(
          input.alertId,
          input.decision,
          input.note,
          input.by,
          new Date().toISOString(),
          input.auditSeq,
        )!;
      this.db
        .prepare('UPDATE alerts SET status = ?, reopen_reason = NULL, updated_at = ? WHERE id = ?')
        .run(input.decision, row.at, input.alertId);
      return row;
    });
    try {
      return Promise.resolve(toDecision(write.immediate()));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  decisionsOf(alertId: number): Promise<StoredDecision[]> {
    const rows = this.db
      .prepare<[number], DecisionRow>('SELECT * FROM decisions WHERE alert_id = ? ORDER BY id')
      .all(alertId);
    return Promise.resolve(rows.map(toDecision));
  }
}

function marks(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
