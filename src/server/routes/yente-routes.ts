import { DEFAULT_THRESHOLD, MAX_LIMIT, type App } from '../../app/index.ts';
import { AppError, type ListEntity } from '../../core/index.ts';
import { registerAdjacentPropertyRoute } from './yente-adjacent-property-route.ts';
import { algorithmsResponse } from '../yente/yente-algorithms.ts';
import { catalogResponse } from '../yente/yente-catalog.ts';
import { resolveEntityId, yenteContext } from '../yente/yente-context.ts';
import { resolveDataset, resolveDatasets } from '../yente/yente-datasets.ts';
import { parseFieldFilters, passesFieldFilters } from '../yente/field-filters.ts';
import { entityPath, redirect } from '../yente/entity-redirect.ts';
import { SANCTION_SUFFIX } from '../yente/yente-entity.ts';
import { useYenteErrors } from '../yente/yente-errors.ts';
import { SEARCH_QUERYSTRING } from '../yente/yente-openapi.ts';
import { isKnownSchema } from '../yente/yente-schemas.ts';
import {
  countFacets,
  passesSearchFilters,
  searchText,
  type SearchFilters,
} from '../yente/search-entities.ts';
import type { SearchAnswer } from '../api-types.ts';
import { answer } from '../describe-operations.ts';
import { routeServer, type RouteServer } from '../route-server.ts';
import { ADJACENT_PAGE_QUERY } from './yente-page-query.ts';

const ENTITY_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string' } },
} as const;

/**
 * yente's read routes: GET /search/{dataset}, /entities/{id} (and /adjacent), /catalog (and
 * /manifest), /algorithms. Errors answer `{"detail": …}` as yente's do.
 */
