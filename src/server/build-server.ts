import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { findApiCaller, loadApiKeys, type ApiCaller, type App } from '../app/index.ts';
import { AppError, isAppError } from '../core/index.ts';
import { HTTP_STATUS } from './http-status.ts';
import { echoRequestId, loggerOptions } from './request-logging.ts';
import { registerAnalyzeRoutes } from './routes/analyze-routes.ts';
import { registerAuditRoutes } from './routes/audit-routes.ts';
import { registerBatchRoutes } from './routes/batch-routes.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { registerListsRoutes } from './routes/lists-routes.ts';
import { registerMatchRoutes } from './routes/match-routes.ts';
import { registerMetricsRoutes } from './routes/metrics-routes.ts';
import { registerScreenRoutes } from './routes/screen-routes.ts';
import { registerWebRoutes } from './routes/web-routes.ts';
import { registerYenteRoutes } from './routes/yente-routes.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who made the request: the API key's id, or `local` when no keys are configured. */
    caller: ApiCaller;
  }
}

/** Paths anyone may call, keys or not. */
const PUBLIC_PATHS = ['/healthz', '/readyz', '/openapi.json', '/docs'];

/** Builds the HTTP server over an App (not yet listening). */
export async function buildServer(app: App): Promise<FastifyInstance> {
  const settings = app.config.server;
  const keys = loadApiKeys(settings.keysFile);
  const server = Fastify({
    bodyLimit: settings.bodyLimitBytes,
    requestTimeout: settings.requestTimeoutMs,
    ...loggerOptions(settings),
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false } },
  });
  echoRequestId(server);
  server.decorateRequest('caller', { getter: () => ({ id: 'local', admin: keys.length === 0 }) });

  server.setErrorHandler((error, _request, reply) => {
    const appError = toAppError(error);
    void reply
      .status(HTTP_STATUS[appError.code])
      .send({ error: { code: appError.code, message: appError.message } });
  });
  server.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message: `No route ${request.method} ${request.url.split('?')[0] ?? ''}.`,
      },
    });
  });

  server.addHook('onRequest', (request, _reply, done) => {
    if (keys.length === 0 || isPublic(request.url)) {
      done();
      return;
    }
    const presented = presentedKey(request);
    const caller = presented === undefined ? undefined : findApiCaller(keys, presented);
    if (caller === undefined) {
      done(
        new AppError(
          'UNAUTHORIZED',
          presented === undefined
            ? 'This server needs an API key: send `Authorization: Bearer <key>`.'
            : 'The API key is not valid.',
        ),
      );
      return;
    }
    Object.defineProperty(request, 'caller', { value: caller });
    done();
  });

  if (settings.rateLimitPerMinute > 0) {
    await server.register(rateLimit, {
      max: settings.rateLimitPerMinute,
      timeWindow: '1 minute',
      keyGenerator: (request) => (keys.length === 0 ? request.ip : request.caller.id),
      allowList: (request) => isPublic(request.url),
      errorResponseBuilder: (_request, context) =>
        new AppError(
          'RATE_LIMITED',
          `Too many requests: the limit is ${context.max} a minute. Retry in ${Math.ceil(context.ttl / 1000)} s.`,
        ),
    });
  }

  await server.register(swagger, {
    openapi: {
      info: {
        title: 'Sift API',
        version: '0.1.0',
        description:
          'Screen names and files against the UN, OFAC, EU and UK sanctions lists, with explanations. `POST /match/{dataset}` is compatible with yente.',
      },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: keys.length === 0 ? [] : [{ apiKey: [] }],
    },
  });
  await server.register(swaggerUi, { routePrefix: '/docs' });

  registerHealthRoutes(server, app);
  registerScreenRoutes(server, app);
  registerMatchRoutes(server, app);
  registerYenteRoutes(server, app);
  registerListsRoutes(server, app);
  const jobs = registerBatchRoutes(server, app);
  registerMetricsRoutes(server, app, jobs);
  registerAuditRoutes(server, app);
  registerAnalyzeRoutes(server, app);
  registerWebRoutes(server, app);
  server.get('/openapi.json', { schema: { hide: true } }, () => server.swagger());
  return server;
}

function isPublic(url: string): boolean {
  const path = url.split('?')[0] ?? url;
  return (
    PUBLIC_PATHS.some((p) => path === p || path.startsWith(`${p}/`)) ||
    !/^\/(screen|explain|match|search|entities|algorithms|catalog|lists|batch|audit|analyze)\b/.test(
      path,
    )
  );
}

function presentedKey(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ') === true) return auth.slice(7).trim();
  if (auth?.startsWith('ApiKey ') === true) return auth.slice(7).trim();
  const header = request.headers['x-api-key'];
  return typeof header === 'string' ? header : undefined;
}

function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const fastifyError = error as {
    code?: string;
    statusCode?: number;
    message?: string;
    validation?: unknown;
  };
  if (fastifyError.validation !== undefined)
    return new AppError('QUERY_INVALID', `Invalid request: ${fastifyError.message ?? ''}`);
  if (fastifyError.statusCode === 413 || fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError('PAYLOAD_TOO_LARGE', 'The request body is over the size limit.');
  }
  if (fastifyError.statusCode === 415)
    return new AppError('QUERY_INVALID', fastifyError.message ?? 'Unsupported content type.');
  if (
    fastifyError.statusCode !== undefined &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    return new AppError('QUERY_INVALID', fastifyError.message ?? 'Malformed request.');
  }
  // An unexpected failure: say so plainly and leave the details (and stack) out of the answer.
  process.stderr.write(
    `sift serve: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return new AppError('STORE_UNAVAILABLE', 'The server failed to answer; the error is in its log.');
}
