import type { SourcedEntity } from '../../core/index.ts';
import type { StoredSubject, Store } from '../../store/index.ts';
import type { ScreeningIndex } from '../screening-index.ts';
import {
  emptySummary,
  recordScreenings,
  SUBJECT_CHUNK,
  type RescreenSummary,
  type SubjectAudit,
  type SubjectScreening,
} from './screen-subjects.ts';
import type { EntityReadings } from './screen-pairs.ts';
import { screenTasks, type SubjectTask } from './screen-tasks.ts';
import { entityTokenKeys, SINGLE_TOKEN_KEY } from './subject-keys.ts';
import type { RescreenOptions } from './rescreen-all.ts';
import { screenInOrder } from './subject-thread-pool.ts';

/**
 * Paired subjects from which a delta re-screen starts worker threads. A paired subject takes
 * about 0.5 ms of CPU (only its paired entities are scored), and each thread first loads the
 * engine and its name tables (about 2 s of CPU): on the 100k bench store (7,135 paired subjects)
 * two threads took twice the CPU for the same wall time, so smaller deltas stay on this thread.
 */
export const DELTA_THREADS_FROM = 15_000;

/** The entities of one list import that re-screening must look at. */
export interface ListChanges {
  list: string;
  /** The version now active. */
  version: number;
  /** Ids of entities added or changed by the import. */
  changed: readonly string[];
  /** Ids of entities the import removed. */
  removed: readonly string[];
}

/**
 * The delta re-screen after a list import: only the (subject, entity) pairs that could match are
 * scored. A subject is paired with each added or changed entity it shares keys with (see
 * candidatePairs) and each it already has an alert on; each pair is scored on the whole index as
 * a full screening scores a candidate (see screenPairs), with no candidate search: on worker
 * threads from `openPool` when DELTA_THREADS_FROM subjects or more are paired, else on this
 * thread, recorded in subject id order either way. Alerts on removed entities are marked
 * delisted. Every subject screened is audited under `caller`.
 */
export async function rescreenChanges(
  store: Store,
  index: ScreeningIndex,
  changes: ListChanges,
  caller: string,
  options: RescreenOptions = {},
): Promise<RescreenSummary & { candidates: number }> {
  const { openPool } = options;
  const summary = emptySummary();
  const entities: { position: number; entity: SourcedEntity }[] = [];
  for (const id of changes.changed) {
    const position = index.byId.get(id);
    if (position !== undefined) entities.push({ position, entity: index.entities[position]! });
  }
  let candidates = 0;
  if (entities.length > 0) {
    const pairs = await candidatePairs(store, entities);
    await addAlertedPairs(store, index, changes.changed, pairs);
    candidates = pairs.size;
    // Each delta screening is audited against the one list version it looked at.
    const audit: SubjectAudit = {
      caller,
      kind: 'rescreen-delta',
      lists: index.lists.filter((l) => l.list === changes.list),
    };
    const sorted = [...pairs.keys()].sort();
    const record = (
      subjects: readonly StoredSubject[],
      screenings: readonly SubjectScreening[],
    ): Promise<void> =>
      recordScreenings(store, index, subjects, screenings, summary, audit).then(() =>
        options.onProgress?.(summary.screened + summary.errors.length, sorted.length),
      );
    if (openPool === undefined || sorted.length < (options.threadsFrom ?? DELTA_THREADS_FROM)) {
      const readings: EntityReadings = new Map();
      for await (const tasks of pairedTasks(store, index, sorted, pairs))
        await record(
          tasks.map((t) => t.subject),
          screenTasks(index, tasks, readings),
        );
    } else {
      const pool = await openPool(index.lists);
      try {
        await screenInOrder(pool, pairedTasks(store, index, sorted, pairs), (tasks, screenings) =>
          record(
            tasks.map((t) => t.subject),
            screenings,
          ),
        );
      } finally {
        await pool.close();
      }
    }
  }
  if (changes.removed.length > 0)
    summary.delisted = await store.monitoring.delistAlerts(changes.removed, changes.version);
  return { ...summary, candidates };
}

/**
 * The paired subjects as they are now in the store, SUBJECT_CHUNK at a time in id order, each
 * with the ids of the entities it is paired with and the keys it shares with them.
 */
