import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from '../../app/index.ts';

/** The Content-Security-Policy of the page: only its own files, no inline code, no framing. */
export const WEB_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Where `vite build web` writes the page, relative to this file. */
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

interface WebFile {
  body: Buffer;
  type: string;
}

/**
 * Serves the built analyst page from web/dist at `/` and `/assets/*`, with the strict CSP. The
 * files are read once into a map keyed by URL path, so a request can only ever name a file that
 * was in the folder at start: no path from the URL reaches the file system (no traversal).
 */
export function registerWebRoutes(
  server: FastifyInstance,
  _app: App,
  distDir: string = DEFAULT_WEB_DIST,
): void {
  const files = readWebFiles(distDir);
  const send = (reply: FastifyReply, file: WebFile, immutable: boolean): FastifyReply =>
    reply
      .header('content-security-policy', WEB_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .header('x-frame-options', 'DENY')
      // Vite puts a content hash in asset names, so those can be cached for good; the page itself
      // must be revalidated so a new build is picked up.
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .type(file.type)
      .send(file.body);

  server.get('/', { schema: { hide: true }, config: { access: 'public' } }, (_request, reply) => {
    const page = files.get('/index.html');
    if (page === undefined) {
      return reply
        .status(503)
        .header('content-security-policy', WEB_CSP)
        .type('text/plain; charset=utf-8')
        .send(
          'The web page is not built. Run `npm run build:web` (or `npx vite build web`) and restart `sift serve`. The HTTP API works without it: see /docs.',
        );
    }
    return send(reply, page, false);
  });
  server.get(
    '/assets/*',
    { schema: { hide: true }, config: { access: 'public' } },
    (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      const file = files.get(decodeURIComponentSafe(path));
      if (file === undefined) {
        return reply
          .status(404)
          .send({ error: { code: 'NOT_FOUND', message: `No page file ${path}.` } });
      }
      return send(reply, file, true);
    },
  );
}

/** Reads every file under the built page folder into memory; an absent folder gives no files. */
function readWebFiles(distDir: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  if (!existsSync(distDir)) return files;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const urlPath = `/${relative(distDir, path).split(sep).join('/')}`;
        files.set(urlPath, {
          body: readFileSync(path),
          type: CONTENT_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream',
        });
      }
    }
  };
  walk(distDir);
  return files;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
