import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.ts';
import { AppError } from '../../core/index.ts';

/** GET /healthz (the process answers) and GET /readyz (lists loaded and index built). */
export function registerHealthRoutes(server: FastifyInstance, app: App): void {
  let ready = false;
  // Building the index starts with the server, so the first screening does not pay for it.
  app.screening
    .index()
    .then(() => {
      ready = true;
    })
    .catch((error: unknown) => {
      process.stderr.write(`sift serve: the index could not be built: ${String(error)}\n`);
    });

  server.get('/healthz', { schema: { hide: true }, config: { access: 'public' } }, () => ({
    status: 'ok',
  }));
  server.get('/readyz', { schema: { hide: true }, config: { access: 'public' } }, async () => {
    if (!ready)
      throw new AppError('NOT_READY', 'The lists are still loading; retry in a few seconds.');
    const lists = await app.store.activeVersions();
    return {
      status: 'ready',
      lists: lists.map((v) => ({
        list: v.list,
        version: v.version,
        published: v.published ?? null,
      })),
    };
  });
  server.addHook('preHandler', (request, _reply, done) => {
    if (ready || !NEEDS_INDEX.test(request.routeOptions.url ?? '')) {
      done();
      return;
    }
    done(new AppError('NOT_READY', 'The lists are still loading; retry in a few seconds.'));
  });
}

/** Routes (by their registered path) that cannot answer before the index is built. */
const NEEDS_INDEX = /^\/(screen|match|search|entities|explain|batch|analyze)\b/;
