import type { FastifyInstance } from 'fastify';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { importListFile, listStatuses, type App } from '../../app/index.ts';
import { AppError, type ListFormat } from '../../core/index.ts';

/** GET /lists and the admin-only POST /lists/import (GET /catalog is among the yente routes). */
export function registerListsRoutes(server: FastifyInstance, app: App): void {
  server.get(
    '/lists',
    { schema: { summary: 'The active version of each list with its counts.' } },
    async () => ({ lists: await listStatuses(app.store) }),
  );

  server.register((scope, _options, done) => {
    // The uploaded file is streamed to disk, never held in memory.
    scope.addContentTypeParser(
      '*',
      { bodyLimit: app.config.server.uploadLimitBytes },
      (_request, payload, finish) => {
        finish(null, payload);
      },
    );
    scope.post(
      '/lists/import',
      {
        bodyLimit: app.config.server.uploadLimitBytes,
        schema: {
          summary:
            'Import a list file (admin key). The body is the file; ?list= and ?format= are optional.',
          querystring: {
            type: 'object',
            properties: { list: { type: 'string' }, format: { type: 'string' } },
          },
        },
      },
      async (request) => {
        if (!request.caller.admin)
          throw new AppError('FORBIDDEN', 'Importing a list needs an admin key.');
        const { list, format } = request.query as { list?: string; format?: string };
        const dir = await mkdtemp(join(tmpdir(), 'sift-upload-'));
        try {
          const path = join(dir, 'upload');
          await pipeline(request.body as Readable, createWriteStream(path));
          const report = await importListFile(app.store, path, {
            fileName: `upload by ${request.caller.id}`,
            ...(list === undefined ? {} : { list }),
            ...(format === undefined ? {} : { format: format as ListFormat }),
          });
          if (report.status !== 'unchanged') app.screening.invalidate();
          return report;
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    );
    done();
  });
}
