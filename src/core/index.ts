export * from './app-error.ts';
export * from './list-entity.ts';
export * from './parse-result.ts';
export * from './entity-builder.ts';
export * from './screening-types.ts';
export * from './batch-types.ts';
export * from './alert-status.ts';
export * from './article-limit.ts';
