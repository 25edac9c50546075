import Fastify, { type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { App } from '../app/index.ts';
import { packageVersion } from '../config/index.ts';
import { AppError, isAppError } from '../core/index.ts';
import { installAccessControl, routeAccess } from './access-control.ts';
import { API_SCHEMAS } from './api-schemas.generated.ts';
import { buildValidator, compileWaitingValidators } from './build-validator.ts';
import { describeOperations } from './describe-operations.ts';
import { HTTP_STATUS } from './http-status.ts';
import { routeServer } from './route-server.ts';
import { echoRequestId, loggerOptions } from './request-logging.ts';
import { registerAnalyzeRoutes } from './routes/analyze-routes.ts';
import { registerAuditRoutes } from './routes/audit-routes.ts';
import { registerBatchRoutes } from './routes/batch-routes.ts';
import { registerHealthRoutes } from './routes/health-routes.ts';
import { registerListsRoutes } from './routes/lists-routes.ts';
import { registerMatchRoutes } from './routes/match-routes.ts';
import { registerMetricsRoutes } from './routes/metrics-routes.ts';
import { registerMonitoringRoutes } from './routes/monitoring-routes.ts';
import { registerScreenRoutes } from './routes/screen-routes.ts';
import { registerWebRoutes } from './routes/web-routes.ts';
import { registerYenteRoutes } from './routes/yente-routes.ts';

/** Path prefixes of the yente-compatible routes, whose errors follow yente's contract. */
const YENTE_PREFIXES = ['/match', '/search', '/entities', '/catalog', '/algorithms', '/manifest'];

const DOCS_CSP =
  "default-src 'self'; base-uri 'self'; img-src 'self' data:; object-src 'none'; script-src 'self'; script-src-attr 'none'; style-src 'self'; frame-ancestors 'none'";

/** Builds the HTTP server over an App (not yet listening). */
export async function buildServer(app: App): Promise<FastifyInstance> {
  const settings = app.config.server;
  const keys = app.keys.ring();
  const server = Fastify({
    bodyLimit: settings.bodyLimitBytes,
    requestTimeout: settings.requestTimeoutMs,
    ...loggerOptions(settings),
    schemaController: { compilersFactory: { buildValidator } },
  });
  echoRequestId(server);
  // Answers are written as they are: the response schemas document them (and a test checks real
  // answers against them), they do not filter them.
  server.setSerializerCompiler(() => (data) => JSON.stringify(data));
  server.decorateRequest('caller', { getter: () => ({ id: 'local', admin: false }) });

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

  installAccessControl(server, keys);

  if (settings.rateLimitPerMinute > 0) {
    await server.register(rateLimit, {
      max: settings.rateLimitPerMinute,
      timeWindow: '1 minute',
      keyGenerator: (request) => (keys.required() ? request.caller.id : request.ip),
      allowList: (request) => routeAccess(request) === 'public',
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
        version: packageVersion(),
        license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
        description:
          'Screen names and files against the UN, OFAC, EU and UK sanctions lists, with explanations. `POST /match/{dataset}` is compatible with yente.',
      },
      servers: [{ url: '/', description: 'this server' }],
      components: {
        securitySchemes: {
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description:
              'An API key from `sift keys add`, as `Authorization: Bearer <key>` (or `ApiKey <key>`). A server with no keys answers loopback requests without one.',
          },
        },
        schemas: API_SCHEMAS as Record<string, never>,
      },
    },
  });
  describeOperations(server, YENTE_PREFIXES);
  // The docs page's own CSP: its files only, no inline code, no framing, nothing fetched elsewhere.
  await server.register(swaggerUi, { routePrefix: '/docs', staticCSP: DOCS_CSP });

  const routes = routeServer(server);
  registerHealthRoutes(server, app);
  registerScreenRoutes(routes, app);
  registerMatchRoutes(routes, app);
  registerYenteRoutes(routes, app);
  registerListsRoutes(routes, app);
  const jobs = registerBatchRoutes(server, app);
  registerMetricsRoutes(server, app, jobs);
  registerAuditRoutes(routes, app);
  registerAnalyzeRoutes(routes, app);
  registerMonitoringRoutes(routes, app);
  registerWebRoutes(server, app);
  server.get('/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, () =>
    server.swagger(),
  );
  // Request validators compile on first use, so they do not hold back listening (~0.5 s of CPU).
  // A second after the server listens with its engine loaded, the unused ones compile one at a
  // time between requests, so the first /readyz polls are not queued behind them.
  server.addHook('onListen', (done) => {
    void app.screening.index().then(() => {
      setTimeout(() => {
        compileWaitingValidators().catch((error: unknown) => {
          server.log.error({ err: error }, 'a request schema does not compile');
        });
      }, 1000).unref();
    });
    done();
  });
  return server;
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
  if (fastifyError.statusCode === 415) {
    return new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'This endpoint does not read that content type; send the body with its own type (see /docs).',
    );
  }
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
  return new AppError('INTERNAL', 'The server failed to answer; the error is in its log.');
}
