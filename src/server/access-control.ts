import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findApiCaller, type ApiCaller, type KeyRing } from '../app/index.ts';
import { AppError } from '../core/index.ts';
import { isLoopbackHost } from './loopback-only.ts';

/**
 * Who may call a route: `public` (anyone, keys or not), `user` (any valid key) or `admin` (an admin
 * key). A route that declares nothing is `user`: new routes are protected unless someone decides
 * otherwise.
 */
export type RouteAccess = 'public' | 'user' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; `user` when absent. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** Who made the request: the API key's id, or `local` when no keys are configured. */
    caller: ApiCaller;
  }
}

/** Methods that change state, and so must come from the server's own page or a non-browser. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The access a request's matched route declared. Decided on the route the router matched, never on
 * the URL text, so `/%73creen`, `//screen` or `/Screen` cannot reach a route under another rule. A
 * request that matched no route is treated as protected too.
 */
export function routeAccess(request: FastifyRequest): RouteAccess {
  if (request.is404) return 'user';
  return request.routeOptions.config.access ?? 'user';
}

/**
 * Installs the access rules on a server: the swagger-ui pages are public, every request is checked
 * against its route's declared access, and browsers' cross-site and DNS-rebinding requests are
 * refused. `keys` is read on every request, so keys added or revoked while serving take effect.
 */
export function installAccessControl(server: FastifyInstance, keys: KeyRing): void {
  // Routes that plugins register (swagger-ui under /docs) cannot take our config, so they are
  // marked public here, by the path they were registered with, not by any request's URL.
  server.addHook('onRoute', (route) => {
    if (route.url === '/docs' || route.url.startsWith('/docs/')) {
      route.config = { ...(route.config ?? {}), access: 'public' };
    }
  });

  server.addHook('onRequest', (request, reply, done) => {
    try {
      refuseForeignBrowserRequests(request, keys.required());
      authenticate(request, reply, keys);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
}

function authenticate(request: FastifyRequest, reply: FastifyReply, keys: KeyRing): void {
  const access = routeAccess(request);
  if (!keys.required()) {
    // No keys: the server is bound to loopback (the serve command refuses anything else), and the
    // one local user is its administrator.
    Object.defineProperty(request, 'caller', { value: { id: 'local', admin: true } });
    return;
  }
  if (access === 'public') return;
  const presented = presentedKey(request);
  const caller = presented === undefined ? undefined : findApiCaller(keys.current(), presented);
  if (caller === undefined) {
    // RFC 9110 §11.6.1: a 401 names the scheme it takes, so that HTTP clients know what to send.
    void reply.header('www-authenticate', 'Bearer');
    throw new AppError('UNAUTHORIZED', unauthorizedMessage(request, presented));
  }
  if (access === 'admin' && !caller.admin)
    throw new AppError('FORBIDDEN', 'This needs an admin key.');
  Object.defineProperty(request, 'caller', { value: caller });
}

/**
 * Refuses what a hostile web page could make a browser send:
 * - with no keys, any request whose `Host` is not a loopback name (DNS rebinding: the attacker's
 *   name pointed at 127.0.0.1 would otherwise read and change this server with the user's browser);
 * - any state-changing request whose `Origin` is not this server's own (a cross-site form POST).
 * Clients that are not browsers send no `Origin` and are unaffected.
 */
function refuseForeignBrowserRequests(request: FastifyRequest, keysRequired: boolean): void {
  const host = request.headers.host ?? '';
  if (!keysRequired && !isLoopbackHost(hostName(host))) {
    throw new AppError(
      'FORBIDDEN',
      'This server has no API keys, so it answers only requests addressed to localhost.',
    );
  }
  if (!STATE_CHANGING.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin !== undefined && !sameOrigin(origin, host)) {
    throw new AppError(
      'FORBIDDEN',
      'Cross-site request refused: a state-changing request must come from this server’s own page.',
    );
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    throw new AppError('FORBIDDEN', 'Cross-site request refused.');
  }
}

function sameOrigin(origin: string, host: string): boolean {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    // Compare as URLs, so that a default port written out (`localhost:80`) still matches.
    return new URL(`${url.protocol}//${host}`).host === url.host;
  } catch {
    return false; // includes the opaque origin "null" of sandboxed frames and file: pages
  }
}

function hostName(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

function unauthorizedMessage(request: FastifyRequest, presented: string | undefined): string {
  if (presented !== undefined) return 'The API key is not valid.';
  if (request.headers.authorization !== undefined)
    return 'The Authorization header is not understood: send `Authorization: Bearer <key>`.';
  return 'This server needs an API key: send `Authorization: Bearer <key>`.';
}

/** The schemes a key may come under; matched without regard to case, as RFC 9110 §11.1 says. */
const KEY_SCHEMES = new Set(['bearer', 'apikey']);

/**
 * The key a request presents: `Authorization: Bearer <key>` (or `ApiKey <key>`, as OpenSanctions'
 * clients send it) or `X-API-Key`. An Authorization header under another scheme presents none.
 */
function presentedKey(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (auth !== undefined) {
    const [scheme = '', ...rest] = auth.trim().split(/\s+/);
    const key = rest.join(' ');
    if (KEY_SCHEMES.has(scheme.toLowerCase()) && key !== '') return key;
  }
  const header = request.headers['x-api-key'];
  return typeof header === 'string' ? header : undefined;
}
