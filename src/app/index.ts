// Not openWiredApp nor openStore: the doors never hold the store (tests import them from their files).
export { openApp, type App, type OpenAppOptions } from './open-app.ts';
// The list use cases live in lists/; the doors reach them through App's index.
export * from '../lists/index.ts';
export * from './screening-service.ts';
export type { BatchService } from './batch-service.ts';
// Not the keys file's own functions (add, revoke, load): the doors and tests go through App.keys
// (KeysService); the server checks requests against its ring.
export { findApiCaller, type ApiCaller, type KeyRing, type StoredApiKey } from './api-keys.ts';
export * from './keys-service.ts';
export * from './article-service.ts';
export * from './audit-service.ts';
export * from './engine-snapshot.ts';
export * from './snapshot-from-store.ts';
export * from './article-snapshot.ts';
export type { DeltaSummary, ListedAlert, MonitoringService } from './monitoring-service.ts';
export type { QueueService } from './queue-service.ts';
export * from './list-update-schedule.ts';
// What the doors need from the layers below them, named once here: the CLI and the server may
// import only app, core and config (the layer table in eslint.config.js).
export type { ArticleAnalysis, ArticleInput } from '../analysis/index.ts';
export { ALERT_STATUSES, type AlertStatus } from '../store/index.ts';
export type {
  Alert,
  AuditHead,
  AuditRecord,
  AuditVerification,
  StoredDecision,
  StoredSubject,
  StoredVersion,
} from '../store/index.ts';
export {
  ALGORITHM_VERSION,
  DEFAULT_THRESHOLD,
  ENGINE,
  flattenWeights,
  MAX_LIMIT,
  identifierKeys,
  isValidBirthDate,
  type ScreeningIndex,
} from '../screening/index.ts';
export { readBatchFile } from './read-batch-file.ts';
export type {
  BatchCaller,
  BatchFormat,
  BatchJobStatus,
  BatchJobs,
  BatchOptions,
} from '../screening/batch/index.ts';
export type { RescreenSummary, SubjectImportReport } from '../screening/monitoring/index.ts';
export { toFtmEntity } from './ftm-entity.ts';
export { toCountryCode } from '../names/index.ts';
