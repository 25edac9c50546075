import type { ListName } from '../core/index.ts';
import type { ImportOptions, UpdateOutcome } from '../lists/index.ts';
import type { App } from './open-app.ts';
import type { DeltaSummary } from './monitoring-service.ts';

/** What one scheduled update did: each list's outcome and the delta re-screen it caused. */
export interface UpdateRunSummary {
  startedAt: string;
  /** The download and import outcomes as `lists.update` gave them (reports and errors in full). */
  outcomes: UpdateOutcome[];
  lists: {
    list: ListName;
    status?: 'imported' | 'unchanged' | 'reactivated';
    version?: number;
    error?: { code: string; message: string };
    delta?: DeltaSummary;
  }[];
}

/**
 * Downloads the named lists from their configured addresses, imports them, and runs the delta
 * re-screen of watched subjects for each list whose active version changed: the one path of
 * `sift lists update` and the server's schedule. A list that cannot be fetched is reported with
 * its error; the others go on.
 */
export async function updateAndRescreen(
  app: App,
  lists: readonly ListName[],
  caller: string,
  guards: Pick<ImportOptions, 'allowOlder' | 'allowShrink'> = {},
): Promise<UpdateRunSummary> {
  const startedAt = new Date().toISOString();
  const activeBefore = await app.lists.active();
  const outcomes = await app.lists.update(lists, guards);
  const summary: UpdateRunSummary = { startedAt, outcomes, lists: [] };
  for (const outcome of outcomes) {
    const entry: UpdateRunSummary['lists'][number] = { list: outcome.list };
    if (outcome.error !== undefined)
      entry.error = { code: outcome.error.code, message: outcome.error.message };
    if (outcome.report !== undefined) {
      entry.status = outcome.report.status;
      entry.version = outcome.report.version.version;
      if (outcome.report.status !== 'unchanged') {
        const from = activeBefore.find((v) => v.list === outcome.list)?.version;
        const delta = await app.monitoring.afterImport(outcome.list, from, caller);
        if (delta !== undefined) entry.delta = delta;
      }
    }
    summary.lists.push(entry);
  }
  return summary;
}

/** How a server updates its lists on a schedule. */
export interface UpdateScheduleOptions {
  /** Time from the start of one run to the start of the next. */
  everyMs: number;
  /** The lists to update; by default every active list that has a download address. */
  lists?: readonly ListName[];
  /** Told each run's summary, or the error that stopped a run. */
  onRun: (summary: UpdateRunSummary) => void;
  onError: (error: unknown) => void;
}

/** A running schedule: stop() waits for a run in progress to end. */
export interface UpdateSchedule {
  stop(): Promise<void>;
}

/**
 * Runs updateAndRescreen every `everyMs`, first one interval after the start. Runs never overlap:
 * the next is timed from the start of the one before and waits for it to end (a run longer than
 * the interval is followed at once by the next). A failed run is reported and the next one runs
 * as planned, so a download that fails is retried at the next interval.
 */
export function scheduleListUpdates(app: App, options: UpdateScheduleOptions): UpdateSchedule {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const run = async (): Promise<void> => {
    const started = Date.now();
    try {
      const lists = options.lists ?? (await scheduledLists(app));
      options.onRun(await updateAndRescreen(app, lists, 'scheduler'));
    } catch (error) {
      options.onError(error);
    }
    if (!stopped) plan(Math.max(0, started + options.everyMs - Date.now()));
  };
  const plan = (delayMs: number): void => {
    timer = setTimeout(() => {
      running = run().finally(() => {
        running = undefined;
      });
    }, delayMs);
  };
  plan(options.everyMs);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** Every active list that has a download address (an FtM dataset imported from a file has none). */
async function scheduledLists(app: App): Promise<ListName[]> {
  const active = await app.lists.active();
  return active.map((v) => v.list).filter((list) => app.config.listUrls[list] !== undefined);
}
