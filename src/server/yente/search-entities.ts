import type { ListEntity } from '../../core/index.ts';
import { toFtmEntity } from '../../app/index.ts';
import { datasetName, datasetTitle } from './yente-datasets.ts';
import { schemaAncestry } from './yente-schemas.ts';

/** The filters of a /search request, resolved. */
export interface SearchFilters {
  /** FtM schema every result must be (or descend from). */
  schema: string;
  excludeSchema: readonly string[];
  /** Lower-case country codes; the entity must have one (OR) or all (AND). */
  countries: readonly string[];
  topics: readonly string[];
  /** Lists named by the `datasets` filter (already resolved from dataset names). */
  datasetLists: readonly string[] | undefined;
  operator: 'OR' | 'AND';
  changedSince?: string;
}

/** One facet as yente answers it. */
export interface SearchFacet {
  label: string;
  values: { name: string; label: string; count: number }[];
}

// Made on first use: building ICU's display names costs ~50 ms of the server's start.
let regionNames: Intl.DisplayNames | undefined;

function countriesOf(entity: ListEntity): string[] {
  return [...new Set([...entity.nationalities, ...entity.countries].map((c) => c.toLowerCase()))];
}

function topicsOf(entity: ListEntity): string[] {
  return toFtmEntity(entity).properties.topics ?? [];
}

function matches(values: readonly string[], wanted: readonly string[], op: 'OR' | 'AND'): boolean {
  if (wanted.length === 0) return true;
  return op === 'AND'
    ? wanted.every((w) => values.includes(w))
    : wanted.some((w) => values.includes(w));
}

/** True when an entity passes every /search filter. */
export function passesSearchFilters(
  entity: ListEntity,
  filters: SearchFilters,
  lastChange: string | undefined,
): boolean {
  const ancestry = schemaAncestry(entity.schema);
  if (!ancestry.includes(filters.schema)) return false;
  if (ancestry.some((s) => filters.excludeSchema.includes(s))) return false;
  if (!matches(countriesOf(entity), filters.countries, filters.operator)) return false;
  if (!matches(topicsOf(entity), filters.topics, filters.operator)) return false;
  if (filters.datasetLists !== undefined && !filters.datasetLists.includes(entity.list))
    return false;
  if (filters.changedSince !== undefined && (lastChange ?? '') < filters.changedSince) return false;
  return true;
}

function regionLabel(code: string): string {
  try {
    return (
      (regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' })).of(code.toUpperCase()) ??
      code
    );
  } catch {
    return code;
  }
}

const FACETS: Readonly<
  Record<
    string,
    { label: string; values: (e: ListEntity) => string[]; name?: (v: string) => string }
  >
> = {
  countries: { label: 'Countries', values: countriesOf, name: regionLabel },
  topics: { label: 'Topics', values: topicsOf },
  datasets: {
    label: 'Data sources',
    values: (e) => [datasetName(e.list)],
    name: datasetTitle,
  },
  schema: { label: 'Entity types', values: (e) => [schemaAncestry(e.schema)[0] ?? e.schema] },
  genders: { label: 'Genders', values: (e) => (e.gender === undefined ? [] : [e.gender]) },
  identifiers: { label: 'Identifiers', values: (e) => e.identifiers.map((i) => i.value) },
};

/** Facet counts over every hit (not only the page), most frequent value first. */
export function countFacets(
  entities: readonly ListEntity[],
  names: readonly string[],
): Record<string, SearchFacet> {
  const facets: Record<string, SearchFacet> = {};
  for (const name of names) {
    const facet = FACETS[name];
    if (facet === undefined) continue;
    const counts = new Map<string, number>();
    for (const entity of entities) {
      for (const value of new Set(facet.values(entity)))
        counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    facets[name] = {
      label: facet.label,
      values: [...counts]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([value, count]) => ({ name: value, label: facet.name?.(value) ?? value, count })),
    };
  }
  return facets;
}

/**
 * The name to screen from a search box's text. Sift always tolerates spelling variants, so ES
 * query syntax is only taken apart: `fuzzy` allows `~N` markers, `simple` the simple-query
 * operators (`+ - | " * ( )`); both are removed before the text is screened as a name.
 */
export function searchText(q: string, options: { fuzzy: boolean; simple: boolean }): string {
  let text = q;
  if (options.fuzzy) text = text.replace(/~\d*/g, ' ');
  if (options.simple) text = text.replace(/[+|"*()]/g, ' ').replace(/(^|\s)-(?=\S)/g, '$1');
  return text.replace(/\s+/g, ' ').trim();
}
