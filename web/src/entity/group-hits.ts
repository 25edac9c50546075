// One row per real-world entity: the four lists each list the same person under their own id, so
// hits that share an identifier, or a full name with no contradicting birth year, country or
// type, are shown together, led by the list the others implement (UN, then OFAC, EU, UK). The
// rule follows the server's grouping of an article's listings (src/analysis/group-listings.ts).
import type { Hit, ListEntity } from '../api-types.ts';

/** The order of authority of the lists: the UN list is the one the others implement. */
export const LIST_AUTHORITY: Readonly<Record<string, number>> = { un: 0, ofac: 1, eu: 2, uk: 3 };

/** Sorts by list authority, the UN first; unknown lists come last, by name. */
export function byAuthority(a: { list: string }, b: { list: string }): number {
  return (
    (LIST_AUTHORITY[a.list] ?? 9) - (LIST_AUTHORITY[b.list] ?? 9) || a.list.localeCompare(b.list)
  );
}

/** What grouping reads of a hit. */
export type Listing = Pick<Hit, 'entityId' | 'list' | 'caption' | 'schema' | 'score' | 'match'> & {
  matchedName: { full: string };
};

/** The listings of one real-world entity among the hits. */
export interface HitGroup<T extends Listing = Hit> {
  /** The most authoritative listing. */
  lead: T;
  /** Every listing, most authoritative first (the lead included). */
  hits: T[];
  /** The best score among the listings. */
  score: number;
  /** True when any listing reaches the threshold. */
  match: boolean;
}

interface Facts {
  names: Set<string>;
  identifiers: Set<string>;
  birthYears: Set<string>;
  countries: Set<string>;
  schema: string;
}

/** A name as its sorted words, so "SINWAR, Yahya" and "Yahya Sinwar" are one key. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((t) => t.length > 0)
    .sort()
    .join(' ');
}

function factsOf(hit: Listing, entity: ListEntity | undefined): Facts {
  const names = new Set([nameKey(hit.caption), nameKey(hit.matchedName.full)]);
  for (const n of entity?.names ?? []) if (n.kind !== 'weak-alias') names.add(nameKey(n.full));
  names.delete('');
  return {
    names,
    identifiers: new Set(
      (entity?.identifiers ?? [])
        .map((i) => i.value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase())
        .filter((v) => v.length >= 5),
    ),
    birthYears: new Set((entity?.birthDates ?? []).map((d) => d.value.slice(0, 4))),
    countries: new Set([...(entity?.countries ?? []), ...(entity?.nationalities ?? [])]),
    schema: entity?.schema ?? hit.schema,
  };
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  return [...a].some((x) => b.has(x));
}

/** Whether two listings' facts rule out one entity: another type, country or birth year. */
function contradicts(a: Facts, b: Facts): boolean {
  if (overlaps(a.identifiers, b.identifiers)) return false;
  return (
    a.schema !== b.schema ||
    (a.countries.size > 0 && b.countries.size > 0 && !overlaps(a.countries, b.countries)) ||
    (a.birthYears.size > 0 && b.birthYears.size > 0 && !overlaps(a.birthYears, b.birthYears))
  );
}

/** Whether two listings describe the same real-world entity. */
function sameEntity(a: Facts, b: Facts): boolean {
  if (overlaps(a.identifiers, b.identifiers)) return true;
  if (contradicts(a, b)) return false;
  return [...a.names].some(
    (n) => b.names.has(n) && (n.includes(' ') || (a.schema !== 'Person' && n.length >= 4)),
  );
}

/**
 * Groups hits into real-world entities, best group first; `entities` holds the listed records
 * fetched so far (a hit whose record is missing is compared by its names alone). Hits of one list
 * are never merged: a list does not list one person twice.
 */
export function groupHits<T extends Listing>(
  hits: readonly T[],
  entities: ReadonlyMap<string, ListEntity>,
): HitGroup<T>[] {
  const facts = hits.map((h) => factsOf(h, entities.get(h.entityId)));
  const groups: number[][] = [];
  hits.forEach((hit, i) => {
    const mine = facts[i];
    // A listing joins a group when it is the same entity as one member and contradicts none, so
    // a record without dates cannot bridge two people born in different years.
    const home = groups.find((g) => {
      const others = g.flatMap((j) => (facts[j] === undefined ? [] : [facts[j]]));
      return (
        mine !== undefined &&
        !g.some((j) => hits[j]?.list === hit.list) &&
        others.some((other) => sameEntity(mine, other)) &&
        !others.some((other) => contradicts(mine, other))
      );
    });
    if (home === undefined) groups.push([i]);
    else home.push(i);
  });
  return groups
    .map((indexes) => {
      const members = indexes.flatMap((i) => (hits[i] === undefined ? [] : [hits[i]]));
      const sorted = [...members].sort(byAuthority);
      return {
        lead: sorted[0] as T,
        hits: sorted,
        score: Math.max(...members.map((h) => h.score)),
        match: members.some((h) => h.match),
      };
    })
    .sort((a, b) => Number(b.match) - Number(a.match) || b.score - a.score);
}
