import { createHash } from 'node:crypto';
import { availableParallelism, homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../core/index.ts';
import { OFFICIAL_LIST_URLS } from './list-urls.ts';
import { parseDuration } from './parse-duration.ts';
import { findSettingsFile, readSettingsFile } from './read-settings-file.ts';

/** Settings of the HTTP server. */
export interface ServerConfig {
  host: string;
  port: number;
  /** File of hashed API keys written by `sift keys add`; no keys means loopback only. */
  keysFile: string;
  /** Requests per minute per key (or per address when no keys are configured); 0 disables. */
  rateLimitPerMinute: number;
  /** Largest JSON body. */
  bodyLimitBytes: number;
  /** Largest uploaded batch or list file. */
  uploadLimitBytes: number;
  /** Most rows in one uploaded batch. */
  batchMaxRows: number;
  /** Most batch jobs one caller may have waiting or running at once. */
  batchJobsPerCaller: number;
  /** Most names one /match request may screen, across all its queries. */
  matchMaxNames: number;
  /** Longest an article analysis may run before it is stopped with TIMEOUT. */
  analyzeTimeoutMs: number;
  requestTimeoutMs: number;
  /** Level of the JSON request log written to stdout (`silent` turns it off). */
  logLevel: LogLevel;
  /** How often a server looks for list versions another process activated; 0 never looks. */
  followStoreMs: number;
  /** Threads that screen single queries beside the event loop; 0 screens them on it. */
  screenThreads: number;
}

/** The levels of the server's request log, most to least severe. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** One of LOG_LEVELS. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Sift's settings, read once at start and frozen. */
export interface Config {
  /** Path of the SQLite store file (the embedded default). */
  dbPath: string;
  /** PostgreSQL connection string; when set, the store is PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  /** The audit chain's secret HMAC key, created on first use beside the API keys file. */
  auditKeyFile: string;
  /** The append-only file of keyed audit checkpoints, beside the store. */
  auditCheckpointsFile: string;
  /** The gzip-compressed UN list imported into an empty store. */
  bundledListPath: string;
  /** Where `sift lists update` downloads each list from. */
  listUrls: Readonly<Record<string, string>>;
  /** Timeout of one list download. */
  downloadTimeoutMs: number;
  /**
   * Age after which a list whose newest version was imported longer ago is reported stale
   * (`/readyz`, `/catalog`, `sift lists status`, the page); 0 never reports one.
   */
  staleAfterMs: number;
  /**
   * Folder of engine snapshots (the screening index in a form every process loads in a fraction of
   * a second), or undefined to build the index in memory: `<store file>-snapshots` for SQLite,
   * `snapshots` beside the keys file for PostgreSQL, $SIFT_SNAPSHOT_DIR when set ('none' turns
   * snapshots off).
   */
  snapshotDir?: string;
  /** Whether article URLs may point at private, loopback or link-local addresses (tests only). */
  allowPrivateNetwork: boolean;
  /** Whether errors are printed with their cause and stack ($SIFT_DEBUG). */
  debug: boolean;
  /** The settings file that was read, if any. */
  settingsFile?: string;
  server: Readonly<ServerConfig>;
  /** The job queue that batch jobs and full re-screens go through on PostgreSQL. */
  queue: Readonly<QueueConfig>;
}

/** Settings of the PostgreSQL job queue (`sift worker`). */
export interface QueueConfig {
  /** How long a worker may hold a chunk before it counts as dead and the chunk is retried. */
  chunkTimeoutMs: number;
  /** Rows of a batch file per chunk. */
  chunkRows: number;
}

/** Flags that override the environment. */
export interface ConfigFlags {
  /** Settings file (JSON); the environment overrides it, and flags override both. */
  config?: string;
  db?: string;
  host?: string;
  port?: number;
}

/** The default data folder: $XDG_DATA_HOME/sift, else ~/.local/share/sift. */
function defaultDataDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'sift');
}

/** Screen threads when none are configured: one fewer than the cores, at least one. */
export function defaultScreenThreads(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

function readNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    throw new AppError('CONFIG_INVALID', `${name} must be a number ≥ ${min}, not "${raw}".`);
  }
  return value;
}

function readLogLevel(env: NodeJS.ProcessEnv): LogLevel {
  const raw = env.SIFT_LOG_LEVEL;
  if (raw === undefined || raw === '') return 'info';
  const level = LOG_LEVELS.find((l) => l === raw.toLowerCase());
  if (level === undefined) {
    throw new AppError(
      'CONFIG_INVALID',
      `SIFT_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${raw}".`,
    );
  }
  return level;
}

/**
 * Builds the frozen Config from flags, environment variables and the settings file (in that order
 * of precedence); the only reader of process.env.
 */
