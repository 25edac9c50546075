import type { App } from '../../app/index.ts';
import type { AuditAnswer, AuditVerifyAnswer, DiffAnswer } from '../api-types.ts';
import { answer } from '../describe-operations.ts';
import type { RouteServer } from '../route-server.ts';

/** GET /audit (recent screenings, filterable), GET /audit/verify, GET /lists/diff/{list}. */
export function registerAuditRoutes(server: RouteServer, app: App): void {
  server.get(
    '/audit',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'listAuditRecords',
        summary: 'Recent audit records, newest first.',
        response: { 200: answer('AuditAnswer', 'The records, newest first.') },
        errors: ['QUERY_INVALID'],
        querystring: {
          type: 'object',
          properties: {
            from: { type: 'string', format: 'date-time' },
            to: { type: 'string', format: 'date-time' },
            caller: { type: 'string' },
            kind: { type: 'string' },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          },
        },
      },
    },
    async (request): Promise<AuditAnswer> => {
      const q = request.query;
      const records = await app.audit.range({
        newestFirst: true,
        limit: q.limit,
        ...(q.from === undefined ? {} : { from: new Date(q.from).toISOString() }),
        ...(q.to === undefined ? {} : { to: new Date(q.to).toISOString() }),
        ...(q.caller === undefined ? {} : { caller: q.caller }),
        ...(q.kind === undefined ? {} : { kind: q.kind }),
      });
      return { records };
    },
  );

  server.get(
    '/audit/verify',
    {
      schema: {
        operationId: 'verifyAudit',
        summary: 'Recompute every hash and link of the audit chain.',
        response: {
          200: answer('AuditVerifyAnswer', 'Whether the chain holds, and where it breaks if not.'),
        },
      },
    },
    (): Promise<AuditVerifyAnswer> => app.audit.verify(),
  );

  server.get(
    '/lists/diff/:list',
    {
      schema: {
        operationId: 'diffList',
        response: { 200: answer('DiffAnswer', 'The entities added, removed and changed.') },
        errors: ['LIST_UNKNOWN', 'VERSION_UNKNOWN', 'QUERY_INVALID'],
        summary:
          'What changed between two versions of a list (default: the active one and the one before).',
        params: { type: 'object', required: ['list'], properties: { list: { type: 'string' } } },
        querystring: {
          type: 'object',
          properties: {
            from: { type: 'integer', minimum: 1 },
            to: { type: 'integer', minimum: 1 },
          },
        },
      },
    },
    async (request): Promise<DiffAnswer> => {
      const { list } = request.params;
      const { from, to } = request.query;
      return app.lists.diff(list, {
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      });
    },
  );
}
