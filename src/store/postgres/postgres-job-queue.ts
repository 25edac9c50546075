import { randomUUID } from 'node:crypto';
import { Pool, type PoolClient } from 'pg';
import PgBoss from 'pg-boss';
import { AppError } from '../../core/index.ts';
import type { ChunkHandler, ChunkOutcome, ChunkSource, JobQueue, QueuedJob } from '../job-queue.ts';
import { describeTarget, reasonOf, storeError, withClient } from './postgres-client.ts';
import { SIFT_LOCK_KEY } from './postgres-import-session.ts';
import {
  createJobTables,
  JOB_SELECT,
  toQueuedJob,
  tripleValues,
  type JobRow,
} from './postgres-job-tables.ts';

/** How the queue on PostgreSQL behaves. */
export interface PostgresJobQueueOptions {
  /**
   * How long a chunk may stay taken before it is given to another worker: the only sign that a
   * worker died (pg-boss 10 keeps no heartbeat), so it must exceed the slowest chunk.
   */
  chunkTimeoutSeconds: number;
  /** Attempts of one chunk after its first, before the whole job fails. */
  retryLimit?: number;
  /** Finished jobs older than this are deleted when the next job is submitted. */
  keepFinishedHours?: number;
  /** Where pg-boss's own errors go. */
  log?: (message: string) => void;
}

/** What each pg-boss job carries: the chunk's place in its Sift job. */
interface ChunkMessage {
  job: string;
  chunk: number;
  from: number;
  size: number;
  data: unknown;
}

/** The second key of the advisory lock under which Sift's processes create pg-boss queues. */
const QUEUE_CREATE_LOCK = 3;
/** Rows per multi-row INSERT (three parameters each, far below PostgreSQL's 65,535). */
const INSERT_ROWS = 500;
/** Chunk messages handed to pg-boss per insert. */
const SEND_CHUNKS = 200;
/** Results read per page when they are streamed out. */
const RESULT_PAGE = 1000;

/**
 * The job queue on PostgreSQL: pg-boss hands out the chunks (SKIP LOCKED, retries, expiry of a
 * dead worker's chunk), and Sift's own tables hold each job's state, input items and results, so
 * every server and worker reads the same job from the database.
 */
export class PostgresJobQueue implements JobQueue {
  private readonly pool: Pool;
  private readonly boss: PgBoss;
  private readonly options: PostgresJobQueueOptions;
  private readonly queues = new Set<string>();

  private constructor(pool: Pool, boss: PgBoss, options: PostgresJobQueueOptions) {
    this.pool = pool;
    this.boss = boss;
    this.options = options;
  }

  /** Connects, creates the queue's tables and pg-boss's schema if missing, and starts pg-boss. */
  static async open(
    connectionString: string,
    options: PostgresJobQueueOptions,
  ): Promise<PostgresJobQueue> {
    const pool = new Pool({ connectionString, max: 4, connectionTimeoutMillis: 10_000 });
    pool.on('error', () => undefined);
    const boss = new PgBoss({
      connectionString,
      max: 4,
      schedule: false,
      // Expired chunks (a killed worker's) are found by pg-boss's maintenance: run it at least
      // twice per chunk timeout so a chunk is retried soon after it expires.
      maintenanceIntervalSeconds: Math.max(
        1,
        Math.min(120, Math.floor(options.chunkTimeoutSeconds / 2)),
      ),
    });
    boss.on('error', (error) => {
      options.log?.(`sift: job queue: ${reasonOf(error)}`);
    });
    try {
      await withClient(pool, createJobTables);
      await boss.start();
    } catch (error) {
      await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
      await pool.end().catch(() => undefined);
      throw new AppError(
        'STORE_UNAVAILABLE',
        `Cannot open the job queue at ${describeTarget(connectionString)}: ${reasonOf(error)}`,
        { cause: error },
      );
    }
    return new PostgresJobQueue(pool, boss, options);
  }

