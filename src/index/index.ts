export * from './candidate-index.ts';
export * from './find-candidates.ts';
export * from './rarity-table.ts';
