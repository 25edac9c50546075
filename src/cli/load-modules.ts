// The commands load the application and the server only when they run: `sift --help` and a mistyped
// command then answer without loading the name tables, the parsers and Fastify.

/** The application layer, loaded on first use. */
export function loadAppModule(): Promise<typeof import('../app/index.ts')> {
  return import('../app/index.ts');
}

/** The HTTP server, loaded on first use. */
export function loadServerModule(): Promise<typeof import('../server/index.ts')> {
  return import('../server/index.ts');
}
