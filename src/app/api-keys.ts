import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../core/index.ts';

/** One API key as stored: only its SHA-256 is kept, never the key itself. */
export interface StoredApiKey {
  id: string;
  sha256: string;
  admin: boolean;
  created: string;
}

/** The caller an API key identifies. */
export interface ApiCaller {
  id: string;
  admin: boolean;
}

function hashKey(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

/** Reads the keys file; no file means no keys (the server then binds to loopback only). */
export function loadApiKeys(file: string): StoredApiKey[] {
  if (!existsSync(file)) return [];
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { keys?: StoredApiKey[] };
    return parsed.keys ?? [];
  } catch (error) {
    throw new AppError('CONFIG_INVALID', `The API keys file ${file} is not valid JSON.`, {
      cause: error,
    });
  }
}

/**
 * Creates a key with 256 random bits, stores its hash, and returns the key once. A fast hash is
 * enough here: the keys are random, so there is nothing to guess from the hash.
 */
export function addApiKey(file: string, id: string, admin: boolean): string {
  if (!/^[\w.-]{1,64}$/.test(id)) {
    throw new AppError(
      'QUERY_INVALID',
      'A key id is 1–64 letters, digits, dots, dashes or underscores.',
    );
  }
  const keys = loadApiKeys(file);
  if (keys.some((k) => k.id === id))
    throw new AppError('QUERY_INVALID', `A key with id "${id}" exists already.`);
  const key = `sift_${randomBytes(32).toString('base64url')}`;
  keys.push({ id, sha256: hashKey(key).toString('hex'), admin, created: new Date().toISOString() });
  saveApiKeys(file, keys);
  return key;
}

/** Removes the key with this id (a running server reads keys at start: restart it). */
export function revokeApiKey(file: string, id: string): StoredApiKey {
  const keys = loadApiKeys(file);
  const revoked = keys.find((k) => k.id === id);
  if (revoked === undefined) {
    throw new AppError(
      'NOT_FOUND',
      `No API key has the id "${id}"; \`sift keys list\` shows the ids.`,
    );
  }
  saveApiKeys(
    file,
    keys.filter((k) => k.id !== id),
  );
  return revoked;
}

/** Writes the keys file atomically, readable by its owner only. */
function saveApiKeys(file: string, keys: readonly StoredApiKey[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ keys }, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}

/** The caller a presented key belongs to, compared in constant time; undefined when none. */
export function findApiCaller(
  keys: readonly StoredApiKey[],
  presented: string,
): ApiCaller | undefined {
  const digest = hashKey(presented);
  for (const key of keys) {
    const stored = Buffer.from(key.sha256, 'hex');
    if (stored.length === digest.length && timingSafeEqual(stored, digest))
      return { id: key.id, admin: key.admin };
  }
  return undefined;
}

/** The API keys a server checks, re-read whenever the keys file changes. */
export interface KeyRing {
  /** The keys in force now. */
  current(): readonly StoredApiKey[];
  /**
   * True when callers must present a key: keys exist now, or existed when the server started. A
   * server started with keys never falls open because the file was emptied or removed.
   */
  required(): boolean;
}

/**
 * Watches the keys file by its modification time and size, checked at most once a second, so `sift
 * keys add` or a revocation takes effect in a running server without a restart.
 */
export function openKeyRing(file: string, checkEveryMs = 1000): KeyRing {
  let keys = loadApiKeys(file);
  const startedWithKeys = keys.length > 0;
  let stamp = fileStamp(file);
  let checkedAt = Date.now();
  const refresh = (): void => {
    const now = Date.now();
    if (now - checkedAt < checkEveryMs) return;
    checkedAt = now;
    const next = fileStamp(file);
    if (next === stamp) return;
    stamp = next;
    try {
      keys = loadApiKeys(file);
    } catch (error) {
      // A half-written or broken file must not open the server: keep requiring keys, accept none.
      process.stderr.write(
        `sift serve: ${(error as Error).message} No key is accepted until it is fixed.\n`,
      );
      keys = [];
    }
  };
  return {
    current: () => {
      refresh();
      return keys;
    },
    required: () => {
      refresh();
      return startedWithKeys || keys.length > 0;
    },
  };
}

function fileStamp(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return '';
  }
}
