import type { PoolClient } from 'pg';
import type { QueuedJob, QueuedJobState } from '../job-queue.ts';
import { SIFT_LOCK_KEY } from './postgres-import-session.ts';

/** The second key of the advisory lock under which one process at a time creates the tables. */
const JOB_TABLES_LOCK = 2;

/**
 * The queue's own tables, beside pg-boss's schema: jobs, their input items, the chunks done and
 * the results. Created with IF NOT EXISTS rather than as store migrations, so that the queue, like
 * pg-boss, sets itself up when a server or worker first opens it and the store's numbered
 * migrations stay the lists' and monitoring's own.
 */
const JOB_TABLES = `
  CREATE TABLE IF NOT EXISTS queue_jobs (
    id uuid PRIMARY KEY,
    kind text COLLATE "C" NOT NULL,
    owner text COLLATE "C" NOT NULL,
    state text COLLATE "C" NOT NULL,
    params json NOT NULL,
    items_total integer NOT NULL DEFAULT 0,
    items_done integer NOT NULL DEFAULT 0,
    chunks_total integer,
    chunks_done integer NOT NULL DEFAULT 0,
    totals json NOT NULL DEFAULT '{}',
    error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    started_at timestamptz,
    finished_at timestamptz
  );
  CREATE INDEX IF NOT EXISTS queue_jobs_pending ON queue_jobs (owner) WHERE state IN ('loading', 'running');
  CREATE TABLE IF NOT EXISTS queue_items (
    job_id uuid NOT NULL REFERENCES queue_jobs (id) ON DELETE CASCADE,
    seq integer NOT NULL,
    data json NOT NULL,
    PRIMARY KEY (job_id, seq)
  );
  CREATE TABLE IF NOT EXISTS queue_chunks (
    job_id uuid NOT NULL REFERENCES queue_jobs (id) ON DELETE CASCADE,
    chunk integer NOT NULL,
    done_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, chunk)
  );
  CREATE TABLE IF NOT EXISTS queue_results (
    job_id uuid NOT NULL REFERENCES queue_jobs (id) ON DELETE CASCADE,
    seq integer NOT NULL,
    data json NOT NULL,
    PRIMARY KEY (job_id, seq)
  );
`;

/** Creates the queue's tables if they are missing, one process at a time. */
export async function createJobTables(client: PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1, $2)', [SIFT_LOCK_KEY, JOB_TABLES_LOCK]);
  try {
    await client.query(JOB_TABLES);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1, $2)', [SIFT_LOCK_KEY, JOB_TABLES_LOCK]);
  }
}

/** The columns of `queue_jobs` as a {@link JobRow}. */
export const JOB_SELECT = `SELECT id, kind, owner, state, params, items_total, items_done,
  chunks_total, chunks_done, totals, error, created_at, started_at, finished_at FROM queue_jobs`;

/** One row of `queue_jobs` as node-postgres returns it. */
export interface JobRow {
  id: string;
  kind: string;
  owner: string;
  state: QueuedJobState;
  params: unknown;
  items_total: number;
  items_done: number;
  chunks_total: number | null;
  chunks_done: number;
  totals: Record<string, number>;
  error: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

/** A job row as the queue reports it. */
export function toQueuedJob(row: JobRow): QueuedJob {
  return {
    id: row.id,
    kind: row.kind,
    owner: row.owner,
    state: row.state,
    params: row.params,
    itemsTotal: row.items_total,
    itemsDone: row.items_done,
    chunksTotal: row.chunks_total ?? 0,
    chunksDone: row.chunks_done,
    started: row.started_at !== null,
    totals: row.totals,
    ...(row.error === null ? {} : { error: row.error }),
    createdAt: row.created_at.toISOString(),
    ...(row.finished_at === null ? {} : { finishedAt: row.finished_at.toISOString() }),
  };
}

/** `($1, $2, $3::json), ($4, …)` for a multi-row insert of (job, seq, json) triples. */
export function tripleValues(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3}::json)`,
  ).join(', ');
}
