import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.ts';
import { AppError, type ScreenResult } from '../../core/index.ts';
import { toFtmEntity } from '../../ingest/index.ts';
import { ALGORITHM_VERSION } from '../../screening/index.ts';
import { mergeResults, toNameQueries, toYenteResult, type YenteExample } from '../yente-match.ts';

/** The most queries one /match request may carry, as in yente (YENTE_MAX_BATCH). */
const MAX_QUERIES = 100;

/** POST /match/{dataset}: yente's match API, so that existing yente clients work unchanged. */
export function registerMatchRoutes(server: FastifyInstance, app: App): void {
  server.post(
    '/match/:dataset',
    {
      schema: {
        summary:
          'Match entities (yente-compatible). `dataset` is `default` for all lists, or a list name.',
        params: { type: 'object', properties: { dataset: { type: 'string' } } },
        querystring: {
          type: 'object',
          properties: {
            threshold: { type: 'number', minimum: 0, maximum: 1 },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 5 },
            algorithm: { type: 'string' },
          },
        },
        body: {
          type: 'object',
          required: ['queries'],
          properties: {
            queries: {
              type: 'object',
              additionalProperties: {
                type: 'object',
                properties: { schema: { type: 'string' }, properties: { type: 'object' } },
              },
            },
          },
        },
      },
    },
    async (request) => {
      const { dataset } = request.params as { dataset: string };
      const params = request.query as { threshold?: number; limit: number; algorithm?: string };
      const { queries } = request.body as { queries: Record<string, YenteExample> };
      const entries = Object.entries(queries);
      if (entries.length > MAX_QUERIES)
        throw new AppError('QUERY_INVALID', `At most ${MAX_QUERIES} queries per request.`);
      const lists = dataset === 'default' ? undefined : [dataset];
      const responses: Record<string, object> = {};
      for (const [key, example] of entries) {
        const nameQueries = toNameQueries(example, {
          limit: params.limit,
          ...(params.threshold === undefined ? {} : { threshold: params.threshold }),
          ...(lists === undefined ? {} : { lists }),
        });
        if (nameQueries.length === 0) {
          throw new AppError(
            'QUERY_INVALID',
            `Query "${key}" has no name: give properties.name (or firstName/lastName).`,
          );
        }
        const results: ScreenResult[] = [];
        for (const query of nameQueries)
          results.push(await app.screening.screen(query, request.caller.id, 'match'));
        const hits = mergeResults(results, params.limit);
        const rendered = await Promise.all(
          hits.map(async (hit) => {
            const entity = await app.screening.entity(hit.entityId);
            return toYenteResult(
              hit,
              entity,
              entity === undefined ? {} : toFtmEntity(entity).properties,
            );
          }),
        );
        responses[key] = {
          status: 200,
          query: {
            id: key,
            schema: example.schema ?? 'Thing',
            properties: example.properties ?? {},
          },
          results: rendered,
          total: { value: rendered.length, relation: 'eq' },
        };
      }
      return { responses, limit: params.limit, algorithm: ALGORITHM_VERSION };
    },
  );
}
