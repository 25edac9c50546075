import { AppError, type ScreenResult } from '../../core/index.ts';
import { ALGORITHM_VERSION, DEFAULT_THRESHOLD, type App } from '../../app/index.ts';
import {
  engineLimit,
  mergeResults,
  nameQueriesOf,
  passesFilters,
  toYenteResult,
  type MatchParams,
} from '../yente-match.ts';
import { cleanExample } from '../yente/clean-example.ts';
import { resolveAlgorithm } from '../yente/yente-algorithms.ts';
import { yenteContext } from '../yente/yente-context.ts';
import { resolveDataset, resolveDatasets } from '../yente/yente-datasets.ts';
import { useYenteErrors } from '../yente/yente-errors.ts';
import { querySchema } from '../yente/yente-schemas.ts';
import { MATCH_BODY, MATCH_QUERYSTRING } from '../yente/yente-openapi.ts';
import type { MatchAnswer } from '../api-types.ts';
import { answer } from '../describe-operations.ts';
import { routeServer, type RouteServer } from '../route-server.ts';

/** The most queries one /match request may carry, as in yente (YENTE_MAX_BATCH). */
const MAX_QUERIES = 100;
// At most `matchMaxNames` name screenings (each name of each query, with each of its birth dates
// and countries) per request: every name is screened, and a request over it is refused whole.
/** yente's default lower bound: results at or below it are not returned. */
const DEFAULT_CUTOFF = 0.7;

/** POST /match/{dataset}: yente's match API, so that existing yente clients work unchanged. */
export function registerMatchRoutes(server: RouteServer, app: App): void {
  void server.register((scope, _options, done) => {
    useYenteErrors(scope);
    routeServer(scope).post(
      '/match/:dataset',
      {
        schema: {
          operationId: 'match',
          tags: ['yente'],
          summary: 'Match entities by example (yente-compatible).',
          response: { 200: answer('MatchAnswer', 'The results of each query, by its key.') },
          errors: ['NOT_FOUND', 'QUERY_INVALID', 'PAYLOAD_TOO_LARGE'],
          description: `Each query is an FtM entity example. \`dataset\` is a dataset name (\`un_sc_sanctions\`, \`us_ofac_sdn\`, \`eu_fsf\`, \`gb_fcdo_sanctions\`, or the short \`un\`, \`ofac\`, \`eu\`, \`uk\`) or a collection (\`sanctions\`, \`default\`). \`threshold\` defaults to ${DEFAULT_THRESHOLD} (Sift's calibrated threshold), \`cutoff\` to ${DEFAULT_CUTOFF}; the engine reports nothing under 0.5 unless the threshold is lower. At most ${MAX_QUERIES} queries and ${app.config.server.matchMaxNames} name screenings (names × birth dates × countries) per request.`,
          params: {
            type: 'object',
            required: ['dataset'],
            properties: { dataset: { type: 'string' } },
          },
          querystring: MATCH_QUERYSTRING,
          body: MATCH_BODY,
        },
      },
      async (request, reply) => {
        const { dataset } = request.params;
        const q = request.query;
        const body = request.body;
        const context = await yenteContext(app);
        const scope = resolveDataset(dataset, context.loaded);
        if (scope === undefined) throw new AppError('NOT_FOUND', 'No such dataset.');
        const algorithm = resolveAlgorithm(q.algorithm);
        for (const key of Object.keys(body.config ?? {})) {
          throw new AppError(
            'QUERY_INVALID',
            `Invalid configuration parameter: ${key} for algorithm ${algorithm}`,
          );
        }
        for (const key of Object.keys(body.weights ?? {})) {
          throw new AppError(
            'QUERY_INVALID',
            `Invalid weight: ${key}; algorithm ${algorithm} takes no weights.`,
          );
        }
        const entries = Object.entries(body.queries);
        if (entries.length === 0) throw new AppError('QUERY_INVALID', 'No queries provided.');
        if (entries.length > MAX_QUERIES) {
          throw new AppError(
            'QUERY_INVALID',
            `Too many queries in one batch (limit: ${MAX_QUERIES})`,
          );
        }
        const threshold = q.threshold ?? DEFAULT_THRESHOLD;
        const params: MatchParams = {
          threshold,
          cutoff: Math.min(q.cutoff ?? DEFAULT_CUTOFF, threshold),
          limit: q.limit,
          lists: listsInScope(scope, q, context.loaded),
          excludeSchema: q.exclude_schema,
          topics: q.topics,
          excludeEntityIds: q.exclude_entity_ids,
          ...(q.changed_since === undefined ? {} : { changedSince: q.changed_since }),
        };
        const examples = entries.map(([key, example]) => {
          const schema = querySchema(example.schema);
          if ('problem' in schema)
            throw new AppError('QUERY_INVALID', `Cannot parse example entity: ${schema.problem}`);
          const clean = cleanExample(schema.schema, example.properties);
          return { key, example, clean, nameQueries: nameQueriesOf(clean) };
        });
        const work = examples.reduce((sum, e) => sum + e.nameQueries.length, 0);
        if (work > app.config.server.matchMaxNames) {
          throw new AppError(
            'QUERY_INVALID',
            `This request needs ${work} name screenings (each name of each query, with each birth date and country); at most ${app.config.server.matchMaxNames} are allowed. Split it into smaller requests.`,
          );
        }
        const limit = engineLimit(params);
        // The engine takes thresholds in 0..1; yente takes any number, so `match` is set here.
        const engineThreshold = Math.min(1, Math.max(0, threshold));
        const responses: MatchAnswer['responses'] = {};
        for (const { key, example, clean, nameQueries } of examples) {
          const results: ScreenResult[] = [];
          // No list in scope, or no name to screen (an identifier-only query): nothing can match.
          if (params.lists.length > 0) {
            for (const query of nameQueries) {
              results.push(
                await app.screening.screen(
                  { ...query, lists: params.lists, limit, threshold: engineThreshold },
                  request.caller.id,
                  'match',
                ),
              );
            }
          }
          const kept = mergeResults(results).flatMap((hit) => {
            const entity = context.entity(hit.entityId);
            return entity !== undefined &&
              hit.score > params.cutoff &&
              passesFilters(entity, context, params)
              ? [toYenteResult(hit, entity, context, threshold)]
              : [];
          });
          responses[key] = {
            status: 200,
            results: kept.slice(0, params.limit),
            total: { value: kept.filter((r) => r.match).length, relation: 'eq' },
            query: { id: example.id ?? null, schema: example.schema, properties: clean.properties },
          };
        }
        void reply.header('x-batch-size', String(entries.length));
        return { responses, limit: params.limit, algorithm: ALGORITHM_VERSION };
      },
    );
    done();
  });
}

/** The lists a match may return: the dataset's, narrowed by include_dataset, less exclude_dataset. */
function listsInScope(
  scope: readonly string[],
  q: { include_dataset: readonly string[]; exclude_dataset: readonly string[] },
  loaded: readonly string[],
): string[] {
  // As in yente, a dataset name that is not loaded filters as an empty set rather than failing.
  const include =
    q.include_dataset.length > 0 ? resolveDatasets(q.include_dataset, loaded) : undefined;
  const exclude = resolveDatasets(q.exclude_dataset, loaded).lists;
  return scope.filter(
    (list) => (include === undefined || include.lists.includes(list)) && !exclude.includes(list),
  );
}
