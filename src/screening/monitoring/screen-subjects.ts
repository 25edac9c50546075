import type { Hit, ListVersion } from '../../core/index.ts';
import type { Alert, AlertWrite, AuditEntry, StoredSubject, Store } from '../../store/index.ts';
import { ENGINE_SETTINGS_HASH } from '../engine.ts';
import { screenName } from '../screen-name.ts';
import {
  ALGORITHM_VERSION,
  DEFAULT_THRESHOLD,
  getEntity,
  type ScreeningIndex,
} from '../screening-index.ts';
import { reconcileAlerts, type SubjectHit } from './reconcile-alerts.ts';
import { subjectQueries } from './subject-record.ts';

/** What a screening of watched subjects did. */
export interface RescreenSummary {
  /** Subjects screened. */
  screened: number;
  /** Alerts raised for the first time. */
  raised: number;
  /** Cleared alerts opened again, with a reason. */
  reopened: number;
  /** Alerts whose entity left its list. */
  delisted: number;
  /** Subjects that could not be screened (an invalid name or date), with the reason. */
  errors: { subjectId: string; error: string }[];
}

/**
 * How the screenings of one run are recorded on the audit trail: one record per subject screened,
 * as for the rows of a batch.
 */
export interface SubjectAudit {
  /** `cli`, the API key id, or `scheduler`. */
  caller: string;
  /** `subject-import`, `rescreen-delta` or `rescreen-all`. */
  kind: string;
  /** The list versions the subjects were screened against. */
  lists: readonly ListVersion[];
}

/** Subjects read and written per store round trip. */
export const SUBJECT_CHUNK = 1000;

/** A summary with nothing in it yet. */
export function emptySummary(): RescreenSummary {
  return { screened: 0, raised: 0, reopened: 0, delisted: 0, errors: [] };
}

/** Finds a subject's hits: the best per entity over all its names. */
export type FindHits = (subject: StoredSubject) => Hit[];

/** Hits of a subject against the whole index, at the default threshold. */
export function fullHits(index: ScreeningIndex): FindHits {
  return (subject) => bestPerEntity(subjectQueries(subject).map((q) => screenName(index, q)));
}

/** Keeps the best matching hit of each entity over the results of several queries. */
export function bestPerEntity(results: readonly { results: readonly Hit[] }[]): Hit[] {
  const best = new Map<string, Hit>();
  for (const result of results) {
    for (const hit of result.results) {
      if (!hit.match) continue;
      const known = best.get(hit.entityId);
      if (known === undefined || hit.score > known.score) best.set(hit.entityId, hit);
    }
  }
  return [...best.values()];
}

/** One subject's screening: its hits at or above the threshold, or why it could not be screened. */
export type SubjectScreening = { hits: Hit[] } | { error: string };

/** Screens each subject with `findHits`; a subject it throws on gets the error as its screening. */
export function screenEach(
  subjects: readonly StoredSubject[],
  findHits: FindHits,
): SubjectScreening[] {
  return subjects.map((subject) => {
    try {
      return { hits: findHits(subject) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
}

/**
 * Screens subjects with `findHits` and raises, updates or reopens their alerts (see
 * recordScreenings), adding the counts to `summary`, SUBJECT_CHUNK subjects at a time.
 */
export async function screenSubjects(
  store: Store,
  index: ScreeningIndex,
  subjects: readonly StoredSubject[],
  findHits: FindHits,
  summary: RescreenSummary,
  audit: SubjectAudit,
): Promise<void> {
  for (let at = 0; at < subjects.length; at += SUBJECT_CHUNK) {
    const chunk = subjects.slice(at, at + SUBJECT_CHUNK);
    await recordScreenings(store, index, chunk, screenEach(chunk, findHits), summary, audit);
  }
}

/**
 * Records the screenings of some subjects (`screenings[i]` is `subjects[i]`'s, made on this index
 * or a worker's copy of it): raises, updates or reopens their alerts (see reconcileAlerts) and
 * adds the counts to `summary`. The screenings are appended to the audit trail before the alerts
 * are written. A subject that could not be screened is counted in `errors`, never dropped silently.
 */
export async function recordScreenings(
  store: Store,
  index: ScreeningIndex,
  subjects: readonly StoredSubject[],
  screenings: readonly SubjectScreening[],
  summary: RescreenSummary,
  audit: SubjectAudit,
): Promise<void> {
  const existing = await store.monitoring.alertsOf(subjects.map((s) => s.id));
  const bySubject = new Map<string, Alert[]>();
  for (const alert of existing) {
    const alerts = bySubject.get(alert.subjectId);
    if (alerts === undefined) bySubject.set(alert.subjectId, [alert]);
    else alerts.push(alert);
  }
  const writes: AlertWrite[] = [];
  const audits: AuditEntry[] = [];
  subjects.forEach((subject, i) => {
    const screening = screenings[i]!;
    if ('error' in screening) {
      summary.errors.push({ subjectId: subject.id, error: screening.error });
      return;
    }
    summary.screened += 1;
    audits.push(subjectAuditEntry(subject, screening.hits, audit));
    const plan = reconcileAlerts(
      subject,
      withEntities(index, screening.hits),
      bySubject.get(subject.id) ?? [],
    );
    summary.raised += plan.raised;
    summary.reopened += plan.reopened;
    writes.push(...plan.writes);
  });
  // Audit first, as for decisions: an alert in the store always has its screening on the chain.
  if (audits.length > 0) await store.audit.append(audits);
  if (writes.length > 0) await store.monitoring.saveAlerts(writes);
}

/** The audit record of one subject's screening: its facts, and the hits at or above the threshold. */
function subjectAuditEntry(
  subject: StoredSubject,
  hits: readonly Hit[],
  audit: SubjectAudit,
): AuditEntry {
  const { updatedAt: _updatedAt, ...facts } = subject;
  return {
    caller: audit.caller,
    kind: audit.kind,
    input: { subject: facts, threshold: DEFAULT_THRESHOLD },
    lists: audit.lists.map((l) => ({ list: l.list, version: l.version, published: l.published })),
    engine: ALGORITHM_VERSION,
    settingsHash: ENGINE_SETTINGS_HASH,
    results: hits.map((hit) => ({ entityId: hit.entityId, score: hit.score, match: hit.match })),
  };
}

/** The hits with their entities and the version of each entity's list in the index. */
function withEntities(index: ScreeningIndex, hits: readonly Hit[]): SubjectHit[] {
  return hits.flatMap((hit) => {
    const entity = getEntity(index, hit.entityId);
    const version = index.lists.find((l) => l.list === hit.list)?.version;
    return entity === undefined || version === undefined
      ? []
      : [{ hit, entity, listVersion: version }];
  });
}
