import {
  AppError,
  type ListName,
  type NameQuery,
  type PairAlert,
  type ScreenResult,
} from '../core/index.ts';
import { type BatchFormat } from '../screening/batch/index.ts';
import {
  decideAlert,
  pairAlerts,
  withPairAlerts,
  importSubjects,
  rescreenAll,
  rescreenChanges,
  type DecisionRequest,
  type OpenSubjectPool,
  type RescreenSummary,
  type SubjectImportReport,
} from '../screening/monitoring/index.ts';
import {
  diffEntities,
  type Alert,
  type AlertFilter,
  type StoredDecision,
  type StoredSubject,
  type Store,
} from '../store/index.ts';
import { ENGINE_SETTINGS_HASH, type ScreeningService } from './screening-service.ts';

/** The summary of the delta re-screen after one list import. */
export type DeltaSummary = RescreenSummary & { list: ListName; candidates: number };

/** An alert as listed, with the name its subject is shown by. */
export type ListedAlert = Alert & {
  /** The subject's first name (absent for a subject screened by identifiers alone). */
  subjectName?: string;
};

/** Ongoing screening: watched subjects, their alerts, decisions and re-screens. */
export interface MonitoringService {
  /** Imports subjects (CSV or JSON lines, the columns of `sift batch`) and screens them at once. */
  importSubjects(
    input: AsyncIterable<Buffer | string>,
    format: BatchFormat,
    caller?: string,
  ): Promise<SubjectImportReport>;
  /** Watched subjects in id order. */
  listSubjects(options?: { afterId?: string; limit?: number }): Promise<StoredSubject[]>;
  /** Stops watching a subject; false when no watched subject has this id. */
  removeSubject(id: string): Promise<boolean>;
  /** Screens every watched subject against the active lists. */
  rescreenAll(
    onProgress?: (screened: number, total: number) => void,
    caller?: string,
  ): Promise<RescreenSummary>;
  /**
   * Re-screens the subjects a new version of `list` may concern (its version `from`, undefined
   * for a first import, against the active one); undefined when no subject is watched.
   */
  afterImport(
    list: ListName,
    from: number | undefined,
    caller?: string,
    onProgress?: (screened: number, total: number) => void,
  ): Promise<DeltaSummary | undefined>;
  /** Alerts of watched subjects, newest first, each with its subject's name. */
  alerts(filter?: AlertFilter): Promise<ListedAlert[]>;
  /** One alert with every decision taken on it, oldest first, and its subject while watched. */
  alert(
    id: number,
  ): Promise<{ alert: Alert; decisions: StoredDecision[]; subject?: StoredSubject } | undefined>;
  /**
   * Screens one name for a watched subject (audited like any screening, with the subject): each
   * hit whose pair has an alert carries it, with the decision in force. NOT_FOUND when no watched
   * subject has the id.
   */
  screenFor(
    query: NameQuery,
    subjectId: string,
    caller: string,
    kind?: string,
  ): Promise<ScreenResult>;
  /**
   * The alerts of a watched subject's pairs with these entities (see pairAlerts); undefined when
   * no watched subject has the id.
   */
  pairAlerts(
    subjectId: string,
    entityIds: readonly string[],
  ): Promise<Map<string, PairAlert> | undefined>;
  /** Records a decision on the audit trail and in the store (see decideAlert). */
  decide(request: DecisionRequest): Promise<{ alert: Alert; decision: StoredDecision }>;
}

/**
 * Creates the monitoring service over the store and the screening engine; `openPool` lets large
 * re-screens use worker threads (see rescreenAll and rescreenChanges).
 */
export function createMonitoringService(
  store: Store,
  screening: ScreeningService,
  openPool?: OpenSubjectPool,
): MonitoringService {
  const m = store.monitoring;
  // After an import in this process, or one another process made, the engine must be the active one.
  const index = async (): Promise<Awaited<ReturnType<ScreeningService['index']>>> => {
    await screening.refresh();
    return screening.index();
  };
  return {
    // Screenings are audited under the caller: `cli` unless a door names another.
    importSubjects: async (input, format, caller = 'cli') =>
      importSubjects(store, await index(), input, format, caller),
    listSubjects: (options) => m.listSubjects(options),
    removeSubject: (id) => m.removeSubject(id),
    rescreenAll: async (onProgress, caller = 'cli') =>
      rescreenAll(store, await index(), caller, {
        ...(onProgress === undefined ? {} : { onProgress }),
        ...(openPool === undefined ? {} : { openPool }),
      }),
    afterImport: async (list, from, caller = 'cli', onProgress) => {
      if ((await m.countSubjects()) === 0) return undefined;
      const active = (await store.activeVersions()).find((v) => v.list === list);
      if (active === undefined || active.version === from) return undefined;
      const after = await store.loadEntities(list, active.version);
      const before = from === undefined ? [] : await store.loadEntities(list, from);
      const diff = diffEntities(before, after);
      const summary = await rescreenChanges(
        store,
        await index(),
        {
          list,
          version: active.version,
          changed: [...diff.added, ...diff.changed].map((e) => e.id),
          removed: diff.removed.map((e) => e.id),
        },
        caller,
        {
          ...(openPool === undefined ? {} : { openPool }),
          ...(onProgress === undefined ? {} : { onProgress }),
        },
      );
      return { ...summary, list };
    },
    alerts: async (filter) => {
      const alerts = await m.listAlerts(filter);
      // A reviewer scans alerts by who they concern: the page shows the name, the id beside it.
      const subjects = await m.getSubjects([...new Set(alerts.map((a) => a.subjectId))]);
      const names = new Map(subjects.map((s) => [s.id, s.names[0]]));
      return alerts.map((alert) => {
        const subjectName = names.get(alert.subjectId);
        return subjectName === undefined ? alert : { ...alert, subjectName };
      });
    },
    alert: async (id) => {
      const alert = await m.getAlert(id);
      if (alert === undefined) return undefined;
      // The subject's facts go with the alert, so a reviewer compares both sides in one answer.
      const [subject] = await m.getSubjects([alert.subjectId]);
      const decisions = await m.decisionsOf(id);
      return subject === undefined ? { alert, decisions } : { alert, decisions, subject };
    },
    decide: (request) => decideAlert(store, request, ENGINE_SETTINGS_HASH),
    screenFor: async (query, subjectId, caller, kind = 'screen') => {
      // Checked first: a screening for an unknown subject is refused, not audited as one.
      if ((await m.getSubjects([subjectId])).length === 0) throw unknownSubject(subjectId);
      const result = await screening.screen(query, caller, kind, subjectId);
      const pairs = await pairAlerts(
        store,
        await screening.index(),
        subjectId,
        result.results.map((hit) => hit.entityId),
      );
      if (pairs === undefined) throw unknownSubject(subjectId);
      return { ...result, results: withPairAlerts(result.results, pairs) };
    },
    pairAlerts: async (subjectId, entityIds) =>
      pairAlerts(store, await screening.index(), subjectId, entityIds),
  };
}

function unknownSubject(id: string): AppError {
  return new AppError(
    'NOT_FOUND',
    `No watched subject has the id "${id}" (see \`sift subjects list\`).`,
    { details: { subject: id } },
  );
}
