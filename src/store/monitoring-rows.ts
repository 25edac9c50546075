import type {
  Alert,
  AlertStatus,
  StoredDecision,
  StoredSubject,
  Subject,
} from './monitoring-store.ts';

/** A subjects row; `data` is parsed JSON (PostgreSQL) or text (SQLite). */
export interface SubjectRow {
  id: string;
  data: Subject | string;
  hash: string;
  updated_at: string;
}

/** An alerts row; ids may come back as text (PostgreSQL bigint), JSON as text (SQLite). */
export interface AlertRow {
  id: number | string;
  subject_id: string;
  entity_id: string;
  list: string;
  list_version: number;
  score: number;
  explanation: unknown;
  status: AlertStatus;
  first_raised_at: string;
  updated_at: string;
  reopen_reason: string | null;
  delisted_in: number | null;
  entity_facts: Record<string, string> | string;
  subject_hash: string;
}

/** A decisions row. */
export interface DecisionRow {
  id: number | string;
  alert_id: number | string;
  decision: 'cleared' | 'confirmed';
  note: string;
  decided_by: string;
  at: string;
  audit_seq: number | string;
}

/** Rows of a subject in the store, from its row. */
export function toSubject(row: SubjectRow): StoredSubject {
  const data = typeof row.data === 'string' ? (JSON.parse(row.data) as Subject) : row.data;
  return { ...data, id: row.id, hash: row.hash, updatedAt: row.updated_at };
}

/** An alert from its row; `parseJson` says whether JSON columns arrive as text. */
export function toAlert(row: AlertRow, parseJson: boolean): Alert {
  return {
    id: Number(row.id),
    subjectId: row.subject_id,
    entityId: row.entity_id,
    list: row.list,
    listVersion: row.list_version,
    score: row.score,
    explanation: parseJson ? (JSON.parse(row.explanation as string) as unknown) : row.explanation,
    status: row.status,
    firstRaisedAt: row.first_raised_at,
    updatedAt: row.updated_at,
    ...(row.reopen_reason === null ? {} : { reopenReason: row.reopen_reason }),
    ...(row.delisted_in === null ? {} : { delistedIn: row.delisted_in }),
    entityFacts:
      typeof row.entity_facts === 'string'
        ? (JSON.parse(row.entity_facts) as Record<string, string>)
        : row.entity_facts,
    subjectHash: row.subject_hash,
  };
}

/** A decision from its row. */
export function toDecision(row: DecisionRow): StoredDecision {
  return {
    id: Number(row.id),
    alertId: Number(row.alert_id),
    decision: row.decision,
    note: row.note,
    by: row.decided_by,
    at: row.at,
    auditSeq: Number(row.audit_seq),
  };
}

/** The JSON a subject is stored as: its facts without the id, which is its own column. */
export function subjectData(subject: Subject): Omit<Subject, 'id'> {
  const { id: _id, ...data } = subject;
  return data;
}

/** Splits a list into chunks, for IN lists under the drivers' parameter limits. */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let at = 0; at < items.length; at += size) chunks.push(items.slice(at, at + size));
  return chunks;
}
