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
import { entityTokenKeys, SINGLE_TOKEN_KEY } from './subject-keys.ts';
import { subjectQueries } from './subject-record.ts';

/**
 * How far below the threshold a pair may score on the small index of changed entities and still
 * be rescored on the whole one: the small index weighs name tokens by their rarity among a few
 * hundred entities, not the whole lists, so its scores differ a little from the real ones.
 */
const PREFILTER_MARGIN = 0.15;

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
  const shared: TokenKey[] = [];
  let group = 0;
  for (const { entity } of entities) {
    const { names, singles, identifiers } = entityTokenKeys(entity);
    for (const key of [...identifiers, ...singles]) any.add(key);
    // Two tokens of one name: a subject sharing a given name with one alias and a family name
    // with another is no closer to the entity than to any other.
    for (const tokens of names) {
      tokens.forEach((keys, token) => {
        for (const key of keys) shared.push({ key, entity: group, token });
      });
      // A single-token subject carries this key, which counts as its second token.
      shared.push({ key: SINGLE_TOKEN_KEY, entity: group, token: -1 });
      group += 1;
    }
  }
  const found = new Set(await store.monitoring.subjectsWithKeys([...any]));
  for (const id of await store.monitoring.subjectsSharingTokens(shared, 2)) found.add(id);
  return [...found];
}
