import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { App } from '../../app/index.ts';
import { acceptUploads, LIST_UPLOAD_TYPES, uploadStream } from '../upload-body.ts';
import type { ImportAnswer, ListsAnswer } from '../api-types.ts';
import { answer } from '../describe-operations.ts';
import { routeServer, type RouteServer } from '../route-server.ts';

/** GET /lists and the admin-only POST /lists/import (GET /catalog is among the yente routes). */
export function registerListsRoutes(server: RouteServer, app: App): void {
  server.get(
    '/lists',
    {
      schema: {
        operationId: 'listLists',
        summary: 'The active version of each list with its counts.',
        response: { 200: answer('ListsAnswer', 'Each loaded list.') },
      },
    },
    async (): Promise<ListsAnswer> => ({ lists: await app.lists.status() }),
  );

  server.register((scope, _options, done) => {
    acceptUploads(scope, LIST_UPLOAD_TYPES, app.config.server.uploadLimitBytes);
    routeServer(scope).post(
      '/lists/import',
      {
        bodyLimit: app.config.server.uploadLimitBytes,
        config: { access: 'admin' },
        schema: {
          operationId: 'importList',
          response: {
            200: answer('ImportAnswer', 'How the import ended: the version and the issues found.'),
          },
          errors: [
            'QUERY_INVALID',
            'PAYLOAD_TOO_LARGE',
            'UNSUPPORTED_MEDIA_TYPE',
            'INGEST_FORMAT_UNKNOWN',
            'INGEST_PARSE_FAILED',
            'INGEST_EMPTY',
            'IMPORT_REFUSED',
            'LIST_UNKNOWN',
          ],
          summary:
            'Import a list file (admin key). The body is the file; ?list= and ?format= are optional. An import that shrinks the list sharply or is older than the active version is refused unless allow_shrink / allow_older is set.',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              list: {
                type: 'string',
                pattern: '^[a-z][a-z0-9_]{1,39}$',
                description: 'un, ofac, eu, uk, or an OpenSanctions dataset name for FtM files',
              },
              format: { type: 'string', pattern: '^[a-z]+-[a-z]+$' },
              allow_older: { type: 'boolean', default: false },
              allow_shrink: { type: 'boolean', default: false },
            },
          },
        },
      },
      async (request): Promise<ImportAnswer> => {
        const { list, format, allow_older, allow_shrink } = request.query;
        const dir = await mkdtemp(join(tmpdir(), 'sift-upload-'));
        try {
          const path = join(dir, 'upload');
          await pipeline(uploadStream(request.body), createWriteStream(path));
          const activeBefore = await app.lists.active();
          // The import switches the engine before it answers (see App.lists), while other
          // requests keep screening against the old one.
          const report = await app.lists.import(path, {
            fileName: `upload by ${request.caller.id}`,
            allowOlder: allow_older,
            allowShrink: allow_shrink,
            ...(list === undefined ? {} : { list }),
            ...(format === undefined ? {} : { format }),
          });
          const imported = report.version.list;
          const from = activeBefore.find((v) => v.list === imported)?.version;
          const delta =
            report.status === 'unchanged'
              ? undefined
              : await app.monitoring.afterImport(imported, from);
          return delta === undefined ? report : { ...report, delta };
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    );
    done();
  });
}
