export * from './load-config.ts';
export * from './list-urls.ts';
export * from './settings-schema.ts';
export * from './read-settings-file.ts';
export * from './package-version.ts';
export * from './parse-duration.ts';