  async submit(
    job: Parameters<JobQueue['submit']>[0],
  ): Promise<{ job: QueuedJob; loaded: Promise<QueuedJob> }> {
    const id = randomUUID();
    const name = await this.queueOf(job.kind);
    const keepHours = this.options.keepFinishedHours ?? 24;
    await this.query(
      `DELETE FROM queue_jobs WHERE finished_at < now() - make_interval(hours => $1)`,
      [keepHours],
    );
    await this.query(
      `INSERT INTO queue_jobs (id, kind, owner, state, params) VALUES ($1, $2, $3, 'loading', $4::json)`,
      [id, job.kind, job.owner, JSON.stringify(job.params ?? null)],
    );
    const created = (await this.get(id))!;
    const loaded = this.load(id, name, job.chunks).catch(async (error: unknown) => {
      await this.query(
        `UPDATE queue_jobs SET state = 'failed', error = $2, finished_at = now()
         WHERE id = $1 AND state IN ('loading', 'running')`,
        [id, error instanceof Error ? error.message : String(error)],
      ).catch(() => undefined);
      throw error;
    });
    // A caller that lets the job load in the background reads the failure from the job itself.
    loaded.catch(() => undefined);
    return { job: created, loaded };
  }

  private async load(
    id: string,
    name: string,
    chunks: AsyncIterable<ChunkSource> | Iterable<ChunkSource>,
  ): Promise<QueuedJob> {
    let chunk = 0;
    let seq = 0;
    let messages: PgBoss.JobInsert<ChunkMessage>[] = [];
    for await (const source of chunks) {
      if (source.items !== undefined && source.items.length > 0)
        await this.insertRows('queue_items', id, seq, source.items);
      messages.push({
        name,
        data: { job: id, chunk, from: seq, size: source.size, data: source.data ?? null },
      });
      chunk += 1;
      seq += source.size;
      // Chunks are queued as they are stored, so workers start before a large file is loaded.
      if (messages.length >= SEND_CHUNKS) {
        await this.boss.insert(messages);
        messages = [];
      }
    }
    if (messages.length > 0) await this.boss.insert(messages);
    return this.transaction(async (client) => {
      // Under the row lock chunk completions take, so a job whose chunks all finished while it
      // was loading is seen as done exactly once.
      const row = await lockJob(client, id);
      const state =
        row.state !== 'loading' ? row.state : row.chunks_done >= chunk ? 'done' : 'running';
      await client.query(
        `UPDATE queue_jobs SET state = $2, chunks_total = $3, items_total = $4,
           finished_at = CASE WHEN $2 IN ('done', 'failed', 'cancelled') THEN coalesce(finished_at, now()) END
         WHERE id = $1`,
        [id, state, chunk, seq],
      );
      return toQueuedJob(await lockJob(client, id));
    });
  }

  async get(id: string): Promise<QueuedJob | undefined> {
    // A malformed id cannot name a job; asking PostgreSQL would fail on the uuid cast instead.
    if (!UUID.test(id)) return undefined;
    const { rows } = await this.query<JobRow>(`${JOB_SELECT} WHERE id = $1`, [id]);
    return rows[0] === undefined ? undefined : toQueuedJob(rows[0]);
  }

  async pending(owner?: string): Promise<QueuedJob[]> {
    const { rows } = await this.query<JobRow>(
      `${JOB_SELECT} WHERE state IN ('loading', 'running') AND ($1::text IS NULL OR owner = $1)
       ORDER BY created_at`,
      [owner ?? null],
    );
    return rows.map(toQueuedJob);
  }

  async cancel(id: string): Promise<QueuedJob | undefined> {
    if (!UUID.test(id)) return undefined;
    await this.query(
      `UPDATE queue_jobs SET state = 'cancelled', finished_at = now()
       WHERE id = $1 AND state IN ('loading', 'running')`,
      [id],
    );
    return this.get(id);
  }

