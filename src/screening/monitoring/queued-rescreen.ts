import type { ChunkHandler, ChunkSource, StoredSubject, Store } from '../../store/index.ts';
import type { ScreeningIndex } from '../screening-index.ts';
import {
  emptySummary,
  fullHits,
  screenSubjects,
  SUBJECT_CHUNK,
  type RescreenSummary,
} from './screen-subjects.ts';

/** The kind of queued job that re-screens every watched subject. */
export const RESCREEN_JOB_KIND = 'rescreen';

/** One chunk of a queued full re-screen: the subjects with ids in (after, last]. */
export interface RescreenRange {
  after: string | null;
  last: string;
}

/**
 * Splits the watched subjects into id ranges of SUBJECT_CHUNK subjects, read page by page, for
 * the queue: a chunk is a range, not a copy of the subjects, so a worker reads the subjects as
 * they are when it screens them.
 */
export async function* rescreenChunks(store: Store): AsyncGenerator<ChunkSource> {
  let after: string | undefined;
  for (;;) {
    const page = await store.monitoring.listSubjects({
      ...(after === undefined ? {} : { afterId: after }),
      limit: SUBJECT_CHUNK,
    });
    if (page.length === 0) return;
    const last = page.at(-1)!.id;
    yield { size: page.length, data: { after: after ?? null, last } satisfies RescreenRange };
    after = last;
  }
}

/**
 * The worker side of a queued full re-screen: screens the subjects of one id range against the
 * active lists and reconciles their alerts. Alerts are unique per subject and entity, so a chunk
 * retried after its worker died writes no alert twice; its counts of new alerts may then be low.
 */
export function rescreenChunkHandler(
  store: Store,
  index: () => Promise<ScreeningIndex>,
): ChunkHandler {
  return async (chunk) => {
    const range = chunk.data as RescreenRange;
    const subjects = await subjectsIn(store, range);
    const summary: RescreenSummary = emptySummary();
    const current = await index();
    await screenSubjects(store, current, subjects, fullHits(current), summary);
    return {
      results: summary.errors.map((error, i) => ({ seq: chunk.from + i, data: error })),
      totals: {
        screened: summary.screened,
        raised: summary.raised,
        reopened: summary.reopened,
        delisted: summary.delisted,
        errors: summary.errors.length,
      },
    };
  };
}

/** Adds up a queued re-screen's figures and errors into the summary `sift subjects rescreen` prints. */
export function rescreenSummaryOf(
  totals: Record<string, number>,
  errors: RescreenSummary['errors'],
): RescreenSummary {
  return {
    screened: totals.screened ?? 0,
    raised: totals.raised ?? 0,
    reopened: totals.reopened ?? 0,
    delisted: totals.delisted ?? 0,
    errors,
  };
}

async function subjectsIn(store: Store, range: RescreenRange): Promise<StoredSubject[]> {
  const subjects: StoredSubject[] = [];
  let after = range.after ?? undefined;
  for (;;) {
    const page = await store.monitoring.listSubjects({
      ...(after === undefined ? {} : { afterId: after }),
      limit: SUBJECT_CHUNK,
    });
    for (const subject of page) {
      // The page is in the store's id order, so the range ends at the first id past its last.
      if (subject.id > range.last) return subjects;
      subjects.push(subject);
    }
    if (page.length < SUBJECT_CHUNK) return subjects;
    after = page.at(-1)!.id;
  }
}