export function loadConfig(
  flags: ConfigFlags = {},
  processEnv: NodeJS.ProcessEnv = process.env,
): Readonly<Config> {
  const settingsFile = findSettingsFile(flags.config, processEnv);
  const env =
    settingsFile === undefined ? processEnv : { ...readSettingsFile(settingsFile), ...processEnv };
  const listUrls: Record<string, string> = { ...OFFICIAL_LIST_URLS };
  for (const list of Object.keys(OFFICIAL_LIST_URLS)) {
    const override = env[`SIFT_LIST_URL_${list.toUpperCase()}`];
    if (override !== undefined && override !== '') listUrls[list] = override;
  }
  const dbPath =
    flags.db ??
    (env.SIFT_DB !== undefined && env.SIFT_DB !== ''
      ? env.SIFT_DB
      : join(defaultDataDir(env), 'sift.db'));
  const port = flags.port ?? readNumber(env, 'SIFT_PORT', 8080, 0);
  if (!Number.isInteger(port) || port > 65535)
    throw new AppError('CONFIG_INVALID', `The port must be 0–65535, not ${port}.`);
  const databaseUrl = env.SIFT_DATABASE_URL;
  const keysFile = env.SIFT_KEYS_FILE ?? join(dirname(dbPath), 'keys.json');
  const usesPostgres = databaseUrl !== undefined && databaseUrl !== '';
  const snapshotDir = snapshotDirFor(env.SIFT_SNAPSHOT_DIR, dbPath, databaseUrl, keysFile);
  return Object.freeze({
    dbPath,
    ...(usesPostgres ? { databaseUrl } : {}),
    auditKeyFile: nonEmpty(env.SIFT_AUDIT_KEY_FILE) ?? join(dirname(keysFile), 'audit.key'),
    auditCheckpointsFile:
      nonEmpty(env.SIFT_AUDIT_CHECKPOINTS_FILE) ??
      (usesPostgres
        ? join(dirname(dbPath), `postgres-${databaseTag(databaseUrl)}.audit-checkpoints.jsonl`)
        : `${dbPath}.audit-checkpoints.jsonl`),
    bundledListPath: fileURLToPath(
      new URL('../../data/lists/un_consolidated_2026-02-27.xml.gz', import.meta.url),
    ),
    ...(snapshotDir === undefined ? {} : { snapshotDir }),
    listUrls: Object.freeze(listUrls),
    downloadTimeoutMs: readNumber(env, 'SIFT_DOWNLOAD_TIMEOUT_MS', 60_000, 1),
    staleAfterMs: readStaleAfter(env.SIFT_STALE_AFTER),
    allowPrivateNetwork: readFlag(env.SIFT_ALLOW_PRIVATE_NETWORK),
    debug: readFlag(env.SIFT_DEBUG),
    ...(settingsFile === undefined ? {} : { settingsFile }),
    server: Object.freeze({
      host: flags.host ?? env.SIFT_HOST ?? '127.0.0.1',
      port,
      keysFile,
      rateLimitPerMinute: readNumber(env, 'SIFT_RATE_LIMIT_PER_MINUTE', 6000, 0),
      bodyLimitBytes: readNumber(env, 'SIFT_BODY_LIMIT_BYTES', 1024 * 1024, 1024),
      uploadLimitBytes: readNumber(env, 'SIFT_UPLOAD_LIMIT_BYTES', 100 * 1024 * 1024, 1024),
      batchMaxRows: readNumber(env, 'SIFT_BATCH_MAX_ROWS', 1_000_000, 1),
      batchJobsPerCaller: readNumber(env, 'SIFT_BATCH_JOBS_PER_CALLER', 4, 1),
      matchMaxNames: readNumber(env, 'SIFT_MATCH_MAX_NAMES', 1000, 1),
      analyzeTimeoutMs: readNumber(env, 'SIFT_ANALYZE_TIMEOUT_MS', 20_000, 100),
      requestTimeoutMs: readNumber(env, 'SIFT_REQUEST_TIMEOUT_MS', 30_000, 100),
      logLevel: readLogLevel(env),
      followStoreMs: readNumber(env, 'SIFT_FOLLOW_STORE_MS', 3000, 0),
      // One fewer than the cores, at least one (decision 013): matching leaves the event loop
      // for another core. Session 9 turned it off when a screen thread with its audit writer
      // thread lost 10 % on two cores; without the writer (session 11) the thread wins.
      screenThreads: readNumber(env, 'SIFT_SCREEN_THREADS', defaultScreenThreads(), 0),
    }),
    queue: Object.freeze({
      chunkTimeoutMs: readNumber(env, 'SIFT_QUEUE_CHUNK_TIMEOUT_MS', 300_000, 1000),
      chunkRows: readNumber(env, 'SIFT_QUEUE_CHUNK_ROWS', 500, 1),
    }),
  });
}

/**
 * Lists are stale after 7 days by default: OFAC publishes several times a week and the UN
 * Security Council's list changes a few times a month, so a week without a new version most
 * often means the updates stopped. `off` (or 0) never reports a list stale.
 */
export const DEFAULT_STALE_AFTER_MS = 7 * 86_400_000;

function readStaleAfter(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_STALE_AFTER_MS;
  if (raw === 'off' || raw === '0') return 0;
  return parseDuration(raw, 'SIFT_STALE_AFTER (staleAfter)');
}

/** Whether a switch variable is on ("1" or "true"). */
export function readFlag(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** A short tag of the database a connection string names (server and database, no password). */
function databaseTag(connectionString: string): string {
  let target = connectionString;
  try {
    const url = new URL(connectionString);
    target = `${url.host}${url.pathname}`;
  } catch {
    // A libpq key=value string: tag the whole of it; only a hash prefix is kept.
  }
  return createHash('sha256').update(target).digest('hex').slice(0, 12);
}

/** Where engine snapshots live: see Config.snapshotDir. */
function snapshotDirFor(
  setting: string | undefined,
  dbPath: string,
  databaseUrl: string | undefined,
  keysFile: string,
): string | undefined {
  if (setting === 'none') return undefined;
  if (setting !== undefined && setting !== '') return setting;
  if (databaseUrl !== undefined && databaseUrl !== '') return join(dirname(keysFile), 'snapshots');
  return dbPath === ':memory:' ? undefined : `${dbPath}-snapshots`;
}
