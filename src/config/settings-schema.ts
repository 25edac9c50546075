import { OFFICIAL_LIST_URLS } from './list-urls.ts';

/** The kinds of value a setting takes. */
export type SettingType = 'string' | 'integer' | 'number' | 'boolean' | readonly string[];

/** One setting of the settings file: where it sits, its environment variable and its type. */
export interface SettingSpec {
  /** Dotted path in the settings file, e.g. `server.port`. */
  path: string;
  /** The environment variable that overrides it. */
  env: string;
  type: SettingType;
  /** Whether a relative path in the file is taken from the file's folder. */
  isPath?: boolean;
  description: string;
}

/**
 * Every setting Sift reads, in the settings file and the environment. The file is validated
 * against this table, the JSON Schema in docs/ is written from it, and the README lists it.
 */
export const SETTINGS: readonly SettingSpec[] = [
  { path: 'db', env: 'SIFT_DB', type: 'string', isPath: true, description: 'SQLite store file' },
  {
    path: 'databaseUrl',
    env: 'SIFT_DATABASE_URL',
    type: 'string',
    description: 'PostgreSQL connection string; when set, the store is PostgreSQL',
  },
  {
    path: 'snapshotDir',
    env: 'SIFT_SNAPSHOT_DIR',
    type: 'string',
    isPath: true,
    description: 'folder of engine snapshots; "none" turns them off',
  },
  {
    path: 'auditKeyFile',
    env: 'SIFT_AUDIT_KEY_FILE',
    type: 'string',
    isPath: true,
    description: "the audit chain's secret HMAC key",
  },
  {
    path: 'auditCheckpointsFile',
    env: 'SIFT_AUDIT_CHECKPOINTS_FILE',
    type: 'string',
    isPath: true,
    description: 'append-only file of keyed audit checkpoints',
  },
  {
    path: 'downloadTimeoutMs',
    env: 'SIFT_DOWNLOAD_TIMEOUT_MS',
    type: 'integer',
    description: 'timeout of one list download',
  },
  {
    path: 'staleAfter',
    env: 'SIFT_STALE_AFTER',
    type: 'string',
    description:
      'age (30m, 12h, 7d) after which a list whose newest version was imported longer ago is reported stale; "off" never (default 7d)',
  },
  {
    path: 'allowPrivateNetwork',
    env: 'SIFT_ALLOW_PRIVATE_NETWORK',
    type: 'boolean',
    description: 'let article URLs point at private or loopback addresses (tests only)',
  },
  {
    path: 'debug',
    env: 'SIFT_DEBUG',
    type: 'boolean',
    description: 'print the cause and stack of errors',
  },
  ...Object.keys(OFFICIAL_LIST_URLS).map((list) => ({
    path: `listUrls.${list}`,
    env: `SIFT_LIST_URL_${list.toUpperCase()}`,
    type: 'string' as const,
    description: `where \`sift lists update\` downloads the ${list.toUpperCase()} list from`,
  })),
  { path: 'server.host', env: 'SIFT_HOST', type: 'string', description: 'address to bind' },
  { path: 'server.port', env: 'SIFT_PORT', type: 'integer', description: 'port (8080)' },
  {
    path: 'server.keysFile',
    env: 'SIFT_KEYS_FILE',
    type: 'string',
    isPath: true,
    description: 'file of hashed API keys',
  },
  {
    path: 'server.rateLimitPerMinute',
    env: 'SIFT_RATE_LIMIT_PER_MINUTE',
    type: 'integer',
    description: 'requests per minute per key; 0 disables',
  },
  {
    path: 'server.bodyLimitBytes',
    env: 'SIFT_BODY_LIMIT_BYTES',
    type: 'integer',
    description: 'largest JSON body',
  },
  {
    path: 'server.uploadLimitBytes',
    env: 'SIFT_UPLOAD_LIMIT_BYTES',
    type: 'integer',
    description: 'largest uploaded batch or list file',
  },
  {
    path: 'server.batchMaxRows',
    env: 'SIFT_BATCH_MAX_ROWS',
    type: 'integer',
    description: 'most rows in one uploaded batch',
  },
  {
    path: 'server.batchJobsPerCaller',
    env: 'SIFT_BATCH_JOBS_PER_CALLER',
    type: 'integer',
    description: 'most batch jobs one caller may have waiting or running',
  },
  {
    path: 'server.matchMaxNames',
    env: 'SIFT_MATCH_MAX_NAMES',
    type: 'integer',
    description: 'most name screenings in one /match request',
  },
  {
    path: 'server.analyzeTimeoutMs',
    env: 'SIFT_ANALYZE_TIMEOUT_MS',
    type: 'integer',
    description: 'longest one article analysis may run',
  },
  {
    path: 'server.requestTimeoutMs',
    env: 'SIFT_REQUEST_TIMEOUT_MS',
    type: 'integer',
    description: 'longest one request may take',
  },
  {
    path: 'server.logLevel',
    env: 'SIFT_LOG_LEVEL',
    type: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    description: 'level of the JSON request log; silent turns it off',
  },
  {
    path: 'server.followStoreMs',
    env: 'SIFT_FOLLOW_STORE_MS',
    type: 'integer',
    description: 'how often a server looks for list versions another process activated; 0 never',
  },
  {
    path: 'server.screenThreads',
    env: 'SIFT_SCREEN_THREADS',
    type: 'integer',
    description:
      'threads on which a server screens single names, sharing the engine snapshot (default: one fewer than the cores, at least 1); 0 screens on the event loop',
  },
  {
    path: 'queue.chunkTimeoutMs',
    env: 'SIFT_QUEUE_CHUNK_TIMEOUT_MS',
    type: 'integer',
    description:
      'PostgreSQL job queue: how long a worker may hold a chunk before it is retried elsewhere',
  },
  {
    path: 'queue.chunkRows',
    env: 'SIFT_QUEUE_CHUNK_ROWS',
    type: 'integer',
    description: 'PostgreSQL job queue: rows of a batch file per chunk',
  },
];

/** The JSON Schema of the settings file, written from SETTINGS (docs/sift.config.schema.json). */
export function settingsJsonSchema(): Record<string, unknown> {
  const root: SchemaObject = objectSchema('Sift settings file (sift.config.json).');
  root.properties.$schema = { type: 'string' };
  for (const spec of SETTINGS) {
    const parts = spec.path.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node.properties[part] ??= objectSchema();
      node = node.properties[part] as SchemaObject;
    }
    node.properties[parts[parts.length - 1]!] = {
      ...(Array.isArray(spec.type) ? { enum: spec.type } : { type: spec.type }),
      ...(spec.type === 'integer' ? { minimum: 0 } : {}),
      description: `${spec.description} (environment: ${spec.env})`,
    };
  }
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...root };
}

interface SchemaObject {
  type: 'object';
  description?: string;
  additionalProperties: false;
  properties: Record<string, unknown>;
}

function objectSchema(description?: string): SchemaObject {
  return {
    type: 'object',
    ...(description === undefined ? {} : { description }),
    additionalProperties: false,
    properties: {},
  };
}
