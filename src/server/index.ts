export * from './build-server.ts';
export * from './http-status.ts';
