export * from './open-app.ts';
export * from './import-list-file.ts';
export * from './diff-list.ts';
export * from './update-lists.ts';
export * from './screening-service.ts';
export * from './run-batch.ts';
export * from './api-keys.ts';
export * from './batch-jobs.ts';
