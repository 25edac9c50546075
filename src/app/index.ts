export * from './open-app.ts';
export * from './import-list-file.ts';
export * from './diff-list.ts';
export * from './update-lists.ts';
export * from './screening-service.ts';
export * from './run-batch.ts';
export * from './api-keys.ts';
export * from './batch-jobs.ts';
export * from './open-store.ts';
export * from './article-service.ts';
export * from './list-status.ts';
export * from './entity-history.ts';
export * from './engine-snapshot.ts';
// Types of answers the doors pass on (they may not import analysis or store themselves).
export type { ArticleAnalysis } from '../analysis/index.ts';
export type { AuditRecord, AuditVerification } from '../store/index.ts';
