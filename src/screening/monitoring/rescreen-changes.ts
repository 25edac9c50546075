import type { SourcedEntity } from '../../core/index.ts';
import type { Store, TokenKey } from '../../store/index.ts';
import { screenName } from '../screen-name.ts';
import { buildScreeningIndex, DEFAULT_THRESHOLD, type ScreeningIndex } from '../screening-index.ts';
import {
  emptySummary,
  rescoreHits,
  screenSubjects,
  type RescreenSummary,
} from './screen-subjects.ts';
import { entityTokenKeys } from './subject-keys.ts';
import { subjectQueries } from './subject-record.ts';

/**
 * How far below the threshold a pair may score on the small index of changed entities and still
 * be rescored on the whole one: the small index weighs name tokens by their rarity among a few
 * hundred entities, not the whole lists, so its scores differ a little from the real ones.
 */
const PREFILTER_MARGIN = 0.15;

/**
 * A key carried by more than this share of subjects (and by more than COMMON_MIN) cannot bring a
 * subject on its own: the same rule the candidate index applies to common listed tokens, so that
 * "Muhammad" alone does not re-screen every Muhammad among the subjects.
 */
const COMMON_SHARE = 0.01;
const COMMON_MIN = 50;

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
            for (const hit of screenName(small, { ...query, limit: 50 }).results) {
              if (hit.score >= floor) near.add(hit.entityId);
            }
          }
          return rescoreHits(index, queries, near);
        },
        summary,
      );
    }
  }
  if (changes.removed.length > 0)
    summary.delisted = await store.monitoring.delistAlerts(changes.removed, changes.version);
  return { ...summary, candidates };
}

/**
 * Subjects that could match one of the entities: those sharing an identifier or a rare name key
 * with it, or keys of two different name tokens of it when its tokens are common.
 */
async function candidateSubjects(
  store: Store,
  entities: readonly SourcedEntity[],
): Promise<string[]> {
  const perEntity = entities.map(({ entity }) => entityTokenKeys(entity));
  const all = new Set<string>();
  for (const { tokens } of perEntity) for (const keys of tokens) for (const k of keys) all.add(k);
  const counts = await store.monitoring.countKeys([...all]);
  const commonAt = Math.max(COMMON_MIN, (await store.monitoring.countSubjects()) * COMMON_SHARE);
  const rare = new Set<string>();
  const shared: TokenKey[] = [];
  perEntity.forEach(({ tokens, identifiers }, entity) => {
    for (const key of identifiers) rare.add(key);
    tokens.forEach((keys, token) => {
      for (const key of keys) {
        const count = counts.get(key);
        if (count === undefined) continue;
        if (count <= commonAt) rare.add(key);
        else shared.push({ key, entity, token });
      }
    });
  });
  const found = new Set(await store.monitoring.subjectsWithKeys([...rare]));
  if (shared.length > 0) {
    for (const id of await store.monitoring.subjectsSharingTokens(shared, 2)) found.add(id);
  }
  return [...found];
}
