import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';

/**
 * The server as routes see it: each route's body, query string and path parameters take their
 * types from the JSON Schemas the route declares (written `as const`), so the schema that
 * validates a request is also the type its handler reads, and no handler casts its input.
 */
export type RouteServer = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  JsonSchemaToTsProvider
>;

/** The same server, seen through its route types (a type-level view: nothing changes at run time). */
export function routeServer(server: FastifyInstance): RouteServer {
  return server.withTypeProvider<JsonSchemaToTsProvider>();
}
