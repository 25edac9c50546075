export * from './screening-index.ts';
export * from './screen-name.ts';
export * from './validate-query.ts';
export * from './screening-snapshot.ts';
/** How an identifier is compared (for doors that must drop values the engine cannot use). */
export { identifierKeys } from '../matching/index.ts';
export * from './engine.ts';
export * from './warm-screening.ts';
export * from './screening-snapshot-builder.ts';
