export * from './subject-keys.ts';
export * from './subject-record.ts';
export * from './entity-facts.ts';
export * from './reconcile-alerts.ts';
export * from './screen-subjects.ts';
export * from './rescreen-changes.ts';
export * from './import-subjects.ts';
export * from './decide-alert.ts';
/** Alert statuses, for the doors that may not reach the store. */
export { ALERT_STATUSES, type AlertStatus } from '../../store/index.ts';
export * from './queued-rescreen.ts';
export * from './pair-alerts.ts';
export * from './rescreen-all.ts';
export * from './screen-tasks.ts';
export * from './subject-thread-pool.ts';