  async *results(id: string): AsyncIterable<unknown> {
    let after = -1;
    for (;;) {
      const { rows } = await this.query<{ seq: number; data: unknown }>(
        'SELECT seq, data FROM queue_results WHERE job_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
        [id, after, RESULT_PAGE],
      );
      for (const row of rows) yield row.data;
      if (rows.length < RESULT_PAGE) return;
      after = rows.at(-1)!.seq;
    }
  }

  async remove(id: string): Promise<void> {
    if (!UUID.test(id)) return;
    await this.query('DELETE FROM queue_jobs WHERE id = $1', [id]);
  }

  async work(kind: string, concurrency: number, handler: ChunkHandler): Promise<void> {
    const name = await this.queueOf(kind);
    await this.boss.work<ChunkMessage>(deadLetterOf(name), { batchSize: 1 }, async ([message]) => {
      if (message === undefined) return;
      await this.query(
        `UPDATE queue_jobs SET state = 'failed', error = $2, finished_at = now()
         WHERE id = $1 AND state IN ('loading', 'running')`,
        [
          message.data.job,
          `chunk ${message.data.chunk} could not be completed (its attempts failed or its workers stopped answering)`,
        ],
      );
    });
    // pg-boss 10 takes one job per poll per worker: N workers in this process hold N chunks.
    for (let i = 0; i < Math.max(1, concurrency); i++) {
      await this.boss.work<ChunkMessage>(
        name,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 },
        async ([message]) => {
          if (message !== undefined) await this.runChunk(message, handler);
        },
      );
    }
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    await this.pool.end();
  }

  private async runChunk(
    message: PgBoss.JobWithMetadata<ChunkMessage>,
    handler: ChunkHandler,
  ): Promise<void> {
    const { job: jobId, chunk, from, size, data } = message.data;
    const job = await this.get(jobId);
    // A cancelled, failed or deleted job's chunks are let go without work.
    if (job === undefined || !(job.state === 'loading' || job.state === 'running')) return;
    const { rows: done } = await this.query(
      'SELECT 1 FROM queue_chunks WHERE job_id = $1 AND chunk = $2',
      [jobId, chunk],
    );
    // Completed by an earlier attempt whose worker died before telling pg-boss.
    if (done.length > 0) return;
    await this.query(
      'UPDATE queue_jobs SET started_at = coalesce(started_at, now()) WHERE id = $1',
      [jobId],
    );
    const { rows: items } = await this.query<{ data: unknown }>(
      'SELECT data FROM queue_items WHERE job_id = $1 AND seq >= $2 AND seq < $3 ORDER BY seq',
      [jobId, from, from + size],
    );
    let outcome: ChunkOutcome;
    try {
      outcome = await handler({ job, chunk, from, size, items: items.map((r) => r.data), data });
    } catch (error) {
      // The last attempt failed: the job cannot finish, so it fails rather than waiting forever.
      if (message.retryCount >= message.retryLimit) {
        await this.query(
          `UPDATE queue_jobs SET state = 'failed', error = $2, finished_at = now()
           WHERE id = $1 AND state IN ('loading', 'running')`,
          [jobId, `chunk ${chunk} failed: ${reasonOf(error)}`],
        );
      }
      throw error;
    }
    await this.completeChunk(jobId, chunk, size, outcome);
  }

  /**
   * Records a chunk as done, its results and its figures, in one transaction. The chunk row is the
   * guard: a second completion of the same chunk (a retry after a worker died between committing
   * and telling pg-boss) inserts nothing and changes no count, and results are keyed by job and
   * item, so no row is ever written twice.
   */
  private async completeChunk(
    jobId: string,
    chunk: number,
    size: number,
    outcome: ChunkOutcome,
  ): Promise<void> {
    await this.transaction(async (client) => {
      const first = await client.query(
        'INSERT INTO queue_chunks (job_id, chunk) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING chunk',
        [jobId, chunk],
      );
      if (first.rowCount === 0) return;
      await this.insertRows(
        'queue_results',
        jobId,
        0,
        outcome.results.map((r) => r.data),
        outcome.results.map((r) => r.seq),
        client,
      );
      const row = await lockJob(client, jobId);
      const totals = { ...row.totals };
      for (const [key, value] of Object.entries(outcome.totals ?? {}))
        totals[key] = (totals[key] ?? 0) + value;
      await client.query(
        `UPDATE queue_jobs SET chunks_done = chunks_done + 1, items_done = items_done + $2,
           totals = $3::json,
           state = CASE WHEN state = 'running' AND chunks_done + 1 >= chunks_total THEN 'done' ELSE state END,
           finished_at = CASE WHEN state = 'running' AND chunks_done + 1 >= chunks_total THEN now() ELSE finished_at END
         WHERE id = $1`,
        [jobId, size, JSON.stringify(totals)],
      );
    });
  }

  private async insertRows(
    table: 'queue_items' | 'queue_results',
    jobId: string,
    firstSeq: number,
    rows: readonly unknown[],
    seqs?: readonly number[],
    client?: PoolClient,
  ): Promise<void> {
    for (let at = 0; at < rows.length; at += INSERT_ROWS) {
      const slice = rows.slice(at, at + INSERT_ROWS);
      const params: unknown[] = [];
      slice.forEach((row, i) => {
        params.push(jobId, seqs?.[at + i] ?? firstSeq + at + i, JSON.stringify(row));
      });
      const sql = `INSERT INTO ${table} (job_id, seq, data) VALUES ${tripleValues(slice.length)} ON CONFLICT DO NOTHING`;
      if (client === undefined) await this.query(sql, params);
      else await client.query(sql, params);
    }
  }

  private async queueOf(kind: string): Promise<string> {
    const name = `sift-${kind}`;
    if (this.queues.has(name)) return name;
    // pg-boss 10 needs each queue created once (a queue that exists is left as it is). Two
    // processes creating queues at once deadlock on pg-boss's partitioned job table, so Sift's
    // processes take turns under an advisory lock.
    await withClient(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_lock($1, $2)', [SIFT_LOCK_KEY, QUEUE_CREATE_LOCK]);
      try {
        // A chunk out of retries (its handler kept failing, or its workers kept dying) goes to
        // the dead-letter queue, whose handler fails the job so that it does not wait forever.
        if ((await this.boss.getQueue(deadLetterOf(name))) === null)
          await this.boss.createQueue(deadLetterOf(name), { name: deadLetterOf(name) });
        if ((await this.boss.getQueue(name)) === null)
          await this.boss.createQueue(name, {
            name,
            retryLimit: this.options.retryLimit ?? 3,
            retryDelay: 1,
            expireInSeconds: this.options.chunkTimeoutSeconds,
            deadLetter: deadLetterOf(name),
          });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1, $2)', [SIFT_LOCK_KEY, QUEUE_CREATE_LOCK]);
      }
    });
    this.queues.add(name);
    return name;
  }

  // R types the rows the caller's SQL selects; node-postgres cannot check it either way.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  private async query<R extends object = Record<string, unknown>>(
    sql: string,
    params: unknown[],
  ): Promise<{ rows: R[] }> {
    try {
      return await this.pool.query<R>(sql, params);
    } catch (error) {
      throw storeError('The job queue is unavailable', error);
    }
  }

  private async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return withClient(this.pool, async (client) => {
      await client.query('BEGIN');
      try {
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw storeError('The job queue is unavailable', error);
      }
    });
  }
}

/** The dead-letter queue of a chunk queue. */
function deadLetterOf(name: string): string {
  return `${name}-dead`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function lockJob(client: PoolClient, id: string): Promise<JobRow> {
  const { rows } = await client.query<JobRow>(`${JOB_SELECT} WHERE id = $1 FOR UPDATE`, [id]);
  if (rows[0] === undefined) throw new AppError('NOT_FOUND', `No queued job "${id}".`);
  return rows[0];
}
