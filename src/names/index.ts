export * from './detect-script.ts';
