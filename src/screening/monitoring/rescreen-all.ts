import type { StoredSubject, Store } from '../../store/index.ts';
import type { ScreeningIndex } from '../screening-index.ts';
import {
  emptySummary,
  fullHits,
  recordScreenings,
  screenEach,
  SUBJECT_CHUNK,
  type RescreenSummary,
  type SubjectAudit,
  type SubjectScreening,
} from './screen-subjects.ts';
import { screenInOrder, type OpenSubjectPool } from './subject-thread-pool.ts';

/**
 * Watched subjects from which a full re-screen starts worker threads. Each thread first loads the
 * engine and the name tables its first screenings read (about 2 s of CPU, measured on the 100k
 * bench store), and a subject takes about 1.2 ms of CPU, so two threads pay off from about 3,300
 * subjects; below this the run stays on this thread.
 */
export const FULL_THREADS_FROM = 5_000;

/** How a re-screen runs: where its worker threads come from, and from what size it uses them. */
export interface RescreenOptions {
  /** Opens worker threads on the run's engine; without it the run stays on this thread. */
  openPool?: OpenSubjectPool;
  /** Subjects from which the threads are used (FULL_THREADS_FROM or DELTA_THREADS_FROM). */
  threadsFrom?: number;
  /** Told after each page of subjects is recorded: subjects done, of how many to do. */
  onProgress?: (screened: number, total: number) => void;
}

/**
 * Screens every watched subject against the whole index, page by page: on worker threads from
 * `openPool` when there are FULL_THREADS_FROM subjects or more, else on this thread. Either way
 * each page's screenings are recorded in id order (see recordScreenings), so both give the same
 * alerts, decisions and audit records.
 */
export async function rescreenAll(
  store: Store,
  index: ScreeningIndex,
  caller: string,
  options: RescreenOptions = {},
): Promise<RescreenSummary> {
  const { openPool, onProgress } = options;
  const audit: SubjectAudit = { caller, kind: 'rescreen-all', lists: index.lists };
  const summary = emptySummary();
  const total = await store.monitoring.countSubjects();
  const record = async (
    page: readonly StoredSubject[],
    screenings: readonly SubjectScreening[],
  ): Promise<void> => {
    await recordScreenings(store, index, page, screenings, summary, audit);
    onProgress?.(summary.screened + summary.errors.length, total);
  };
  if (openPool === undefined || total < (options.threadsFrom ?? FULL_THREADS_FROM)) {
    const findHits = fullHits(index);
    for await (const page of subjectPages(store)) await record(page, screenEach(page, findHits));
    return summary;
  }
  const pool = await openPool(index.lists);
  try {
    await screenInOrder(
      pool,
      (async function* () {
        for await (const page of subjectPages(store)) yield page.map((subject) => ({ subject }));
      })(),
      (tasks, screenings) =>
        record(
          tasks.map((t) => t.subject),
          screenings,
        ),
    );
  } finally {
    await pool.close();
  }
  return summary;
}

/** Every watched subject in id order, SUBJECT_CHUNK at a time. */
async function* subjectPages(store: Store): AsyncGenerator<StoredSubject[]> {
  let afterId: string | undefined;
  for (;;) {
    const page = await store.monitoring.listSubjects({
      ...(afterId === undefined ? {} : { afterId }),
      limit: SUBJECT_CHUNK,
    });
    if (page.length === 0) return;
    yield page;
    afterId = page.at(-1)!.id;
  }
}
