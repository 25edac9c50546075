import type { ListEntity } from '../core/index.ts';

/** One entity that differs between two versions, with the fields that changed. */
export interface EntityChange {
  id: string;
  caption: string;
  fields: { field: string; from: unknown; to: unknown }[];
}

/** What changed between two versions of a list. */
export interface ListDiff {
  added: { id: string; caption: string; schema: string }[];
  removed: { id: string; caption: string; schema: string }[];
  changed: EntityChange[];
  unchangedCount: number;
}

/** Compares two versions' entities by id and reports added, removed and changed ones, field by field. */
export function diffEntities(from: readonly ListEntity[], to: readonly ListEntity[]): ListDiff {
  const before = new Map(from.map((e) => [e.id, e]));
  const after = new Map(to.map((e) => [e.id, e]));
  const diff: ListDiff = { added: [], removed: [], changed: [], unchangedCount: 0 };
  for (const [id, entity] of after) {
    const old = before.get(id);
    if (old === undefined) {
      diff.added.push({ id, caption: entity.caption, schema: entity.schema });
      continue;
    }
    const fields = changedFields(old, entity);
    if (fields.length === 0) diff.unchangedCount += 1;
    else diff.changed.push({ id, caption: entity.caption, fields });
  }
  for (const [id, entity] of before) {
    if (!after.has(id)) diff.removed.push({ id, caption: entity.caption, schema: entity.schema });
  }
  const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
  diff.added.sort(byId);
  diff.removed.sort(byId);
  diff.changed.sort(byId);
  return diff;
}

function changedFields(old: ListEntity, next: ListEntity): EntityChange['fields'] {
  const keys = new Set([...Object.keys(old), ...Object.keys(next)]);
  const fields: EntityChange['fields'] = [];
  for (const key of [...keys].sort()) {
    const a = (old as unknown as Record<string, unknown>)[key];
    const b = (next as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) fields.push({ field: key, from: a, to: b });
  }
  return fields;
}