export function registerYenteRoutes(server: RouteServer, app: App): void {
  // Dating entities reads every stored version once (about 1 s of CPU on four lists). It starts
  // when the engine is loaded rather than beside it, so it does not hold back /readyz; a yente
  // request that comes first waits for the same reading.
  // A server closed while the reading is still going (tests, scripts) cuts it short: that is no
  // failure worth a message.
  let closing = false;
  server.addHook('onClose', (_instance, done) => {
    closing = true;
    done();
  });
  app.screening
    .index()
    .then(() => app.lists.history())
    .catch((error: unknown) => {
      if (closing) return;
      process.stderr.write(`sift serve: the version history could not be read: ${String(error)}\n`);
    });
  void server.register((plain, _options, done) => {
    useYenteErrors(plain);
    const scope = routeServer(plain);

    scope.get(
      '/search/:dataset',
      {
        schema: {
          operationId: 'search',
          tags: ['yente'],
          summary: 'Search the lists by name, with filters and facets (yente-compatible).',
          response: {
            200: answer('SearchAnswer', 'One page of hits, with the facets of all of them.'),
          },
          errors: ['NOT_FOUND', 'QUERY_INVALID'],
          description:
            'Without `q`, every entity passing the filters is listed. `q` is screened as a name (Sift always tolerates spelling variants; `fuzzy` and `simple` allow their query syntax, which is taken apart). `total` counts every hit; facets count every hit, not only the page.',
          params: {
            type: 'object',
            required: ['dataset'],
            properties: { dataset: { type: 'string' } },
          },
          querystring: SEARCH_QUERYSTRING,
        },
      },
      async (request): Promise<SearchAnswer> => {
        const { dataset } = request.params;
        const q = request.query;
        const context = await yenteContext(app);
        const scopeLists = resolveDataset(dataset, context.loaded);
        if (scopeLists === undefined) throw new AppError('NOT_FOUND', 'No such dataset.');
        if (!isKnownSchema(q.schema)) throw new AppError('QUERY_INVALID', 'Invalid schema');
        const include =
          q.include_dataset.length > 0
            ? resolveDatasets(q.include_dataset, context.loaded).lists
            : undefined;
        const exclude = resolveDatasets(q.exclude_dataset, context.loaded).lists;
        const lists = scopeLists.filter(
          (l) => (include === undefined || include.includes(l)) && !exclude.includes(l),
        );
        const filters: SearchFilters = {
          schema: q.schema,
          excludeSchema: q.exclude_schema,
          countries: q.countries.map((c) => c.toLowerCase()),
          topics: q.topics,
          datasetLists:
            q.datasets.length > 0 ? resolveDatasets(q.datasets, context.loaded).lists : undefined,
          operator: q.filter_op,
          ...(q.changed_since === undefined ? {} : { changedSince: q.changed_since }),
        };
        const fieldFilters = parseFieldFilters(q.filter, q.target);
        const keep = (entity: ListEntity): boolean =>
          passesSearchFilters(entity, filters, context.history.get(entity.id)?.lastChange) &&
          (fieldFilters.length === 0 ||
            passesFieldFilters(context.render(entity, false), fieldFilters, q.filter_op));
        const text = searchText(q.q, { fuzzy: q.fuzzy, simple: q.simple });
        let hits: { entity: ListEntity; score?: number }[];
        let capped = false;
        if (text === '') {
          hits = context.index.entities
            .filter(({ entity }) => lists.includes(entity.list) && keep(entity))
            .map(({ entity }) => ({ entity }));
        } else if (lists.length === 0) {
          hits = [];
        } else {
          const found = await app.screening.screenEntities(
            { name: text, lists, limit: MAX_LIMIT, threshold: DEFAULT_THRESHOLD },
            request.caller.id,
            'search',
          );
          capped = found.result.results.length === MAX_LIMIT;
          hits = found.hits.filter(({ entity }) => keep(entity));
        }
        return {
          results: hits.slice(q.offset, q.offset + q.limit).map(({ entity, score }) => ({
            ...context.render(entity, false),
            ...(score === undefined ? {} : { score }),
          })),
          facets: countFacets(
            hits.map((h) => h.entity),
            q.facets,
          ),
          total: { value: hits.length, relation: capped ? 'gte' : 'eq' },
          limit: q.limit,
          offset: q.offset,
        };
      },
    );

    scope.get(
      '/entities/:id',
      {
        schema: {
          operationId: 'fetchEntity',
          tags: ['yente'],
          summary: 'One listed entity, nested with its Sanction (yente-compatible).',
          response: {
            200: answer('EntityAnswer', 'The entity.'),
            308: {
              description: 'A merged or older id: the Location header names the current one.',
            },
          },
          errors: ['NOT_FOUND'],
          description:
            'Accepts every id an answer gives: the entity id (`un:TAi.144`) and its referents (`un_sc_sanctions:TAi.144`, `TAi.144`), which answer 308 to the entity id. `nested=false` leaves the Sanction out. `entity` carries Sift’s own model beside the FtM form, and `versions` the stored versions of its list that held it.',
          params: ENTITY_PARAMS,
          querystring: {
            type: 'object',
            properties: { nested: { type: 'boolean', default: true } },
          },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const { nested } = request.query;
        const context = await yenteContext(app);
        const found = resolveEntityId(context, id);
        if (found === undefined) {
          // The Sanction nested in an answer has an id of its own, and it opens too.
          const listed = id.endsWith(SANCTION_SUFFIX)
            ? resolveEntityId(context, id.slice(0, -SANCTION_SUFFIX.length))
            : undefined;
          if (listed === undefined) throw new AppError('NOT_FOUND', 'No such entity!');
          const target = `/entities/${entityPath(listed.entity.id + SANCTION_SUFFIX)}`;
          if (!listed.canonical) return redirect(reply, target, request.url);
          return context.render(listed.entity, true).properties.sanctions?.[0];
        }
        if (!found.canonical)
          return redirect(reply, `/entities/${entityPath(found.entity.id)}`, request.url);
        // `versions`: the stored versions of its list that held it, oldest first (the page's history).
        return {
          ...context.render(found.entity, nested),
          entity: found.entity,
          versions: context.history.get(found.entity.id)?.versions ?? [],
        };
      },
    );

    scope.get(
      '/entities/:id/adjacent',
      {
        schema: {
          operationId: 'fetchAdjacentEntities',
          tags: ['yente'],
          summary: 'The entities adjacent to one entity: its Sanction (yente-compatible).',
          response: {
            200: answer('AdjacentAnswer', 'The entity and a page of each adjacent property.'),
            308: {
              description: 'A merged or older id: the Location header names the current one.',
            },
          },
          errors: ['NOT_FOUND'],
          params: ENTITY_PARAMS,
          querystring: ADJACENT_PAGE_QUERY,
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const { limit, offset } = request.query;
        const context = await yenteContext(app);
        const found = resolveEntityId(context, id);
        if (found === undefined) throw new AppError('NOT_FOUND', 'No such entity!');
        if (!found.canonical) {
          const target = `/entities/${entityPath(found.entity.id)}/adjacent`;
          return redirect(reply, target, request.url);
        }
        const nested = context.render(found.entity, true);
        const sanctions = nested.properties.sanctions ?? [];
        return {
          entity: context.render(found.entity, false),
          adjacent: {
            sanctions: {
              results: sanctions.slice(offset, offset + limit),
              total: { value: sanctions.length, relation: 'eq' },
              limit,
              offset,
            },
          },
        };
      },
    );

    registerAdjacentPropertyRoute(scope, app);

    const catalogOptions = {
      schema: {
        operationId: 'catalog',
        tags: ['yente'],
        summary: 'The datasets served, their versions and whether the index is current.',
        response: { 200: answer('CatalogAnswer', 'The datasets and collections.') },
      },
    };
    scope.get('/catalog', catalogOptions, async () => catalogResponse(app));
    scope.get('/manifest', { schema: { hide: true } }, async () => catalogResponse(app));

    scope.get(
      '/algorithms',
      {
        schema: {
          operationId: 'algorithms',
          tags: ['yente'],
          summary: 'The matching algorithm, its features and the yente names it answers to.',
          response: { 200: answer('AlgorithmsAnswer', 'The algorithms.') },
        },
      },
      () => algorithmsResponse(),
    );
    done();
  });
}
