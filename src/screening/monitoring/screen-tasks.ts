import type { StoredSubject } from '../../store/index.ts';
import type { ScreeningIndex } from '../screening-index.ts';
import { pairHits, type EntityReadings } from './screen-pairs.ts';
import { fullHits, screenEach, type SubjectScreening } from './screen-subjects.ts';

/**
 * One subject to screen: against the whole index, or, for a delta re-screen, only against the
 * entities it is paired with (ids) through the keys it shares with them.
 */
export interface SubjectTask {
  subject: StoredSubject;
  pair?: { entityIds: string[]; keys: string[] };
}

/**
 * Screens tasks on this thread, the same on a worker thread as on the main one: screenings in
 * task order. `readings` keeps paired entities' readings across calls of one run.
 */
export function screenTasks(
  index: ScreeningIndex,
  tasks: readonly SubjectTask[],
  readings: EntityReadings,
): SubjectScreening[] {
  const full = fullHits(index);
  return tasks.map(({ subject, pair }) => {
    const [screening] = screenEach(
      [subject],
      pair === undefined ? full : (s) => pairHits(index, s, pair.entityIds, pair.keys, readings),
    );
    return screening!;
  });
}
