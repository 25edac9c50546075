import { AppError } from '../../core/index.ts';
import type { YenteEntity } from './yente-entity.ts';

/** One `filter=field:value` of a /search request, as yente takes it. */
export interface FieldFilter {
  field: string;
  value: string;
}

/**
 * Reads yente's `filter` parameters (`properties.birthDate:1952`, `schema:Person`); one without a
 * colon is a 400, as in yente. `target` (yente's deprecated flag) is one more filter on `target`.
 */
export function parseFieldFilters(filters: readonly string[], target?: boolean): FieldFilter[] {
  const parsed = filters.map((text) => {
    const colon = text.indexOf(':');
    if (colon < 0) throw new AppError('QUERY_INVALID', `Invalid filter: '${text}'`);
    return { field: text.slice(0, colon), value: text.slice(colon + 1) };
  });
  return target === undefined ? parsed : [...parsed, { field: 'target', value: String(target) }];
}

/** The text values of one property (a nested entity, such as a Sanction, is none). */
function textValues(entity: YenteEntity, property: string): string[] {
  return (entity.properties[property] ?? []).filter((v): v is string => typeof v === 'string');
}

/**
 * The values yente indexes under a field name for an entity: its properties as
 * `properties.<name>`, and the top-level fields. A field yente does not index has none, so a
 * filter on it keeps nothing (an Elasticsearch term query on an unknown field matches nothing).
 */
function fieldValues(entity: YenteEntity, field: string): readonly string[] {
  if (field.startsWith('properties.')) return textValues(entity, field.slice('properties.'.length));
  switch (field) {
    case 'id':
      return [entity.id];
    case 'schema':
      return [entity.schema];
    case 'datasets':
      return entity.datasets;
    case 'referents':
      return entity.referents;
    case 'target':
      return [String(entity.target)];
    case 'topics':
      return textValues(entity, 'topics');
    case 'countries':
      return ['country', 'nationality', 'jurisdiction'].flatMap((p) => textValues(entity, p));
    default:
      return [];
  }
}

/**
 * True when one indexed value satisfies a filter value: equal, or (for dates, which yente indexes
 * as dates) a full date under a year or year-month prefix, so `properties.birthDate:1952` keeps
 * 1952-10-07.
 */
function valueMatches(indexed: string, wanted: string): boolean {
  if (indexed === wanted) return true;
  return /^\d{4}(-\d{2})?$/.test(wanted) && indexed.startsWith(`${wanted}-`);
}

/**
 * True when an entity passes the field filters: the values given for one field are combined by
 * `operator` (any of them for OR, all for AND) and different fields must all pass, as in yente.
 */
export function passesFieldFilters(
  entity: YenteEntity,
  filters: readonly FieldFilter[],
  operator: 'OR' | 'AND',
): boolean {
  const byField = new Map<string, string[]>();
  for (const { field, value } of filters)
    byField.set(field, [...(byField.get(field) ?? []), value]);
  for (const [field, wanted] of byField) {
    const values = fieldValues(entity, field);
    const holds = (w: string): boolean => values.some((v) => valueMatches(v, w));
    if (operator === 'AND' ? !wanted.every(holds) : !wanted.some(holds)) return false;
  }
  return true;
}
