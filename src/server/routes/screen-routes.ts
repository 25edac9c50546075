import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.ts';
import type { NameQuery } from '../../core/index.ts';

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

/** POST /screen and POST /explain, Sift's own screening routes. */
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
      return app.screening.explain(body.query, body.entityId, request.caller.id);
    },
  );
}
