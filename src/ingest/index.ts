export * from './country-code.ts';
