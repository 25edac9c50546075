export * from './screening-index.ts';
export * from './screen-name.ts';
export * from './validate-query.ts';
export * from './batch-input.ts';
export * from './batch-output.ts';
export * from './screen-batch-row.ts';
export * from './screening-snapshot.ts';
