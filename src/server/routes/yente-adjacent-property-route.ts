import type { App } from '../../app/index.ts';
import { AppError } from '../../core/index.ts';
import { answer } from '../describe-operations.ts';
import type { RouteServer } from '../route-server.ts';
import { entityPath, redirect } from '../yente/entity-redirect.ts';
import { resolveEntityId, yenteContext } from '../yente/yente-context.ts';
import { ADJACENT_PAGE_QUERY } from './yente-page-query.ts';

/**
 * GET /entities/{id}/adjacent/{property}: one adjacent property, paged, as yente's beta route
 * gives it. A listed entity's only adjacent entity in Sift is its Sanction, so `sanctions` is the
 * one property answered; any other is yente's 404 'No such property!'.
 */
export function registerAdjacentPropertyRoute(scope: RouteServer, app: App): void {
  scope.get(
    '/entities/:id/adjacent/:property',
    {
      schema: {
        operationId: 'fetchAdjacentByProperty',
        tags: ['yente'],
        summary: 'A page of one adjacent property of an entity: its Sanction (yente-compatible).',
        response: {
          200: answer('AdjacentPropertyAnswer', 'A page of the adjacent entities.'),
          308: {
            description: 'A merged or older id: the Location header names the current one.',
          },
        },
        errors: ['NOT_FOUND'],
        params: {
          type: 'object',
          required: ['id', 'property'],
          properties: { id: { type: 'string' }, property: { type: 'string' } },
        },
        querystring: ADJACENT_PAGE_QUERY,
      },
    },
    async (request, reply) => {
      const { id, property } = request.params;
      const { limit, offset } = request.query;
      const context = await yenteContext(app);
      const found = resolveEntityId(context, id);
      if (found === undefined) throw new AppError('NOT_FOUND', 'No such entity!');
      if (!found.canonical) {
        const target = `/entities/${entityPath(found.entity.id)}/adjacent/${encodeURIComponent(property)}`;
        return redirect(reply, target, request.url);
      }
      if (property !== 'sanctions') throw new AppError('NOT_FOUND', 'No such property!');
      const sanctions = context.render(found.entity, true).properties.sanctions ?? [];
      return {
        results: sanctions.slice(offset, offset + limit),
        total: { value: sanctions.length, relation: 'eq' },
        limit,
        offset,
      };
    },
  );
}
