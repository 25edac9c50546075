export * from './country-code.ts';
export * from './detect-format.ts';
export * from './parsers.ts';
export * from './un-xml.ts';
