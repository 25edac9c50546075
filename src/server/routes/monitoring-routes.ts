import type { App } from '../../app/index.ts';
import { AppError } from '../../core/index.ts';
import { ALERT_STATUSES } from '../../app/index.ts';
import type {
  AlertAnswer,
  AlertsAnswer,
  DecisionAnswer,
  SubjectImportAnswer,
  SubjectRemovedAnswer,
  SubjectsAnswer,
} from '../api-types.ts';
import { answer } from '../describe-operations.ts';
import type { RouteServer } from '../route-server.ts';
import { acceptUploads, BATCH_UPLOAD_TYPES, uploadStream } from '../upload-body.ts';

const ALERT_ID = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', minimum: 1 } },
} as const;

/**
 * Ongoing screening over HTTP: GET /subjects, POST /subjects/import (CSV or JSONL body),
 * DELETE /subjects/{id}, GET /alerts, GET /alerts/{id} and POST /alerts/{id}/decisions. Every
 * route needs a user key (the default access); decisions record the key as the caller.
 */
export function registerMonitoringRoutes(server: RouteServer, app: App): void {
  server.get(
    '/subjects',
    {
      schema: {
        operationId: 'listSubjects',
        summary: 'Watched subjects in id order (page with after= and limit=).',
        response: { 200: answer('SubjectsAnswer', 'The watched subjects.') },
        errors: ['QUERY_INVALID'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            after: { type: 'string' },
            limit: { type: 'integer', minimum: 1, maximum: 10000, default: 1000 },
          },
        },
      },
    },
    async (request): Promise<SubjectsAnswer> => {
      const { after, limit } = request.query;
      return {
        subjects: await app.monitoring.listSubjects({
          limit,
          ...(after === undefined ? {} : { afterId: after }),
        }),
      };
    },
  );

  server.register((scope, _options, done) => {
    acceptUploads(scope, BATCH_UPLOAD_TYPES, app.config.server.uploadLimitBytes);
    scope.post(
      '/subjects/import',
      {
        bodyLimit: app.config.server.uploadLimitBytes,
        schema: {
          operationId: 'importSubjects',
          response: {
            200: answer('SubjectImportAnswer', 'What the import added, updated and raised.'),
          },
          errors: ['QUERY_INVALID', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'],
          summary:
            'Add or update watched subjects from CSV (text/csv) or JSONL (application/x-ndjson) in the columns of /batch, and screen them at once.',
        },
      },
      async (request): Promise<SubjectImportAnswer> => {
        const contentType = request.headers['content-type'] ?? '';
        const format = /ndjson|jsonl/.test(contentType) ? 'jsonl' : 'csv';
        return app.monitoring.importSubjects(uploadStream(request.body), format);
      },
    );
    done();
  });

  server.delete(
    '/subjects/:id',
    {
      schema: {
        operationId: 'removeSubject',
        summary: 'Stop watching a subject (its alerts and decisions are kept).',
        response: { 200: answer('SubjectRemovedAnswer', 'The subject is no longer watched.') },
        errors: ['QUERY_INVALID', 'NOT_FOUND'],
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
        },
      },
    },
    async (request): Promise<SubjectRemovedAnswer> => {
      const { id } = request.params;
      if (!(await app.monitoring.removeSubject(id)))
        throw new AppError('NOT_FOUND', `No watched subject has the id "${id}".`);
      return { id, removed: true };
    },
  );

  server.get(
    '/alerts',
    {
      schema: {
        operationId: 'listAlerts',
        summary: 'Alerts on watched subjects, newest first.',
        response: { 200: answer('AlertsAnswer', 'The alerts, newest first.') },
        errors: ['QUERY_INVALID'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { type: 'string', enum: [...ALERT_STATUSES] },
            subject: { type: 'string' },
            limit: { type: 'integer', minimum: 1, maximum: 10000, default: 1000 },
          },
        },
      },
    },
    async (request): Promise<AlertsAnswer> => {
      const { status, subject, limit } = request.query;
      return {
        alerts: await app.monitoring.alerts({
          limit,
          ...(status === undefined ? {} : { status }),
          ...(subject === undefined ? {} : { subjectId: subject }),
        }),
      };
    },
  );

  server.get(
    '/alerts/:id',
    {
      schema: {
        operationId: 'getAlert',
        summary: 'One alert with every decision taken on it.',
        params: ALERT_ID,
        response: { 200: answer('AlertAnswer', 'The alert and its decisions, oldest first.') },
        errors: ['QUERY_INVALID', 'NOT_FOUND'],
      },
    },
    async (request): Promise<AlertAnswer> => {
      const { id } = request.params;
      const found = await app.monitoring.alert(id);
      if (found === undefined) throw new AppError('NOT_FOUND', `No alert has the id ${id}.`);
      return found;
    },
  );

  server.post(
    '/alerts/:id/decisions',
    {
      schema: {
        operationId: 'decideAlert',
        response: { 201: answer('DecisionAnswer', 'The decision as recorded, and the alert.') },
        errors: ['QUERY_INVALID', 'NOT_FOUND'],
        summary:
          'Record a decision (cleared or confirmed) with a note; it goes on the audit trail and is never changed, only superseded.',
        params: ALERT_ID,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['decision', 'note'],
          properties: {
            decision: { type: 'string', enum: ['cleared', 'confirmed'] },
            note: { type: 'string', minLength: 1, maxLength: 2000 },
            by: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const body = request.body;
      const result: DecisionAnswer = await app.monitoring.decide({
        alertId: id,
        decision: body.decision,
        note: body.note,
        by: body.by ?? request.caller.id,
        caller: request.caller.id,
      });
      return reply.status(201).send(result);
    },
  );
}
