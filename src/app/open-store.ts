import type { Config } from '../config/index.ts';
import { SqliteStore, type Store } from '../store/index.ts';

/**
 * Opens the store the config names: PostgreSQL when `databaseUrl` is set, else the embedded
 * SQLite file. The only place that picks a backend; pg is loaded only when it is asked for.
 */
export async function openStore(config: Pick<Config, 'dbPath' | 'databaseUrl'>): Promise<Store> {
  if (config.databaseUrl === undefined) return SqliteStore.open(config.dbPath);
  const { PostgresStore } = await import('../store/postgres/postgres-store.ts');
  return PostgresStore.open(config.databaseUrl);
}
