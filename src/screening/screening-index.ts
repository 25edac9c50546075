import { SCHEMAS } from '../core/index.ts';
import type { ListEntity, ListVersion, SourcedEntity } from '../core/index.ts';
import { buildCandidateIndex } from '../candidates/index.ts';
import type { CandidateIndex, EarlierReadings } from '../candidates/index.ts';
import { identifierKeys, listedIdentifiers } from '../matching/index.ts';

/** Version of the matching algorithm, recorded in every explanation; bump on any scoring change. */
export const ALGORITHM_VERSION = 'sift-match-24';

/**
 * Default score at and above which a hit is a match. Chosen on name_bench and the UN positives /
 * synthetic negatives (docs/decisions/002-matching-design.md); overridable per request.
 */
export const DEFAULT_THRESHOLD = 0.82;

/** Everything screening needs, built once per set of active list versions. */
export interface ScreeningIndex {
  entities: readonly SourcedEntity[];
  byId: ReadonlyMap<string, number>;
  candidates: CandidateIndex;
  /** Versions of the loaded lists, in list-name order. */
  lists: readonly ListVersion[];
  /** Position of each entity's list in `lists`, for list filters without string compares. */
  listOf: Uint8Array;
  /** Position of each entity's schema in SCHEMAS, for schema filters without pointer chasing. */
  schemaOf: Uint8Array;
  /** Entity positions by normalised identifier key (see identifierKeys). */
  byIdentifier: ReadonlyMap<string, readonly number[]>;
}

/**
 * Builds the in-memory screening index from the active list versions: name analysis, blocking
 * postings and rarity weights for every name of every entity (`earlier`: see buildCandidateIndex).
 */
export function buildScreeningIndex(
  entities: readonly SourcedEntity[],
  earlier?: EarlierReadings,
): ScreeningIndex {
  const versions = new Map<string, ListVersion>();
  for (const { source } of entities) {
    if (!versions.has(source.list)) {
      versions.set(source.list, {
        list: source.list,
        version: source.version,
        published: source.published ?? null,
      });
    }
  }
  const lists = [...versions.values()].sort((a, b) => a.list.localeCompare(b.list));
  const listPosition = new Map(lists.map((v, i) => [v.list, i] as const));
  const listOf = new Uint8Array(entities.length);
  const schemaOf = new Uint8Array(entities.length);
  const byId = new Map<string, number>();
  entities.forEach(({ entity, source }, i) => {
    byId.set(entity.id, i);
    listOf[i] = listPosition.get(source.list) ?? 0;
    schemaOf[i] = Math.max(0, SCHEMAS.indexOf(entity.schema));
  });
  const candidates = buildCandidateIndex(
    entities.map((e) => e.entity),
    earlier,
  );
  return {
    entities,
    byId,
    candidates,
    lists,
    listOf,
    schemaOf,
    byIdentifier: indexIdentifiers(entities),
  };
}

/** Entity positions by every key of every identifier they carry. */
function indexIdentifiers(entities: readonly SourcedEntity[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  entities.forEach(({ entity }, position) => {
    addIdentifiers(byKey, entity, position);
  });
  return byKey;
}

/** Files the entity at `position` under every key of every identifier it carries. */
export function addIdentifiers(
  byKey: Map<string, number[]>,
  entity: ListEntity,
  position: number,
): void {
  for (const { value } of listedIdentifiers(entity)) {
    for (const key of identifierKeys(value)) {
      const positions = byKey.get(key);
      if (positions === undefined) byKey.set(key, [position]);
      else if (positions[positions.length - 1] !== position) positions.push(position);
    }
  }
}

/** The listed entity with this id (`un:TAi.144`), or undefined. */
export function getEntity(index: ScreeningIndex, id: string): ListEntity | undefined {
  const position = index.byId.get(id);
  return position === undefined ? undefined : index.entities[position]?.entity;
}
