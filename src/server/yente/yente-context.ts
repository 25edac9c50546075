import type { App, EntityHistory, ScreeningIndex } from '../../app/index.ts';
import type { ListEntity } from '../../core/index.ts';
import { resolveDataset } from './yente-datasets.ts';
import { toYenteEntity, type YenteEntity } from './yente-entity.ts';

/** What the yente routes read for one request: the index, the version history, the lists. */
export interface YenteContext {
  index: ScreeningIndex;
  history: EntityHistory;
  /** The lists the index holds. */
  loaded: string[];
  /** The listed entity with this exact Sift id. */
  entity(id: string): ListEntity | undefined;
  /** An entity in yente's shape. */
  render(entity: ListEntity, nested: boolean): YenteEntity;
}

/** Where an id leads: the entity, and whether the id was its canonical one or a referent. */
export interface ResolvedId {
  entity: ListEntity;
  canonical: boolean;
}

const referenceMaps = new WeakMap<ScreeningIndex, Map<string, string[]>>();

function idsByReference(index: ScreeningIndex): Map<string, string[]> {
  let map = referenceMaps.get(index);
  if (map === undefined) {
    map = new Map();
    for (const { entity } of index.entities) {
      const ids = map.get(entity.reference);
      if (ids === undefined) map.set(entity.reference, [entity.id]);
      else ids.push(entity.id);
    }
    referenceMaps.set(index, map);
  }
  return map;
}

/** Builds the context of a yente request (the history is memoised per set of list versions). */
export async function yenteContext(app: App): Promise<YenteContext> {
  const [index, history] = await Promise.all([app.screening.index(), app.lists.history()]);
  const loaded = index.lists.map((l) => l.list);
  const activeVersion = new Map(index.lists.map((l) => [l.list, l.version] as const));
  const entity = (id: string): ListEntity | undefined => {
    const position = index.byId.get(id);
    return position === undefined ? undefined : index.entities[position]?.entity;
  };
  return {
    index,
    history,
    loaded,
    entity,
    render: (listed, nested) =>
      toYenteEntity(listed, history.get(listed.id), {
        nested,
        activeVersion: activeVersion.get(listed.list),
      }),
  };
}

/**
 * Finds the entity an id names: its Sift id (`un:TAi.144`), or one of its referents, the
 * dataset-qualified id (`un_sc_sanctions:TAi.144`) or the list's bare reference when only one
 * list uses it.
 */
export function resolveEntityId(context: YenteContext, id: string): ResolvedId | undefined {
  const exact = context.entity(id);
  if (exact !== undefined) return { entity: exact, canonical: true };
  const colon = id.indexOf(':');
  if (colon > 0) {
    const lists = resolveDataset(id.slice(0, colon), context.loaded);
    if (lists?.length === 1) {
      const found = context.entity(`${lists[0] ?? ''}:${id.slice(colon + 1)}`);
      if (found !== undefined) return { entity: found, canonical: false };
    }
  }
  const ids = idsByReference(context.index).get(id);
  if (ids?.length === 1) {
    const found = context.entity(ids[0] ?? '');
    if (found !== undefined) return { entity: found, canonical: false };
  }
  return undefined;
}