async function* pairedTasks(
  store: Store,
  index: ScreeningIndex,
  sorted: readonly string[],
  pairs: ReadonlyMap<string, SubjectPairs>,
): AsyncGenerator<SubjectTask[]> {
  for (let at = 0; at < sorted.length; at += SUBJECT_CHUNK) {
    const subjects = await store.monitoring.getSubjects(sorted.slice(at, at + SUBJECT_CHUNK));
    yield subjects.flatMap((subject) => {
      const pair = pairs.get(subject.id);
      if (pair === undefined) return [];
      const entityIds = [...pair.positions].map((p) => index.entities[p]!.entity.id);
      return [{ subject, pair: { entityIds, keys: [...pair.keys] } }];
    });
  }
}

/** The changed entities one subject is paired with, and the keys it shares with them. */
interface SubjectPairs {
  positions: Set<number>;
  keys: Set<string>;
}

/**
 * The pairs to score: for each subject, the entities (positions in the index) it could match.
 * A subject is paired with an entity when it shares an identifier with it, or one token of a
 * single-token name of it, or keys of two different tokens of one of its names (a subject whose
 * name has one token needs only that one). Two tokens, as the candidate index requires of common
 * ones: a subject sharing only "Muhammad" with a listed name is not paired with it.
 */
async function candidatePairs(
  store: Store,
  entities: readonly { position: number; entity: SourcedEntity }[],
): Promise<Map<string, SubjectPairs>> {
  // Keys that pair on their own (identifiers, single-token names), with their entities.
  const direct = new Map<string, number[]>();
  // Which (listed reading, token) pairs each key reaches; readings are numbered across entities.
  const reaches = new Map<string, { reading: number; token: number }[]>();
  const readingEntity: number[] = [];
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  for (const { position, entity } of entities) {
    const { names, singles, identifiers } = entityTokenKeys(entity.entity);
    for (const key of new Set([...identifiers, ...singles])) push(direct, key, position);
    for (const tokens of names) {
      const reading = readingEntity.length;
      readingEntity.push(position);
      tokens.forEach((keys, token) => {
        for (const key of keys) push(reaches, key, { reading, token });
      });
    }
  }
  const pairs = new Map<string, SubjectPairs>();
  const carried = await store.monitoring.keysOfSubjects([
    ...new Set([...direct.keys(), ...reaches.keys(), SINGLE_TOKEN_KEY]),
  ]);
  for (const [subjectId, keys] of carried) {
    const found = new Set<number>();
    for (const key of keys) for (const position of direct.get(key) ?? []) found.add(position);
    for (const reading of readingsReached(keys, reaches)) found.add(readingEntity[reading]!);
    if (found.size > 0) pairs.set(subjectId, { positions: found, keys: new Set(keys) });
  }
  return pairs;
}

/**
 * The listed readings a subject's keys reach on two different tokens through two different keys
 * of its own (two listed tokens may sound alike); on one for a single-token subject.
 */
function readingsReached(
  keys: readonly string[],
  reaches: ReadonlyMap<string, readonly { reading: number; token: number }[]>,
): number[] {
  const need = keys.includes(SINGLE_TOKEN_KEY) ? 1 : 2;
  const seen = new Map<number, { tokens: Set<number>; keys: Set<string> }>();
  const reached: number[] = [];
  for (const key of keys) {
    for (const { reading, token } of reaches.get(key) ?? []) {
      let entry = seen.get(reading);
      if (entry === undefined) {
        entry = { tokens: new Set(), keys: new Set() };
        seen.set(reading, entry);
      }
      const before = entry.tokens.size >= need && entry.keys.size >= need;
      entry.tokens.add(token);
      entry.keys.add(key);
      if (!before && entry.tokens.size >= need && entry.keys.size >= need) reached.push(reading);
    }
  }
  return reached;
}

/** Pairs each watched subject that has an alert on a changed entity with that entity. */
async function addAlertedPairs(
  store: Store,
  index: ScreeningIndex,
  changed: readonly string[],
  pairs: Map<string, SubjectPairs>,
): Promise<void> {
  const changedIds = new Set(changed);
  const alerted = await store.monitoring.subjectsAlertedOn(changed);
  for (let at = 0; at < alerted.length; at += SUBJECT_CHUNK) {
    for (const alert of await store.monitoring.alertsOf(alerted.slice(at, at + SUBJECT_CHUNK))) {
      const position = index.byId.get(alert.entityId);
      if (position === undefined || !changedIds.has(alert.entityId)) continue;
      const known = pairs.get(alert.subjectId);
      if (known === undefined)
        pairs.set(alert.subjectId, { positions: new Set([position]), keys: new Set() });
      else known.positions.add(position);
    }
  }
}
