import type { Config } from '../config/index.ts';
import { SqliteStore, type AuditAnchorOptions, type Store } from '../store/index.ts';
import { loadAuditKey } from './audit-key.ts';

/**
 * Opens the store the config names: PostgreSQL when `databaseUrl` is set, else the embedded
 * SQLite file. The only place that picks a backend; pg is loaded only when it is asked for. With
 * the audit key and checkpoint files named, the audit chain is anchored outside the store; the
 * batch workers, which only read, open it without them. `checkpointOnThread`: an SQLite store
 * copies its WAL into the database file on a thread of its own (servers).
 */
export async function openStore(
  config: Pick<Config, 'dbPath' | 'databaseUrl'> &
    Partial<Pick<Config, 'auditKeyFile' | 'auditCheckpointsFile'>>,
  { checkpointOnThread }: { checkpointOnThread?: { log: (message: string) => void } } = {},
): Promise<Store> {
  const anchor = anchorOf(config);
  const options = anchor === undefined ? {} : { anchor };
  if (config.databaseUrl === undefined)
    return SqliteStore.open(config.dbPath, {
      ...options,
      ...(checkpointOnThread === undefined ? {} : { checkpointOnThread }),
    });
  const { PostgresStore } = await import('../store/postgres/postgres-store.ts');
  return PostgresStore.open(config.databaseUrl, options);
}

function anchorOf(
  config: Pick<Config, 'dbPath' | 'databaseUrl'> &
    Partial<Pick<Config, 'auditKeyFile' | 'auditCheckpointsFile'>>,
): AuditAnchorOptions | undefined {
  if (config.auditKeyFile === undefined || config.auditCheckpointsFile === undefined) return;
  // A throwaway in-memory store has nothing to anchor.
  if (config.databaseUrl === undefined && config.dbPath === ':memory:') return;
  return { ...loadAuditKey(config.auditKeyFile), checkpointsPath: config.auditCheckpointsFile };
}
