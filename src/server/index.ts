export * from './build-server.ts';
export * from './http-status.ts';
export * from './loopback-only.ts';
