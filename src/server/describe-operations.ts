import type { FastifyInstance, RouteOptions } from 'fastify';
import type { ErrorCode } from '../core/index.ts';
import { HTTP_STATUS } from './http-status.ts';

declare module 'fastify' {
  interface FastifySchema {
    /** The error codes this route answers with besides those every route shares. */
    errors?: readonly ErrorCode[];
  }
}

type RouteSchema = NonNullable<RouteOptions['schema']> & {
  hide?: boolean;
  operationId?: string;
  response?: Record<string, unknown>;
  security?: unknown;
};

/** A response that points at one of the API's answer schemas (see api-types.ts). */
export function answer(typeName: string, description: string): object {
  return { description, content: { 'application/json': { schema: ref(typeName) } } };
}

/** A reference to one of the API's schemas in the OpenAPI document. */
export function ref(typeName: string): { $ref: string } {
  return { $ref: `#/components/schemas/${typeName}` };
}

/** The errors every protected route may answer with, beside those of its own. */
const COMMON_ERRORS: readonly ErrorCode[] = ['RATE_LIMITED', 'INTERNAL', 'NOT_READY'];
const KEY_ERRORS: readonly ErrorCode[] = ['UNAUTHORIZED', 'FORBIDDEN'];
const PUBLIC_ERRORS: readonly ErrorCode[] = ['FORBIDDEN', 'INTERNAL'];

/**
 * Completes each documented route's OpenAPI operation from what the route declares: its security
 * (from its access), and its error responses (from the error codes it lists in `errors`, plus those
 * every route shares). A route that documents no operationId or no success answer stops the
 * server from building, so the document cannot fall behind the routes.
 */
export function describeOperations(
  server: FastifyInstance,
  yentePrefixes: readonly string[],
): void {
  server.addHook('onRoute', (route) => {
    const schema = (route.schema ?? {}) as RouteSchema;
    if (schema.hide === true || route.url.startsWith('/docs') || route.method === 'HEAD') return;
    const name = `${String(route.method)} ${route.url}`;
    if (schema.operationId === undefined) throw new Error(`${name} declares no operationId.`);
    const responses = schema.response ?? {};
    if (!Object.keys(responses).some((status) => status.startsWith('2') || status.startsWith('3')))
      throw new Error(`${name} declares no success response.`);
    const access = route.config?.access ?? 'user';
    const yente = yentePrefixes.some((p) => route.url.startsWith(p));
    // Public routes are not rate-limited and need no key; any route refuses (403) a request
    // addressed to a non-loopback name when the server has no keys.
    const codes = new Set<ErrorCode>([
      ...(schema.errors ?? []),
      ...(access === 'public' ? PUBLIC_ERRORS : [...COMMON_ERRORS, ...KEY_ERRORS]),
    ]);
    const errors: Record<string, unknown> = {};
    // yente answers a request that fails validation with FastAPI's 422 and its list of problems.
    if (yente) errors['422'] = { codes: ['validation error'] };
    for (const code of codes) {
      const status = String(HTTP_STATUS[code]);
      const entry = (errors[status] ??= { codes: [] as string[] }) as { codes: string[] };
      entry.codes.push(code);
    }
    const documented: Record<string, unknown> = { ...responses };
    for (const [status, entry] of Object.entries(errors)) {
      if (documented[status] !== undefined) continue;
      const { codes: list } = entry as { codes: string[] };
      documented[status] = {
        description: `Error: ${list.join(', ')}.`,
        content: { 'application/json': { schema: ref(yente ? 'YenteErrorBody' : 'ErrorBody') } },
      };
    }
    const { errors: _declared, ...rest } = schema;
    route.schema = {
      ...rest,
      response: documented,
      security: access === 'public' ? [] : [{ apiKey: [] }],
    };
  });
}
