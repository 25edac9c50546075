export * from './import-list-file.ts';
export * from './diff-list.ts';
export * from './update-lists.ts';
export * from './list-status.ts';
export * from './entity-history.ts';
export * from './lists-service.ts';
export * from './list-staleness.ts';
