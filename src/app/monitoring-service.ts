import type { ListName } from '../core/index.ts';
import {
  decideAlert,
  importSubjects,
  rescreenAll,
  rescreenChanges,
  type BatchFormat,
  type DecisionRequest,
  type RescreenSummary,
  type SubjectImportReport,
} from '../screening/index.ts';
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

/** Ongoing screening: watched subjects, their alerts, decisions and re-screens. */
export interface MonitoringService {
  /** Imports subjects (CSV or JSON lines, the columns of `sift batch`) and screens them at once. */
  importSubjects(
    input: AsyncIterable<Buffer | string>,
    format: BatchFormat,
  ): Promise<SubjectImportReport>;
  /** Watched subjects in id order. */
  listSubjects(options?: { afterId?: string; limit?: number }): Promise<StoredSubject[]>;
  /** Stops watching a subject; false when no watched subject has this id. */
  removeSubject(id: string): Promise<boolean>;
  /** Screens every watched subject against the active lists. */
  rescreenAll(onProgress?: (screened: number, total: number) => void): Promise<RescreenSummary>;
  /**
   * Re-screens the subjects a new version of `list` may concern (its version `from`, undefined
   * for a first import, against the active one); undefined when no subject is watched.
   */
  afterImport(list: ListName, from: number | undefined): Promise<DeltaSummary | undefined>;
  /** Alerts, newest first. */
  alerts(filter?: AlertFilter): Promise<Alert[]>;
  /** One alert with every decision taken on it, oldest first, and its subject while watched. */
  alert(
    id: number,
  ): Promise<{ alert: Alert; decisions: StoredDecision[]; subject?: StoredSubject } | undefined>;
  /** Records a decision on the audit trail and in the store (see decideAlert). */
  decide(request: DecisionRequest): Promise<{ alert: Alert; decision: StoredDecision }>;
}

/** Creates the monitoring service over the store and the screening engine. */
export function createMonitoringService(
  store: Store,
  screening: ScreeningService,
): MonitoringService {
  const m = store.monitoring;
  // After an import in this process, or one another process made, the engine must be the active one.
  const index = async (): Promise<Awaited<ReturnType<ScreeningService['index']>>> => {
    await screening.refresh();
    return screening.index();
  };
  return {
    importSubjects: async (input, format) => importSubjects(store, await index(), input, format),
    listSubjects: (options) => m.listSubjects(options),
    removeSubject: (id) => m.removeSubject(id),
    rescreenAll: async (onProgress) => rescreenAll(store, await index(), onProgress),
    afterImport: async (list, from) => {
      if ((await m.countSubjects()) === 0) return undefined;
      const active = (await store.activeVersions()).find((v) => v.list === list);
      if (active === undefined || active.version === from) return undefined;
      const after = await store.loadEntities(list, active.version);
      const before = from === undefined ? [] : await store.loadEntities(list, from);
      const diff = diffEntities(before, after);
      const summary = await rescreenChanges(store, await index(), {
        list,
        version: active.version,
        changed: [...diff.added, ...diff.changed].map((e) => e.id),
        removed: diff.removed.map((e) => e.id),
      });
      return { ...summary, list };
    },
    alerts: (filter) => m.listAlerts(filter),
    alert: async (id) => {
      const alert = await m.getAlert(id);
      if (alert === undefined) return undefined;
      // The subject's facts go with the alert, so a reviewer compares both sides in one answer.
      const [subject] = await m.getSubjects([alert.subjectId]);
      const decisions = await m.decisionsOf(id);
      return subject === undefined ? { alert, decisions } : { alert, decisions, subject };
    },
    decide: (request) => decideAlert(store, request, ENGINE_SETTINGS_HASH),
  };
}
