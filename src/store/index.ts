export * from './store.ts';
export * from './monitoring-store.ts';
export * from './sqlite/sqlite-store.ts';
export * from './diff-versions.ts';
export * from './audit-log.ts';
export * from './audit-hash.ts';
export * from './audit-anchor.ts';
export * from './verify-audit-chain.ts';
