export * from './open-app.ts';
// The list use cases live in lists/; the doors reach them through App's index.
export * from '../lists/index.ts';
export * from './screening-service.ts';
export * from './run-batch.ts';
export * from './api-keys.ts';
export * from './batch-jobs.ts';
export * from './open-store.ts';
export * from './article-service.ts';
export * from './engine-snapshot.ts';
export * from './article-snapshot.ts';
// Types of answers the doors pass on (they may not import analysis or store themselves).
export type { ArticleAnalysis } from '../analysis/index.ts';
export type { AuditRecord, AuditVerification } from '../store/index.ts';
