import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.ts';
import { AppError, type NameQuery } from '../../core/index.ts';
import { toFtmEntity } from '../../ingest/index.ts';
import { ALGORITHM_VERSION, DEFAULT_THRESHOLD } from '../../screening/index.ts';

const QUERY_SCHEMA = {
  type: 'object',
  anyOf: [{ required: ['name'] }, { required: ['identifiers'] }],
  additionalProperties: false,
  properties: {
    name: { type: 'string', description: 'The name, in any script.' },
    identifiers: {
      type: 'array',
      items: { type: 'string' },
      maxItems: 20,
      description: 'IMO, passport, registration numbers, BIC, digital-currency addresses.',
    },
    schema: {
      type: 'string',
      enum: ['Person', 'Organization', 'LegalEntity', 'Vessel', 'Aircraft', 'Any'],
    },
    birthDate: { type: 'string', description: 'YYYY, YYYY-MM or YYYY-MM-DD' },
    country: { type: 'string', description: 'ISO 3166-1 code or country name, e.g. RU or Russia' },
    lists: { type: 'array', items: { type: 'string' } },
    threshold: { type: 'number', minimum: 0, maximum: 1 },
    limit: { type: 'integer', minimum: 1, maximum: 500 },
  },
} as const;

/** POST /screen, POST /explain, GET /search/{dataset}, GET /entities/{id}, GET /algorithms. */
export function registerScreenRoutes(server: FastifyInstance, app: App): void {
  server.post(
    '/screen',
    {
      schema: {
        summary: 'Screen one name (the same answer as `sift screen --json`).',
        body: QUERY_SCHEMA,
      },
    },
    async (request) => app.screening.screen(request.body as NameQuery, request.caller.id),
  );

  server.post(
    '/explain',
    {
      schema: {
        summary: 'Why not? Score a query against one chosen list entity, even below the threshold.',
        body: {
          type: 'object',
          required: ['query', 'entityId'],
          properties: { query: QUERY_SCHEMA, entityId: { type: 'string' } },
        },
      },
    },
    async (request) => {
      const body = request.body as { query: NameQuery; entityId: string };
      return app.screening.explain(body.query, body.entityId);
    },
  );

  server.get(
    '/search/:dataset',
    {
      schema: {
        summary: 'Search the lists by name (yente-style).',
        params: { type: 'object', properties: { dataset: { type: 'string' } } },
        querystring: {
          type: 'object',
          required: ['q'],
          properties: {
            q: { type: 'string' },
            schema: { type: 'string' },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 10 },
          },
        },
      },
    },
    async (request) => {
      const { dataset } = request.params as { dataset: string };
      const { q, limit, schema } = request.query as { q: string; limit: number; schema?: string };
      const query: NameQuery = {
        name: q,
        limit,
        threshold: DEFAULT_THRESHOLD,
        ...(dataset === 'default' ? {} : { lists: [dataset] }),
      };
      if (schema !== undefined) query.schema = schema as NameQuery['schema'] & string;
      const result = await app.screening.screen(query, request.caller.id, 'search');
      const results = await Promise.all(
        result.results.map(async (hit) => {
          const entity = await app.screening.entity(hit.entityId);
          return {
            id: hit.entityId,
            caption: hit.caption,
            schema: hit.schema,
            datasets: [hit.list],
            score: hit.score,
            properties: entity === undefined ? {} : toFtmEntity(entity).properties,
          };
        }),
      );
      return { results, total: { value: results.length, relation: 'eq' }, limit };
    },
  );

  server.get(
    '/entities/:id',
    {
      schema: {
        summary: 'One listed entity, in Sift’s model and as FollowTheMoney.',
        params: { type: 'object', properties: { id: { type: 'string' } } },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const entity = await app.screening.entity(id);
      if (entity === undefined)
        throw new AppError('NOT_FOUND', `No loaded entity has the id "${id}".`);
      return { ...toFtmEntity(entity), entity };
    },
  );

  server.get(
    '/algorithms',
    { schema: { summary: 'The matching algorithms and their defaults.' } },
    () => ({
      algorithms: [
        {
          name: ALGORITHM_VERSION,
          description:
            'Sift’s name matcher: transliteration, name equivalents, rarity-weighted part alignment, birth-date/country/schema qualifiers, and an OFAC-parity score beside it. See docs/matching.md.',
          features: ['name', 'birthDate', 'country', 'schema', 'weakAlias', 'ofac_parity'],
          default_threshold: DEFAULT_THRESHOLD,
        },
      ],
      default: ALGORITHM_VERSION,
      best: ALGORITHM_VERSION,
    }),
  );
}
