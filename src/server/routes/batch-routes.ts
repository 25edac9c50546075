import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { readBatchFile, type App, type BatchFormat, type BatchJobs } from '../../app/index.ts';
import { AppError } from '../../core/index.ts';
import { acceptUploads, BATCH_UPLOAD_TYPES, uploadStream } from '../upload-body.ts';
import { answer } from '../describe-operations.ts';
import { routeServer, type RouteServer } from '../route-server.ts';

const JOB_ID = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string' } },
} as const;

// Typed `object` so that the reply type stays open: the answer is a file stream, not a string.
const RESULTS_ANSWER: object = {
  description: 'One row per input row, as CSV or JSON lines.',
  content: {
    'text/csv': { schema: { type: 'string' } },
    'application/x-ndjson': { schema: { type: 'string' } },
  },
};

/**
 * POST /batch (upload CSV or JSONL), GET /batch/{id} (progress), DELETE /batch/{id} (cancel),
 * GET /batch/{id}/results; returns the server's job registry.
 */
export function registerBatchRoutes(server: RouteServer, app: App): BatchJobs {
  const jobs = app.batch.createJobs();
  const limits = app.config.server;

  server.register((scope, _options, done) => {
    acceptUploads(scope, BATCH_UPLOAD_TYPES, limits.uploadLimitBytes);
    routeServer(scope).post(
      '/batch',
      {
        bodyLimit: limits.uploadLimitBytes,
        schema: {
          operationId: 'startBatchJob',
          response: { 202: answer('BatchJobAnswer', 'The job was queued: poll GET /batch/{id}.') },
          errors: ['QUERY_INVALID', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'],
          summary:
            'Upload a CSV (text/csv) or JSONL (application/x-ndjson) file of names; returns a job id.',
          querystring: {
            type: 'object',
            properties: {
              format: {
                type: 'string',
                enum: ['csv', 'jsonl'],
                description: 'output format (default: as the input)',
              },
              threshold: { type: 'number', minimum: 0, maximum: 1 },
              limit: {
                type: 'integer',
                minimum: 1,
                maximum: 500,
                description: 'hits kept per row (default 5, as `sift batch`)',
              },
              lists: { type: 'string', description: 'comma-separated list names' },
            },
          },
        },
      },
      async (request, reply) => {
        const contentType = request.headers['content-type'] ?? '';
        const inputFormat: BatchFormat = /ndjson|jsonl/.test(contentType) ? 'jsonl' : 'csv';
        const query = request.query;
        const dir = await jobs.makeUploadDir();
        const inputPath = join(dir, `input.${inputFormat}`);
        try {
          await pipeline(uploadStream(request.body), createWriteStream(inputPath));
          await checkHeader(inputPath, inputFormat);
          const rowsTotal = await countRows(inputPath, inputFormat);
          if (rowsTotal > limits.batchMaxRows) {
            throw new AppError(
              'PAYLOAD_TOO_LARGE',
              `The file has ${rowsTotal} rows; the limit is ${limits.batchMaxRows}.`,
            );
          }
          const status = await jobs.start({
            dir,
            inputPath,
            inputFormat,
            outputFormat: query.format ?? inputFormat,
            rowsTotal,
            caller: request.caller,
            defaults: {
              ...(query.threshold === undefined ? {} : { threshold: query.threshold }),
              ...(query.limit === undefined ? {} : { limit: query.limit }),
              ...(query.lists === undefined
                ? {}
                : { lists: query.lists.split(',').map((l) => l.trim()) }),
            },
          });
          return await reply.status(202).send(status);
        } catch (error) {
          await rm(dir, { recursive: true, force: true });
          throw error;
        }
      },
    );
    done();
  });

  server.get(
    '/batch/:id',
    {
      schema: {
        operationId: 'getBatchJob',
        summary: 'A batch job’s progress and summary.',
        response: { 200: answer('BatchJobAnswer', 'The job’s state and progress.') },
        errors: ['NOT_FOUND'],
        params: JOB_ID,
      },
    },
    (request) => jobs.status(request.params.id, request.caller),
  );

  server.delete(
    '/batch/:id',
    {
      schema: {
        operationId: 'cancelBatchJob',
        summary:
          'Cancel a running batch job: rows already read are finished, the rest are not screened.',
        response: {
          200: answer('BatchJobAnswer', 'The job, stopping: poll GET /batch/{id} for its end.'),
        },
        errors: ['NOT_FOUND'],
        params: JOB_ID,
      },
    },
    (request) => jobs.cancel(request.params.id, request.caller),
  );

  server.get(
    '/batch/:id/results',
    {
      schema: {
        operationId: 'getBatchResults',
        summary: 'Stream a finished batch job’s results.',
        response: { 200: RESULTS_ANSWER },
        errors: ['NOT_FOUND', 'QUERY_INVALID'],
        params: JOB_ID,
      },
    },
    async (request, reply) => {
      const { body, format } = await jobs.results(request.params.id, request.caller);
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson')
        .header('content-disposition', `attachment; filename="sift-results.${format}"`)
        .send(body);
    },
  );
  return jobs;
}

/**
 * Refuses a file whose header cannot be read (no name column, a field twice, nothing at all) with a
 * 400 at upload, rather than a job that fails later with the same message: the page and API
 * clients then show it as the file's problem. Reads only as far as the first row.
 */
async function checkHeader(path: string, format: BatchFormat): Promise<void> {
  const rows = readBatchFile(createReadStream(path), format);
  try {
    await rows.next();
  } finally {
    await rows.return(undefined);
  }
}

async function countRows(path: string, format: BatchFormat): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk as Buffer;
    for (const byte of buffer) if (byte === 10) lines += 1;
    last = buffer.at(-1) ?? last;
  }
  if (last !== 10) lines += 1;
  return format === 'csv' ? Math.max(0, lines - 1) : lines;
}
