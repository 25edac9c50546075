/** The life of a queued job: loading its chunks, running, then one of the three ends. */
export type QueuedJobState = 'loading' | 'running' | 'done' | 'failed' | 'cancelled';

/** A job of the queue as every process reads it from the database. */
export interface QueuedJob {
  id: string;
  /** What kind of work (`batch`, `rescreen`): which handler takes its chunks. */
  kind: string;
  /** Who submitted it (an API key id, `cli` …). */
  owner: string;
  state: QueuedJobState;
  /** What every chunk of the job needs, as the submitter gave it. */
  params: unknown;
  /** Items (rows, subjects) in the job; known once its state is past `loading`. */
  itemsTotal: number;
  itemsDone: number;
  chunksTotal: number;
  chunksDone: number;
  /** Whether a worker has taken one of its chunks yet. */
  started: boolean;
  /** The sums of every completed chunk's figures (alerts, errors …). */
  totals: Record<string, number>;
  error?: string;
  createdAt: string;
  finishedAt?: string;
}

/** One chunk of a job as the submitter describes it. */
export interface ChunkSource {
  /** How many items the chunk accounts for (its rows, or the subjects of its id range). */
  size: number;
  /** Items stored with the job for the worker to read (batch rows); absent when `data` is enough. */
  items?: readonly unknown[];
  /** What the worker needs besides the items (an id range …). */
  data?: unknown;
}

/** A chunk as a worker receives it. */
export interface JobChunk {
  job: QueuedJob;
  /** 0-based number of the chunk in its job. */
  chunk: number;
  /** Sequence number of the chunk's first item in the job (items are numbered from 0). */
  from: number;
  size: number;
  items: unknown[];
  data: unknown;
}

/** What a worker hands back for one chunk: results keyed by item number, and figures to add up. */
export interface ChunkOutcome {
  results: { seq: number; data: unknown }[];
  totals?: Record<string, number>;
}

/** Handles the chunks of one kind of job; throwing fails the attempt, which is retried. */
export type ChunkHandler = (chunk: JobChunk) => Promise<ChunkOutcome>;

/**
 * A durable job queue split into chunks, which any number of worker processes take and complete;
 * job state, progress and results live in the database, never in a server's memory.
 */
export interface JobQueue {
  /**
   * Creates a job and returns it (state `loading`) with `loaded`, which settles once its chunks
   * (streamed from `chunks`) are all stored and queued; when reading them fails, the job fails
   * with the reason and `loaded` rejects.
   */
  submit(job: {
    kind: string;
    owner: string;
    params: unknown;
    chunks: AsyncIterable<ChunkSource> | Iterable<ChunkSource>;
  }): Promise<{ job: QueuedJob; loaded: Promise<QueuedJob> }>;
  /** A job, or undefined when there is none with this id. */
  get(id: string): Promise<QueuedJob | undefined>;
  /** Jobs of one owner (or all) still loading or running. */
  pending(owner?: string): Promise<QueuedJob[]>;
  /** Stops a job: chunks not yet taken are skipped; results so far stay readable. */
  cancel(id: string): Promise<QueuedJob | undefined>;
  /** A job's stored results in item order, read page by page. */
  results(id: string): AsyncIterable<unknown>;
  /** Deletes a job with its items and results. */
  remove(id: string): Promise<void>;
  /**
   * Takes chunks of `kind` in this process, `concurrency` at a time, until `stop`. Each chunk's
   * results are written once (keyed by job and item) even when a chunk is retried.
   */
  work(kind: string, concurrency: number, handler: ChunkHandler): Promise<void>;
  /** Stops taking chunks, waits for the ones in hand, and closes the connections. */
  close(): Promise<void>;
}
