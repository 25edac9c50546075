import type { App } from '../../app/index.ts';
import type { ExplainAnswer } from '../api-types.ts';
import { answer } from '../describe-operations.ts';
import type { RouteServer } from '../route-server.ts';

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

/** The /screen body: a query, and optionally the watched subject it is for. */
const SCREEN_SCHEMA = {
  ...QUERY_SCHEMA,
  properties: {
    ...QUERY_SCHEMA.properties,
    subject: {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      description:
        'The id of a watched subject this name belongs to: each hit whose pair has an alert carries it (`alert`: status, decision in force), so a cleared pair is reported as cleared. 404 when no watched subject has the id.',
    },
  },
} as const;

/** The content type Fastify gives an answer it serializes itself. */
const JSON_TYPE = 'application/json; charset=utf-8';

/** POST /screen and POST /explain, Sift's own screening routes. */
export function registerScreenRoutes(server: RouteServer, app: App): void {
  server.post(
    '/screen',
    {
      schema: {
        operationId: 'screenName',
        summary: 'Screen one name (the same answer as `sift screen --json`).',
        response: {
          200: answer('ScreenAnswer', 'The hits, best first, each with its explanation.'),
        },
        errors: ['QUERY_INVALID', 'NOT_FOUND'],
        body: SCREEN_SCHEMA,
      },
    },
    async (request, reply) => {
      const { subject, ...query } = request.body;
      if (subject !== undefined) return app.monitoring.screenFor(query, subject, request.caller.id);
      // The answer's JSON text, made where it was screened (a screen thread): the same bytes the
      // serializer would write, with the same content type.
      const json = await app.screening.screenSerialized(query, request.caller.id);
      return reply.type(JSON_TYPE).send(json);
    },
  );

  server.post(
    '/explain',
    {
      schema: {
        operationId: 'explainPair',
        summary: 'Why not? Score a query against one chosen list entity, even below the threshold.',
        response: { 200: answer('ExplainAnswer', 'The entity scored against the query.') },
        errors: ['QUERY_INVALID', 'NOT_FOUND'],
        body: {
          type: 'object',
          required: ['query', 'entityId'],
          properties: { query: QUERY_SCHEMA, entityId: { type: 'string' } },
        },
      },
    },
    async (request): Promise<ExplainAnswer> => {
      const body = request.body;
      return app.screening.explain(body.query, body.entityId, request.caller.id);
    },
  );
}
