import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { AppError } from '../core/index.ts';

/**
 * Content types a list upload may carry. None of them can be sent by a plain cross-site HTML form
 * (`text/plain`, `application/x-www-form-urlencoded` and `multipart/form-data` can), so a browser
 * must ask first (a CORS preflight this server never grants) before another site could post one.
 */
export const LIST_UPLOAD_TYPES = [
  'application/xml',
  'text/xml',
  'application/json',
  'application/x-ndjson',
  'application/jsonl',
  'text/csv',
  'application/gzip',
  'application/x-gzip',
  'application/octet-stream',
] as const;

/** Content types a batch upload may carry (CSV or JSON lines), for the same reason. */
export const BATCH_UPLOAD_TYPES = [
  'text/csv',
  'application/x-ndjson',
  'application/jsonl',
  'application/octet-stream',
] as const;

/**
 * Makes a plugin scope read request bodies of exactly these types as raw streams (written to disk
 * by the route, never held in memory) and answer 415 to every other type, the JSON and text types
 * the server reads elsewhere included.
 */
export function acceptUploads(
  scope: FastifyInstance,
  types: readonly string[],
  bodyLimit: number,
): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser([...types], { bodyLimit }, (_request, payload, finish) => {
    finish(null, payload);
  });
}

/**
 * The body of a route in a scope set up by `acceptUploads`: the request stream itself. A body of
 * any other kind means the scope was not set up, a programming error rather than a bad request.
 */
export function uploadStream(body: unknown): Readable {
  if (body instanceof Readable) return body;
  throw new AppError('INTERNAL', 'An upload route was reached without its upload body parser.');
}
