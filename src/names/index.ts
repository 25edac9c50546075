export * from './detect-script.ts';
export * from './analyse-name.ts';
export * from './tokenise-name.ts';
export * from './phonetic-key.ts';
export * from './romanize.ts';
export * from './name-equivalents.ts';
export * from './name-tables.ts';
export * from './country-code.ts';
