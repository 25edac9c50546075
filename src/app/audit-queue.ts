import type { AuditEntry } from '../store/index.ts';

interface Waiting {
  entry: AuditEntry;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Appends audit entries in groups, one append at a time: entries that arrive in the same turn of
 * the event loop, or while the previous append waits for the disk, are committed together in the
 * next transaction, and each caller's promise resolves only once its entry is durable. An entry
 * that arrives during an append's sync would have waited for the next sync anyway (the running
 * one may not cover it); holding its commit until then makes fewer, larger transactions: on the
 * /screen load bench the loop committed ~2 records a transaction, each rewriting the table's and
 * the index's last pages into the WAL (and so into checkpoints the loop also waits for).
 */
export function createAuditQueue(audit: {
  append(entries: readonly AuditEntry[]): Promise<unknown>;
}): (entry: AuditEntry) => Promise<void> {
  let waiting: Waiting[] = [];
  let scheduled = false;
  let appending = false;

  const flush = async (): Promise<void> => {
    scheduled = false;
    if (appending || waiting.length === 0) return;
    const batch = waiting;
    waiting = [];
    appending = true;
    try {
      await audit.append(batch.map((item) => item.entry));
      for (const item of batch) item.resolve();
    } catch (error) {
      for (const item of batch) item.reject(error);
    } finally {
      appending = false;
      // Entries that arrived meanwhile go in the next transaction, now.
      if (waiting.length > 0) void flush();
    }
  };

  return (entry) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ entry, resolve, reject });
      if (!scheduled && !appending) {
        scheduled = true;
        setImmediate(() => void flush());
      }
    });
}
