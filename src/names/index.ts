export * from './detect-script.ts';
export * from './analyze-name.ts';
export * from './tokenize-name.ts';
export * from './phonetic-key.ts';
export * from './romanize.ts';
export * from './name-equivalents.ts';
export * from './name-tables.ts';
export * from './country-code.ts';
