import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.ts';
import { AppError } from '../../core/index.ts';
import type { HealthAnswer, ReadyAnswer } from '../api-types.ts';
import { answer } from '../describe-operations.ts';

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

  // Another process (`sift lists import`, a second server) may activate new versions: the server
  // looks every few seconds and swaps in their engine, so answers follow the store.
  if (app.config.server.followStoreMs > 0) {
    const stop = app.screening.follow(app.config.server.followStoreMs, (lists) => {
      server.log.info({ lists }, 'switched to the store’s new list versions');
    });
    server.addHook('onClose', (_instance, done) => {
      stop();
      done();
    });
  }

  server.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'healthz',
        tags: ['operations'],
        summary: 'Liveness: the process answers.',
        response: { 200: answer('HealthAnswer', 'The process is alive.') },
      },
    },
    (): HealthAnswer => ({ status: 'ok' }),
  );
  server.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'readyz',
        tags: ['operations'],
        summary: 'Readiness: the lists are loaded and the engine is built; the versions it uses.',
        response: { 200: answer('ReadyAnswer', 'Ready, with the list versions screened against.') },
        errors: ['NOT_READY'],
      },
    },
    async (): Promise<ReadyAnswer> => {
      if (!ready)
        throw new AppError('NOT_READY', 'The lists are still loading; retry in a few seconds.');
      // The versions the engine screens against, which may trail the store by one poll.
      const [{ lists }, staleness] = await Promise.all([
        app.screening.index(),
        app.lists.staleness(),
      ]);
      // A stale list does not make the server unready (it still screens, against what it has);
      // it is reported so that monitoring notices updates that stopped.
      const warnings = staleness.flatMap((s) => (s.warning === undefined ? [] : [s.warning]));
      return {
        status: 'ready',
        lists: lists.map((v) => ({
          list: v.list,
          version: v.version,
          published: v.published,
          stale: staleness.find((s) => s.list === v.list)?.stale ?? false,
        })),
        ...(warnings.length === 0 ? {} : { warnings }),
      };
    },
  );
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
