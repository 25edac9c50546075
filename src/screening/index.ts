export * from './screening-index.ts';
export * from './screen-name.ts';
export * from './validate-query.ts';
export * from './batch/batch-input.ts';
export * from './batch/batch-output.ts';
export * from './batch/screen-batch-row.ts';
export * from './batch/batch-engine-types.ts';
export * from './batch/run-batch.ts';
export * from './batch/batch-jobs.ts';
export * from './batch/batch-chunks.ts';
export * from './batch/batch-thread-pool.ts';
export * from './batch/queued-batch-jobs.ts';
export * from './screening-snapshot.ts';
/** How an identifier is compared (for doors that must drop values the engine cannot use). */
export { identifierKeys } from '../matching/index.ts';
export * from './monitoring/index.ts';
export * from './engine.ts';
