import type { Pool, PoolClient } from 'pg';
import { AppError } from '../../core/index.ts';

/**
 * Checks a client out of the pool with an error listener attached: node-postgres emits 'error'
 * on a checked-out client whose connection drops while idle, and an unheard 'error' event would
 * end the process. The failure then surfaces as a rejected query instead.
 */
export async function connectClient(pool: Pool): Promise<PoolClient> {
  const client = await pool.connect();
  client.on('error', ignoreIdleError);
  return client;
}

/** Returns a client to the pool, destroying it when its connection may be broken. */
export function releaseClient(client: PoolClient, broken?: unknown): void {
  client.off('error', ignoreIdleError);
  client.release(broken === undefined ? undefined : toError(broken));
}

/** Runs `work` on one pooled client, releasing it afterwards (destroyed if `work` failed). */
export async function withClient<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await connectClient(pool);
  try {
    const result = await work(client);
    releaseClient(client);
    return result;
  } catch (error) {
    releaseClient(client, error);
    throw error;
  }
}

/** Wraps a database failure in a STORE_UNAVAILABLE AppError, keeping AppErrors as they are. */
export function storeError(action: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('STORE_UNAVAILABLE', `${action}: ${reasonOf(error)}`, { cause: error });
}

/** A readable reason for a driver error; a refused connection arrives as an AggregateError. */
export function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') {
    return error.errors.map(reasonOf).join('; ');
  }
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    if (error.message !== '') return error.message;
    return typeof code === 'string' ? code : error.name;
  }
  return String(error);
}

/** The server and database of a connection string, without user name or password. */
export function describeTarget(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `postgres://${url.host}${url.pathname}`;
  } catch {
    // A libpq key=value string may hold a password anywhere: name nothing from it.
    return 'the configured PostgreSQL server';
  }
}

function ignoreIdleError(): void {
  // The next query on this client rejects with the real cause, which is reported there.
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
