import type { Schema } from '../core/index.ts';
import type { AlertStatus } from '../core/index.ts';

/** A person, company or vessel a user watches, under the user's own id. */
export interface Subject {
  id: string;
  /** One name or more; the first is the one shown. */
  names: string[];
  schema?: Schema;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  birthDate?: string;
  country?: string;
  identifiers: string[];
}

/** A subject as the store keeps it. */
export interface StoredSubject extends Subject {
  /** A hash of the facts screened (names, schema, birth date, country, identifiers). */
  hash: string;
  /** ISO timestamp of the last import that changed it. */
  updatedAt: string;
}

/** One subject to save, with the name keys the delta re-screen looks it up by. */
export interface SubjectWrite {
  subject: Subject;
  hash: string;
  /** Blocking keys of its names and identifiers (see subjectKeys). */
  keys: readonly string[];
}

/** What saving a subject did: `updated` when its facts changed (or it had been removed). */
export type SubjectOutcome = 'added' | 'updated' | 'unchanged';

// The statuses live in core, so the CLI can name them without loading the store.
export { ALERT_STATUSES } from '../core/index.ts';
export type { AlertStatus };

/** One (subject, listed entity) pair that scored at or above the threshold. */
export interface Alert {
  id: number;
  subjectId: string;
  entityId: string;
  list: string;
  /** The list version the pair was last screened against. */
  listVersion: number;
  score: number;
  /** The hit as screening explained it (JSON). */
  explanation: unknown;
  status: AlertStatus;
  /** ISO timestamp of the first time the pair was raised. */
  firstRaisedAt: string;
  updatedAt: string;
  /** Why a cleared alert was opened again, until the next decision. */
  reopenReason?: string;
  /** The list version in which the entity was removed from its list. */
  delistedIn?: number;
  /** Fingerprints of the entity's names, birth dates and identifiers when last screened. */
  entityFacts: Record<string, string>;
  /** The subject's hash when last screened. */
  subjectHash: string;
}

/** An alert raised or re-screened; the store inserts it or updates the pair's alert. */
export interface AlertWrite {
  subjectId: string;
  entityId: string;
  list: string;
  listVersion: number;
  score: number;
  explanation: unknown;
  entityFacts: Record<string, string>;
  subjectHash: string;
  /** Set to open a decided alert again, with this reason. */
  reopenReason?: string;
}

/** A decision on an alert, as recorded. */
export interface DecisionInput {
  alertId: number;
  decision: 'cleared' | 'confirmed';
  note: string;
  by: string;
  /** The audit record that holds this decision. */
  auditSeq: number;
}

/** A stored decision: never changed, only superseded by a newer one on the same alert. */
export interface StoredDecision extends DecisionInput {
  id: number;
  /** ISO timestamp. */
  at: string;
}

/** Which alerts to list. */
export interface AlertFilter {
  status?: AlertStatus;
  subjectId?: string;
  limit?: number;
}

/** Subjects, their alerts and the decisions taken on them; every backend runs one contract suite. */
export interface MonitoringStore {
  /** Inserts or updates subjects by id in one transaction, saying for each what changed. */
  saveSubjects(writes: readonly SubjectWrite[]): Promise<SubjectOutcome[]>;
  /** The subjects with these ids that are watched (not removed). */
  getSubjects(ids: readonly string[]): Promise<StoredSubject[]>;
  /** Watched subjects in id order, after `afterId`, at most `limit`. */
  listSubjects(options?: { afterId?: string; limit?: number }): Promise<StoredSubject[]>;
  /** How many subjects are watched. */
  countSubjects(): Promise<number>;
  /** Stops watching a subject (its alerts and decisions are kept); false when unknown. */
  removeSubject(id: string): Promise<boolean>;
  /** Ids of watched subjects that carry any of these keys. */
  subjectsWithKeys(keys: readonly string[]): Promise<string[]>;
  /** For each watched subject carrying any of these keys, the ones it carries. */
  keysOfSubjects(keys: readonly string[]): Promise<Map<string, string[]>>;
  /** Ids of watched subjects with an alert on any of these entities. */
  subjectsAlertedOn(entityIds: readonly string[]): Promise<string[]>;
  /** The alerts of these subjects. */
  alertsOf(subjectIds: readonly string[]): Promise<Alert[]>;
  /** Raises new alerts or updates existing pairs, in one transaction. */
  saveAlerts(writes: readonly AlertWrite[]): Promise<Alert[]>;
  /** Marks the alerts on these entities as delisted in `version`; returns how many it marked. */
  delistAlerts(entityIds: readonly string[], version: number): Promise<number>;
  /** Alerts of watched subjects, newest first. */
  listAlerts(filter?: AlertFilter): Promise<Alert[]>;
  /** One alert, or undefined. */
  getAlert(id: number): Promise<Alert | undefined>;
  /**
   * Appends a decision and sets the alert's status to it, atomically; NOT_FOUND for an unknown
   * alert. Earlier decisions stay as they were.
   */
  appendDecision(input: DecisionInput): Promise<StoredDecision>;
  /** Every decision on an alert, oldest first. */
  decisionsOf(alertId: number): Promise<StoredDecision[]>;
}
