import type { Hit, ListEntity, NameQuery, Schema, ScreenResult } from '../core/index.ts';

/** One query of a yente `/match` request: an FtM entity example. */
export interface YenteExample {
  schema?: string;
  properties?: Record<string, unknown>;
}

const YENTE_SCHEMAS: Readonly<Record<string, Schema | 'Any'>> = {
  Person: 'Person',
  Organization: 'Organization',
  Company: 'Organization',
  LegalEntity: 'LegalEntity',
  Vessel: 'Vessel',
  Airplane: 'Aircraft',
  Aircraft: 'Aircraft',
  Thing: 'Any',
};

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (Array.isArray(value))
    return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return [];
}

/**
 * Turns a yente example into Sift name queries, one per name (yente matches every name of the
 * example; Sift keeps the best hit per entity across them).
 */
export function toNameQueries(
  example: YenteExample,
  options: { threshold?: number; limit?: number; lists?: string[] },
): NameQuery[] {
  const props = example.properties ?? {};
  const names = [...strings(props.name), ...strings(props.alias)];
  const firstLast = [
    strings(props.firstName)[0],
    strings(props.middleName)[0],
    strings(props.lastName)[0],
  ]
    .filter(Boolean)
    .join(' ');
  if (names.length === 0 && firstLast !== '') names.push(firstLast);
  const schema = YENTE_SCHEMAS[example.schema ?? 'Thing'] ?? 'Any';
  const birthDate = strings(props.birthDate)[0];
  const country = [
    ...strings(props.nationality),
    ...strings(props.citizenship),
    ...strings(props.country),
    ...strings(props.jurisdiction),
  ][0];
  return names.slice(0, 10).map((name) => ({
    name,
    schema,
    ...(birthDate === undefined ? {} : { birthDate: birthDate.slice(0, 10) }),
    ...(country === undefined ? {} : { country }),
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    ...(options.limit === undefined ? {} : { limit: options.limit }),
    ...(options.lists === undefined ? {} : { lists: options.lists }),
  }));
}

/** Keeps the best hit per entity across several results, best first. */
export function mergeResults(results: readonly ScreenResult[], limit: number): Hit[] {
  const best = new Map<string, Hit>();
  for (const result of results) {
    for (const hit of result.results) {
      const seen = best.get(hit.entityId);
      if (seen === undefined || hit.score > seen.score) best.set(hit.entityId, hit);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}

/** A hit in yente's result shape, with FtM properties and per-feature scores. */
export function toYenteResult(
  hit: Hit,
  entity: ListEntity | undefined,
  properties: Record<string, string[]>,
): object {
  const features: Record<string, number> = {
    name: hit.explanation.nameScore,
    ofac_parity: hit.ofacScore / 100,
  };
  for (const q of hit.explanation.qualifiers) features[q.qualifier] = q.contribution;
  return {
    id: hit.entityId,
    caption: hit.caption,
    schema: hit.schema === 'Aircraft' ? 'Airplane' : hit.schema,
    properties,
    datasets: [hit.list],
    referents: [],
    target: true,
    first_seen: entity?.listedOn ?? null,
    last_seen: null,
    last_change: entity?.amendedOn.at(-1) ?? entity?.listedOn ?? null,
    score: hit.score,
    match: hit.match,
    features,
    explanation: hit.explanation,
  };
}
