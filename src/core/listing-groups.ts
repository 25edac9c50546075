// One real-world entity is listed by each list under its own id. This is the one rule that says
// which listings are the same entity: the article report (src/analysis/report/group-listings.ts)
// and the web page's Screen and entity views (web/src/entity/group-hits.ts) both group by it.
// Pure (no Node API), so the page's bundle imports it.
import type { ListEntity } from './list-entity.ts';

/** The order of authority of the lists: the UN list is the one the others implement. */
export const LIST_AUTHORITY: Readonly<Record<string, number>> = { un: 0, ofac: 1, eu: 2, uk: 3 };

/** Sorts by list authority, the UN first; unknown lists come last, by name. */
export function byListAuthority(a: { list: string }, b: { list: string }): number {
  return (
    (LIST_AUTHORITY[a.list] ?? 9) - (LIST_AUTHORITY[b.list] ?? 9) || a.list.localeCompare(b.list)
  );
}

/** What grouping reads of a listing (a screening hit or an article's hit). */
export interface GroupableListing {
  entityId: string;
  list: string;
  caption: string;
  matchedName: { full: string };
  /** Used when the listed record is not at hand; without either, the type is not compared. */
  schema?: string;
}

/**
 * A name as its sorted words, lower case, without accents, apostrophes or bracketed asides, so
 * "SINWAR, Yahya" and "Yahya Sinwar" are one key, as are "Al-Qa'ida" and "al Qaida".
 */
export function listingNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((t) => t.length > 0)
    .sort()
    .join(' ');
}

interface Facts {
  names: Set<string>;
  identifiers: Set<string>;
  birthYears: Set<string>;
  countries: Set<string>;
  /** Empty when unknown: then it contradicts nothing. */
  schema: string;
}

function factsOf(listing: GroupableListing, entity: ListEntity | undefined): Facts {
  const names = new Set([
    listingNameKey(listing.caption),
    listingNameKey(listing.matchedName.full),
  ]);
  for (const n of entity?.names ?? [])
    if (n.kind !== 'weak-alias') names.add(listingNameKey(n.full));
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
    schema: entity?.schema ?? listing.schema ?? '',
  };
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  return [...a].some((x) => b.has(x));
}

/** Whether two listings' facts rule out one entity: another type, country or birth year. */
function contradicts(a: Facts, b: Facts): boolean {
  if (overlaps(a.identifiers, b.identifiers)) return false;
  return (
    (a.schema !== '' && b.schema !== '' && a.schema !== b.schema) ||
    // Groups of one name in two countries ("Al-Shabaab" in Somalia and in Mozambique) are two.
    (a.countries.size > 0 && b.countries.size > 0 && !overlaps(a.countries, b.countries)) ||
    // Two dated people born in different years are two people, whatever their names.
    (a.birthYears.size > 0 && b.birthYears.size > 0 && !overlaps(a.birthYears, b.birthYears))
  );
}

/** Whether two listings describe the same real-world entity. */
function sameEntity(a: Facts, b: Facts): boolean {
  if (overlaps(a.identifiers, b.identifiers)) return true;
  if (contradicts(a, b)) return false;
  // A shared full name; a one-word name only for groups and vessels, and not a short one.
  return [...a.names].some(
    (n) => b.names.has(n) && (n.includes(' ') || (a.schema !== 'Person' && n.length >= 4)),
  );
}

/**
 * Sorts listings into real-world entities: listings that share an identifier, or a full name with
 * no contradicting type, country or birth year. `lookupEntity` gives the listed records at hand (a
 * listing without one is compared by its names alone). Groups come in the order of their first
 * listing, members in input order.
 */
export function groupSameEntities<T extends GroupableListing>(
  listings: readonly T[],
  lookupEntity: (id: string) => ListEntity | undefined,
): T[][] {
  const facts = listings.map((l) => factsOf(l, lookupEntity(l.entityId)));
  const groups: number[][] = [];
  facts.forEach((mine, i) => {
    // A listing joins a group when it is the same entity as one member and contradicts none, so
    // a record without dates cannot bridge two people born in different years. Two listings of
    // one list may join: lists do list one entity twice (EU 659 and 676 are both Amir Khan
    // Muttaqi; OFAC 4697 and 47664 both Ansarallah).
    const home = groups.find(
      (g) =>
        g.some((j) => sameEntity(mine, facts[j]!)) && !g.some((j) => contradicts(mine, facts[j]!)),
    );
    if (home === undefined) groups.push([i]);
    else home.push(i);
  });
  return groups.map((g) => g.map((i) => listings[i]!));
}
