import type { FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';
import type { App } from '../../app/index.ts';
import { AppError } from '../../core/index.ts';
import { ALERT_STATUSES, type AlertStatus } from '../../screening/index.ts';
import { acceptUploads, BATCH_UPLOAD_TYPES } from '../upload-body.ts';

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
export function registerMonitoringRoutes(server: FastifyInstance, app: App): void {
  server.get(
    '/subjects',
    {
      schema: {
        summary: 'Watched subjects in id order (page with after= and limit=).',
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
    async (request) => {
      const { after, limit } = request.query as { after?: string; limit: number };
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
          summary:
            'Add or update watched subjects from CSV (text/csv) or JSONL (application/x-ndjson) in the columns of /batch, and screen them at once.',
        },
      },
      async (request) => {
        const contentType = request.headers['content-type'] ?? '';
        const format = /ndjson|jsonl/.test(contentType) ? 'jsonl' : 'csv';
        return app.monitoring.importSubjects(request.body as Readable, format);
      },
    );
    done();
  });

  server.delete(
    '/subjects/:id',
    {
      schema: {
        summary: 'Stop watching a subject (its alerts and decisions are kept).',
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      if (!(await app.monitoring.removeSubject(id)))
        throw new AppError('NOT_FOUND', `No watched subject has the id "${id}".`);
      return reply.status(204).send();
    },
  );

  server.get(
    '/alerts',
    {
      schema: {
        summary: 'Alerts on watched subjects, newest first.',
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
    async (request) => {
      const { status, subject, limit } = request.query as {
        status?: AlertStatus;
        subject?: string;
        limit: number;
      };
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
    { schema: { summary: 'One alert with every decision taken on it.', params: ALERT_ID } },
    async (request) => {
      const { id } = request.params as { id: number };
      const found = await app.monitoring.alert(id);
      if (found === undefined) throw new AppError('NOT_FOUND', `No alert has the id ${id}.`);
      return found;
    },
  );

  server.post(
    '/alerts/:id/decisions',
    {
      schema: {
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
      const { id } = request.params as { id: number };
      const body = request.body as {
        decision: 'cleared' | 'confirmed';
        note: string;
        by?: string;
      };
      const result = await app.monitoring.decide({
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
