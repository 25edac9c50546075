// Listed entities are fetched once per page load and shared by every view that shows them (the
// hits table, the article panel, the entity page), each with the API key the analyst entered.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, callApi } from '../api-client.ts';
import type { EntityResponse, ListEntity } from '../api-types.ts';

/** A listed entity's answer with Sift's own record, which every entity (not a Sanction) has. */
export type EntityRecord = EntityResponse & { entity: ListEntity };

const cache = new Map<string, Promise<EntityRecord>>();

/** GET /entities/{id}, memoised for this page load; a failed fetch is forgotten so it can retry. */
export function fetchEntity(id: string): Promise<EntityRecord> {
  const known = cache.get(id);
  if (known !== undefined) return known;
  const pending = callApi<EntityResponse>(`/entities/${encodeURIComponent(id)}`).then((answer) => {
    if (answer.entity === undefined)
      throw new ApiError(
        'NOT_FOUND',
        `${id} is not a listed entity.`,
        'Open a person, organisation, vessel or aircraft.',
      );
    return { ...answer, entity: answer.entity };
  });
  cache.set(id, pending);
  pending.catch(() => cache.delete(id));
  return pending;
}

/** The listed records of these ids as they arrive (ids that fail are left out). */
export function useEntities(ids: readonly string[]): ReadonlyMap<string, EntityRecord> {
  const [found, setFound] = useState<ReadonlyMap<string, EntityRecord>>(new Map());
  const key = ids.join('\n');
  useEffect(() => {
    let live = true;
    setFound(new Map());
    for (const id of ids)
      fetchEntity(id).then(
        (entity) => {
          if (live) setFound((before) => new Map(before).set(id, entity));
        },
        () => undefined,
      );
    return () => {
      live = false;
    };
    // `key` stands for `ids`, whose identity changes on every render.
  }, [key]);
  return found;
}
