import type { Pool, PoolClient } from 'pg';
import { AppError } from '../../core/index.ts';
import {
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
import { storeError, withClient } from './postgres-client.ts';

/** Subjects, alerts and decisions in the PostgreSQL store; lists are passed as array parameters. */
export class PostgresMonitoringStore implements MonitoringStore {
  private readonly pool: Pool;

  constructor(pool: Pool) {
    this.pool = pool;
  }

  async saveSubjects(writes: readonly SubjectWrite[]): Promise<SubjectOutcome[]> {
    if (writes.length === 0) return [];
    return this.transaction('The subjects could not be saved', async (client) => {
      const ids = writes.map((w) => w.subject.id);
      const before = new Map(
        (
          await client.query<{ id: string; hash: string; removed_at: string | null }>(
            'SELECT id, hash, removed_at FROM subjects WHERE id = ANY($1::text[]) FOR UPDATE',
            [ids],
          )
        ).rows.map((r) => [r.id, r] as const),
      );
      const outcomes: SubjectOutcome[] = [];
      const changed: SubjectWrite[] = [];
      // The last write of an id wins, as if the rows had been saved one by one.
      const seen = new Map<string, SubjectOutcome>();
      for (const write of writes) {
        const old = before.get(write.subject.id);
        const outcome: SubjectOutcome =
          old === undefined
            ? seen.has(write.subject.id)
              ? 'updated'
              : 'added'
            : old.hash === write.hash && old.removed_at === null
              ? 'unchanged'
              : 'updated';
        seen.set(write.subject.id, outcome);
        outcomes.push(outcome);
        if (outcome !== 'unchanged') changed.push(write);
      }
      const last = new Map(changed.map((w) => [w.subject.id, w] as const));
      const rows = [...last.values()];
      if (rows.length === 0) return outcomes;
      const now = new Date().toISOString();
      await client.query(
        `INSERT INTO subjects (id, data, hash, updated_at, removed_at)
         SELECT r.id, r.data::json, r.hash, $4, NULL
         FROM unnest($1::text[], $2::text[], $3::text[]) AS r (id, data, hash)
         ON CONFLICT (id) DO UPDATE SET data = excluded.data, hash = excluded.hash,
           updated_at = excluded.updated_at, removed_at = NULL`,
        [
          rows.map((w) => w.subject.id),
          rows.map((w) => JSON.stringify(subjectData(w.subject))),
          rows.map((w) => w.hash),
          now,
        ],
      );
      await client.query('DELETE FROM subject_keys WHERE subject_id = ANY($1::text[])', [
        rows.map((w) => w.subject.id),
      ]);
      const keyIds: string[] = [];
      const keys: string[] = [];
      for (const w of rows) {
        for (const key of new Set(w.keys)) {
          keyIds.push(w.subject.id);
          keys.push(key);
        }
      }
      await client.query(
        `INSERT INTO subject_keys (key, subject_id)
         SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
        [keys, keyIds],
      );
      return outcomes;
    });
  }

  async getSubjects(ids: readonly string[]): Promise<StoredSubject[]> {
    const rows = await this.select<SubjectRow>(
      `SELECT id, data, hash, updated_at FROM subjects
       WHERE removed_at IS NULL AND id = ANY($1::text[]) ORDER BY id`,
      [ids],
    );
    return rows.map(toSubject);
  }

  async listSubjects(options: { afterId?: string; limit?: number } = {}): Promise<StoredSubject[]> {
    const rows = await this.select<SubjectRow>(
      `SELECT id, data, hash, updated_at FROM subjects
       WHERE removed_at IS NULL AND id > $1 ORDER BY id LIMIT $2`,
      [options.afterId ?? '', options.limit ?? null],
    );
    return rows.map(toSubject);
  }

  async countSubjects(): Promise<number> {
    const [row] = await this.select<{ n: string }>(
      'SELECT count(*) AS n FROM subjects WHERE removed_at IS NULL',
      [],
    );
    return Number(row?.n ?? 0);
  }

  async removeSubject(id: string): Promise<boolean> {
    return this.transaction('The subject could not be removed', async (client) => {
      const result = await client.query(
        'UPDATE subjects SET removed_at = $1 WHERE id = $2 AND removed_at IS NULL',
        [new Date().toISOString(), id],
      );
      await client.query('DELETE FROM subject_keys WHERE subject_id = $1', [id]);
      return (result.rowCount ?? 0) > 0;
    });
  }

  async subjectsWithKeys(keys: readonly string[]): Promise<string[]> {
    const rows = await this.select<{ subject_id: string }>(
      'SELECT DISTINCT subject_id FROM subject_keys WHERE key = ANY($1::text[]) ORDER BY subject_id',
      [keys],
    );
    return rows.map((r) => r.subject_id);
  }

  async keysOfSubjects(keys: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.select<{ key: string; subject_id: string }>(
      'SELECT key, subject_id FROM subject_keys WHERE key = ANY($1::text[])',
      [keys],
    );
    const bySubject = new Map<string, string[]>();
    for (const { key, subject_id } of rows) {
      const known = bySubject.get(subject_id);
      if (known === undefined) bySubject.set(subject_id, [key]);
      else known.push(key);
    }
    return bySubject;
  }

  async subjectsAlertedOn(entityIds: readonly string[]): Promise<string[]> {
    const rows = await this.select<{ subject_id: string }>(
      `SELECT DISTINCT a.subject_id FROM alerts a JOIN subjects s ON s.id = a.subject_id
       WHERE s.removed_at IS NULL AND a.entity_id = ANY($1::text[]) ORDER BY a.subject_id`,
      [entityIds],
    );
    return rows.map((r) => r.subject_id);
  }

  async alertsOf(subjectIds: readonly string[]): Promise<Alert[]> {
    const rows = await this.select<AlertRow>(
      'SELECT * FROM alerts WHERE subject_id = ANY($1::text[]) ORDER BY id',
      [subjectIds],
    );
    return rows.map((row) => toAlert(row, false));
  }

  async saveAlerts(writes: readonly AlertWrite[]): Promise<Alert[]> {
    if (writes.length === 0) return [];
    return this.transaction('The alerts could not be saved', async (client) => {
      const now = new Date().toISOString();
      const alerts: Alert[] = [];
      // One statement per pair keeps the RETURNING row in step with its write; re-screens write
      // few alerts, so the round trips do not matter.
      for (const w of writes) {
        const result = await client.query<AlertRow>(
          `INSERT INTO alerts (subject_id, entity_id, list, list_version, score, explanation,
             status, first_raised_at, updated_at, reopen_reason, delisted_in, entity_facts,
             subject_hash)
           VALUES ($1, $2, $3, $4, $5, $6::json, 'open', $7, $7, NULL, NULL, $8::json, $9)
           ON CONFLICT (subject_id, entity_id) DO UPDATE SET list = excluded.list,
             list_version = excluded.list_version, score = excluded.score,
             explanation = excluded.explanation, updated_at = excluded.updated_at,
             delisted_in = NULL, entity_facts = excluded.entity_facts,
             subject_hash = excluded.subject_hash,
             status = CASE WHEN $10::text IS NULL THEN alerts.status ELSE 'open' END,
             reopen_reason = coalesce($10::text, alerts.reopen_reason)
           RETURNING *`,
          [
            w.subjectId,
            w.entityId,
            w.list,
            w.listVersion,
            w.score,
            JSON.stringify(w.explanation),
            now,
            JSON.stringify(w.entityFacts),
            w.subjectHash,
            w.reopenReason ?? null,
          ],
        );
        alerts.push(toAlert(result.rows[0]!, false));
      }
      return alerts;
    });
  }

  async delistAlerts(entityIds: readonly string[], version: number): Promise<number> {
    try {
      const result = await this.pool.query(
        `UPDATE alerts SET delisted_in = $1, updated_at = $2
         WHERE delisted_in IS NULL AND entity_id = ANY($3::text[])`,
        [version, new Date().toISOString(), entityIds],
      );
      return result.rowCount ?? 0;
    } catch (error) {
      throw storeError('The alerts could not be marked delisted', error);
    }
  }

  async listAlerts(filter: AlertFilter = {}): Promise<Alert[]> {
    const where = ['s.removed_at IS NULL'];
    const params: unknown[] = [];
    if (filter.status !== undefined) {
      params.push(filter.status);
      where.push(`a.status = $${params.length}`);
    }
    if (filter.subjectId !== undefined) {
      params.push(filter.subjectId);
      where.push(`a.subject_id = $${params.length}`);
    }
    params.push(filter.limit ?? null);
    const rows = await this.select<AlertRow>(
      `SELECT a.* FROM alerts a JOIN subjects s ON s.id = a.subject_id
       WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => toAlert(row, false));
  }

  async getAlert(id: number): Promise<Alert | undefined> {
    const [row] = await this.select<AlertRow>('SELECT * FROM alerts WHERE id = $1', [id]);
    return row === undefined ? undefined : toAlert(row, false);
  }

  async appendDecision(input: DecisionInput): Promise<StoredDecision> {
    return this.transaction('The decision could not be saved', async (client) => {
      // The alert row is locked so that two analysts deciding at once are ordered, not mixed.
      const alert = await client.query('SELECT id FROM alerts WHERE id = $1 FOR UPDATE', [
        input.alertId,
      ]);
      if (alert.rowCount === 0) {
        throw new AppError('NOT_FOUND', `No alert has the id ${input.alertId}.`, {
          details: { alertId: input.alertId },
        });
      }
      const result = await client.query<DecisionRow>(
        `INSERT INTO decisions (alert_id, decision, note, decided_by, at, audit_seq)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [
          input.alertId,
          input.decision,
          input.note,
          input.by,
          new Date().toISOString(),
          input.auditSeq,
        ],
      );
      const row = result.rows[0]!;
      await client.query(
        'UPDATE alerts SET status = $1, reopen_reason = NULL, updated_at = $2 WHERE id = $3',
        [input.decision, row.at, input.alertId],
      );
      return toDecision(row);
    });
  }

  async decisionsOf(alertId: number): Promise<StoredDecision[]> {
    const rows = await this.select<DecisionRow>(
      'SELECT * FROM decisions WHERE alert_id = $1 ORDER BY id',
      [alertId],
    );
    return rows.map(toDecision);
  }

  private async select<Row extends object>(sql: string, params: unknown[]): Promise<Row[]> {
    try {
      return (await this.pool.query<Row>(sql, params)).rows;
    } catch (error) {
      throw storeError('The monitoring data could not be read', error);
    }
  }

  private async transaction<T>(
    action: string,
    work: (client: PoolClient) => Promise<T>,
  ): Promise<T> {
    try {
      return await withClient(this.pool, async (client) => {
        await client.query('BEGIN');
        try {
          const result = await work(client);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      });
    } catch (error) {
      throw storeError(action, error);
    }
  }
}
