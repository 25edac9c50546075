import type { FastifyInstance } from 'fastify';
import type { App, BatchJobs } from '../../app/index.ts';
import { createRequestMetrics, type Gauge } from '../metrics.ts';
import { datasetName } from '../yente/yente-datasets.ts';

/**
 * GET /metrics in Prometheus' text format: request counts and latency histograms per route, the
 * list versions served and their age, the index build time and the batch backlog. It is protected
 * like the other routes (any valid key once keys exist).
 */
export function registerMetricsRoutes(server: FastifyInstance, app: App, jobs: BatchJobs): void {
  const metrics = createRequestMetrics();
  server.addHook('onResponse', (request, reply, done) => {
    // The route pattern, not the path, so ids and names never become label values.
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });

  server.get(
    '/metrics',
    {
      config: { access: 'user' },
      schema: {
        operationId: 'metrics',
        tags: ['operations'],
        summary: 'Prometheus metrics: requests, latencies, list versions and age, index, batches.',
        response: {
          200: {
            description: 'The Prometheus text format, version 0.0.4.',
            content: { 'text/plain': { schema: { type: 'string' } } },
          },
        },
      },
    },
    async (_request, reply) => {
      const versions = await app.lists.active();
      const now = Date.now();
      const engine = app.screening.current();
      const stats = engine === undefined ? undefined : { buildMs: engine.elapsedMs };
      const backlog = await jobs.backlog();
      const perList = (value: (v: (typeof versions)[number]) => number): Gauge['samples'] =>
        versions.map((v) => ({
          labels: { list: v.list, dataset: datasetName(v.list) },
          value: value(v),
        }));
      const gauges: Gauge[] = [
        {
          name: 'sift_list_version',
          help: 'The active stored version of each list.',
          samples: perList((v) => v.version),
        },
        {
          name: 'sift_list_age_seconds',
          help: 'Seconds since the active version of each list was imported.',
          samples: perList((v) => (now - Date.parse(v.importedAt)) / 1000),
        },
        {
          name: 'sift_list_published_age_seconds',
          help: 'Seconds since the publication date the list file gives (lists without one are left out).',
          samples: versions
            .filter((v) => v.published !== undefined)
            .map((v) => ({
              labels: { list: v.list, dataset: datasetName(v.list) },
              value: (now - Date.parse(`${v.published ?? ''}T00:00:00Z`)) / 1000,
            })),
        },
        {
          name: 'sift_list_entities',
          help: 'Entities in the active version of each list.',
          samples: perList((v) => v.entityCount),
        },
        {
          name: 'sift_index_build_seconds',
          help: 'Time the screening index in force took to load and build.',
          samples: stats === undefined ? [] : [{ labels: {}, value: stats.buildMs / 1000 }],
        },
        {
          name: 'sift_index_ready',
          help: '1 once the screening index is built, else 0.',
          samples: [{ labels: {}, value: stats === undefined ? 0 : 1 }],
        },
        {
          name: 'sift_batch_queue_jobs',
          help: 'Batch jobs waiting or running.',
          samples: [{ labels: {}, value: backlog.jobs }],
        },
        {
          name: 'sift_batch_queue_rows',
          help: 'Rows the waiting and running batch jobs have still to screen.',
          samples: [{ labels: {}, value: backlog.rows }],
        },
      ];
      return reply.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.render(gauges));
    },
  );
}
