import type { AuditEntry } from '../store/index.ts';

/**
 * Appends audit entries in groups: entries that arrive in the same turn of the event loop are
 * committed in one transaction (one fsync), and each caller's promise resolves only once its entry
 * is durable. Under load this turns one disk sync per request into one per batch.
 */
export function createAuditQueue(audit: {
  append(entries: readonly AuditEntry[]): Promise<unknown>;
}): (entry: AuditEntry) => Promise<void> {
  let waiting: { entry: AuditEntry; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let scheduled = false;

  const flush = async (): Promise<void> => {
    const batch = waiting;
    waiting = [];
    scheduled = false;
    try {
      await audit.append(batch.map((item) => item.entry));
      for (const item of batch) item.resolve();
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  };

  return (entry) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ entry, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => void flush());
      }
    });
}
