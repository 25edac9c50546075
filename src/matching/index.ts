export * from './align-names.ts';
export * from './compare-tokens.ts';
export * from './edit-cost.ts';
export * from './jaro-winkler.ts';
export * from './ofac-score.ts';
export * from './qualifiers.ts';
export * from './score-entity.ts';
export * from './describe-alignment.ts';
