import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { ServerConfig } from '../config/index.ts';

/** A caller's request id is taken as is only when it is short and plain (no log injection). */
const CALLER_ID = /^[\w.:/-]{1,128}$/;

/** The request's id: the caller's `x-request-id` when it is plain, else a new UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  return typeof header === 'string' && CALLER_ID.test(header) ? header : randomUUID();
}

/**
 * Fastify's logger settings: one JSON line per request received and answered, on stdout. Only the
 * method, the path with its query, the client address and the status are written: headers (where
 * API keys travel) and bodies (the names screened) never are.
 */
export function loggerOptions(
  settings: Pick<ServerConfig, 'logLevel'>,
): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'requestIdHeader'> {
  return {
    logger:
      settings.logLevel === 'silent'
        ? false
        : {
            level: settings.logLevel,
            serializers: {
              req: (request: { method: string; url: string; ip: string }) => ({
                method: request.method,
                url: request.url,
                remoteAddress: request.ip,
              }),
              res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
            },
          },
    requestIdHeader: false,
    genReqId: requestIdOf,
  };
}

/** Echoes the request id in every answer, errors and refusals included. */
export function echoRequestId(server: FastifyInstance): void {
  server.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
}
