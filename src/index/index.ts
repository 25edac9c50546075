export * from './blocking-keys.ts';
export * from './candidate-index.ts';
export * from './find-candidates.ts';
export * from './posting-lists.ts';
export * from './rarity-table.ts';
