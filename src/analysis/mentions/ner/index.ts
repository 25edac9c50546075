export * from './ner-features.ts';
export * from './tag-entities.ts';
export * from './tokenize-text.ts';
