import type { FastifyInstance } from 'fastify';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { importListFile, listStatuses, type App } from '../../app/index.ts';
import { AppError, type ListFormat } from '../../core/index.ts';

/** GET /catalog, GET /lists, and the admin-only POST /lists/import. */
export function registerListsRoutes(server: FastifyInstance, app: App): void {
  server.get(
    '/catalog',
    { schema: { summary: 'Loaded lists and every version of each (yente-style catalog).' } },
    async () => {
      const versions = await app.store.listVersions();
      // The version of each list is the one the engine screens against, which may trail the
      // store's active version until the server has switched (a few seconds).
      const used = app.screening.current()?.index.lists ?? [];
      const lists = [...new Set(versions.map((v) => v.list))];
      return {
        datasets: lists.map((list) => {
          const mine = versions.filter((v) => v.list === list);
          const inUse = used.find((v) => v.list === list);
          const active = mine.find((v) =>
            inUse === undefined ? v.active : v.version === inUse.version,
          );
          return {
            name: list,
            title: LIST_TITLES[list] ?? list,
            version: active?.version ?? null,
            published: active?.published ?? null,
            entity_count: active?.entityCount ?? 0,
            versions: mine.map((v) => ({
              version: v.version,
              published: v.published ?? null,
              importedAt: v.importedAt,
              sha256: v.sha256,
              active: v.active,
            })),
          };
        }),
      };
    },
  );

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
          // The new engine is loaded (and its snapshot written for other processes) before the
          // answer, while other requests keep screening against the old one.
          if (report.status !== 'unchanged') await app.screening.refresh();
          return report;
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    );
    done();
  });
}

const LIST_TITLES: Readonly<Record<string, string>> = {
  un: 'UN Security Council Consolidated List',
  ofac: 'US OFAC Specially Designated Nationals (SDN) List',
  eu: 'EU Financial Sanctions File',
  uk: 'UK Sanctions List (FCDO)',
};
