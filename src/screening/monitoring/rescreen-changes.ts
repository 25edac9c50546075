import type { SourcedEntity } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import { screenName } from '../screen-name.ts';
import { buildScreeningIndex, DEFAULT_THRESHOLD, type ScreeningIndex } from '../screening-index.ts';
import {
  emptySummary,
  rescoreHits,
  screenSubjects,
  type RescreenSummary,
  type SubjectAudit,
} from './screen-subjects.ts';
import { entityTokenKeys, SINGLE_TOKEN_KEY } from './subject-keys.ts';
import { subjectQueries } from './subject-record.ts';

/**
 * How far below the threshold a pair may score on the small index of changed entities and still
 * be rescored on the whole one: the small index weighs name tokens by their rarity among a few
 * hundred entities, not the whole lists, so its scores differ a little from the real ones.
 */
const PREFILTER_MARGIN = 0.15;
/** Changed entities one subject is rescored against at most: more would all be weak. */
const NEAR_LIMIT = 5;

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
 * The delta re-screen after a list import: only subjects that share a name key or identifier
 * with an added or changed entity, or already have an alert on one, are screened, and only
 * against those entities (first on a small index built over them, then rescored on the whole
 * index so that scores are the ones a full screening gives). Alerts on removed entities are
 * marked delisted.
 */
export async function rescreenChanges(
  store: Store,
  index: ScreeningIndex,
  changes: ListChanges,
  caller: string,
): Promise<RescreenSummary & { candidates: number }> {
  const summary = emptySummary();
  const entities: SourcedEntity[] = [];
  for (const id of changes.changed) {
    const position = index.byId.get(id);
    if (position !== undefined) entities.push(index.entities[position]!);
  }
  let candidates = 0;
  if (entities.length > 0) {
    const ids = new Set([
      ...(await candidateSubjects(store, entities)),
      ...(await store.monitoring.subjectsAlertedOn(changes.changed)),
    ]);
    candidates = ids.size;
    // Each delta screening is audited against the one list version it looked at.
    const audit: SubjectAudit = {
      caller,
      kind: 'rescreen-delta',
      lists: index.lists.filter((l) => l.list === changes.list),
    };
    const small = buildScreeningIndex(entities);
    const floor = DEFAULT_THRESHOLD - PREFILTER_MARGIN;
    const sorted = [...ids].sort();
    for (let at = 0; at < sorted.length; at += 1000) {
      const subjects = await store.monitoring.getSubjects(sorted.slice(at, at + 1000));
      await screenSubjects(
        store,
        index,
        subjects,
        (subject) => {
          const queries = subjectQueries(subject);
          const near = new Set<string>();
          for (const query of queries) {
            for (const hit of screenName(small, { ...query, limit: NEAR_LIMIT }).results) {
              if (hit.score >= floor) near.add(hit.entityId);
            }
          }
          return rescoreHits(index, queries, near);
        },
        summary,
        audit,
      );
    }
  }
  if (changes.removed.length > 0)
    summary.delisted = await store.monitoring.delistAlerts(changes.removed, changes.version);
  return { ...summary, candidates };
}

/**
 * Subjects that could match one of the entities: those sharing an identifier with it, or one
 * token of a single-token name of it, or keys of two different tokens of one of its names (a
 * subject whose name has one token needs only that one). Two tokens, as the candidate index
 * requires of common ones: a subject sharing only "Muhammad" with a listed name is not screened.
 */
async function candidateSubjects(
  store: Store,
  entities: readonly SourcedEntity[],
): Promise<string[]> {
  const any = new Set<string>();
  // Which (listed reading, token) pairs each key reaches; readings are numbered across entities.
  const reaches = new Map<string, { reading: number; token: number }[]>();
  let reading = 0;
  for (const { entity } of entities) {
    const { names, singles, identifiers } = entityTokenKeys(entity);
    for (const key of [...identifiers, ...singles]) any.add(key);
    for (const tokens of names) {
      tokens.forEach((keys, token) => {
        for (const key of keys) {
          const list = reaches.get(key);
          if (list === undefined) reaches.set(key, [{ reading, token }]);
          else list.push({ reading, token });
        }
      });
      reading += 1;
    }
  }
  const found = new Set<string>();
  const carried = await store.monitoring.keysOfSubjects([
    ...new Set([...any, ...reaches.keys(), SINGLE_TOKEN_KEY]),
  ]);
  for (const [subjectId, keys] of carried) {
    if (keys.some((key) => any.has(key))) {
      found.add(subjectId);
      continue;
    }
    if (sharesTwoTokens(keys, reaches)) found.add(subjectId);
  }
  return [...found];
}

/**
 * True when a subject's keys reach two different tokens of one listed reading through two
 * different keys of its own (two listed tokens may sound alike); a single-token subject needs one.
 */
function sharesTwoTokens(
  keys: readonly string[],
  reaches: ReadonlyMap<string, readonly { reading: number; token: number }[]>,
): boolean {
  const need = keys.includes(SINGLE_TOKEN_KEY) ? 1 : 2;
  const seen = new Map<number, { tokens: Set<number>; keys: Set<string> }>();
  for (const key of keys) {
    for (const { reading, token } of reaches.get(key) ?? []) {
      let entry = seen.get(reading);
      if (entry === undefined) {
        entry = { tokens: new Set(), keys: new Set() };
        seen.set(reading, entry);
      }
      entry.tokens.add(token);
      entry.keys.add(key);
      if (entry.tokens.size >= need && entry.keys.size >= need) return true;
    }
  }
  return false;
}
