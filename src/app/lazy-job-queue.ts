import type { JobQueue } from '../store/index.ts';

/** A job queue opened on first use (and only then), so commands that never queue pay nothing. */
export function lazyJobQueue(open: () => Promise<JobQueue>): JobQueue {
  let opened: Promise<JobQueue> | undefined;
  const queue = (): Promise<JobQueue> => (opened ??= open());
  return {
    submit: async (job) => (await queue()).submit(job),
    get: async (id) => (await queue()).get(id),
    pending: async (owner) => (await queue()).pending(owner),
    cancel: async (id) => (await queue()).cancel(id),
    results: async function* (id) {
      yield* (await queue()).results(id);
    },
    remove: async (id) => (await queue()).remove(id),
    work: async (kind, concurrency, handler) => (await queue()).work(kind, concurrency, handler),
    close: async () => {
      // Never opened: nothing to close, and nothing is opened just to be closed.
      if (opened === undefined) return;
      await (await opened).close();
    },
  };
}
