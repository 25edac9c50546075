import type { ListEntity } from '../../core/index.ts';
import type { EntityHit } from '../article-types.ts';
import { nameKey } from '../../names/index.ts';

// Which list leads a group of listings of one real-world entity: the UN list is the one the
// others implement, then the lists in the order Sift loads them.
const AUTHORITY: Record<string, number> = { un: 0, ofac: 1, eu: 2, uk: 3 };
const EXACT_SCORE = 0.99;

/**
 * Sorts one article entity's hits into listings of the same real-world entity (a shared
 * identifier, or a shared name and no contradicting birth year) led by the most authoritative
 * list, and demotes to partial a match on a different listed entity whose name only resembles the
 * article's when the lead answers it exactly ("Ali Baraka" is not "Ali Barakat").
 */
export function groupListings(
  hits: readonly EntityHit[],
  lookupEntity?: (id: string) => ListEntity | undefined,
): EntityHit[] {
  if (hits.length < 2) return [...hits];
  const facts = hits.map((h) => factsOf(h, lookupEntity?.(h.entityId)));
  const parent = hits.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  for (let i = 0; i < hits.length; i++)
    for (let j = i + 1; j < hits.length; j++) {
      const a = facts[i];
      const b = facts[j];
      if (a !== undefined && b !== undefined && sameEntity(a, b)) parent[find(j)] = find(i);
    }
  const order = hits
    .map((hit, i) => ({ hit, i }))
    .sort(
      (x, y) =>
        Number(y.hit.match === 'match') - Number(x.hit.match === 'match') ||
        y.hit.score - x.hit.score ||
        (AUTHORITY[x.hit.list] ?? 9) - (AUTHORITY[y.hit.list] ?? 9),
    );
  const lead = order[0];
  if (lead === undefined) return [...hits];
  const leadGroup = find(lead.i);
  const group = order
    .filter(({ i }) => find(i) === leadGroup)
    .sort((x, y) => (AUTHORITY[x.hit.list] ?? 9) - (AUTHORITY[y.hit.list] ?? 9));
  const head = group[0]?.hit ?? lead.hit;
  const label = `${head.list.toUpperCase()} ${head.reference}`;
  const grouped = group.map(({ hit }) =>
    hit === head ? { ...hit } : { ...hit, sameEntityAs: label },
  );
  const others = order
    .filter(({ i }) => find(i) !== leadGroup)
    .map(({ hit }) => {
      if (hit.match !== 'match' || lead.hit.match !== 'match' || lead.hit.score < EXACT_SCORE)
        return { ...hit };
      // An exact answer from another entity's alias, beside a lead that several lists agree on,
      // is that other entity sharing the name ("Al-Shabaab" as an alias of a Mozambican group).
      if (hit.score >= EXACT_SCORE && (group.length < 2 || hit.matchedName.kind === 'primary'))
        return { ...hit };
      return {
        ...hit,
        match: 'partial' as const,
        partialReason: `a different listed entity with the same or a similar name: the article's name answers ${label}, listed on ${group.length} list${group.length === 1 ? '' : 's'}`,
      };
    });
  const matches = [...grouped, ...others].filter((h) => h.match === 'match');
  const partials = [...grouped, ...others].filter((h) => h.match !== 'match');
  return [...matches, ...partials];
}

interface Facts {
  names: Set<string>;
  identifiers: Set<string>;
  birthYears: Set<string>;
  countries: Set<string>;
  schema: string;
}

function factsOf(hit: EntityHit, listed: ListEntity | undefined): Facts {
  const names = new Set<string>([tokenKey(hit.caption), tokenKey(hit.matchedName.full)]);
  for (const name of listed?.names ?? [])
    if (name.kind !== 'weak-alias') names.add(tokenKey(name.full));
  names.delete('');
  return {
    names,
    identifiers: new Set(
      (listed?.identifiers ?? [])
        .map((id) => id.value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase())
        .filter((v) => v.length >= 5),
    ),
    birthYears: new Set((listed?.birthDates ?? []).map((d) => d.value.slice(0, 4))),
    countries: new Set([...(listed?.countries ?? []), ...(listed?.nationalities ?? [])]),
    schema: listed?.schema ?? '',
  };
}

/** A name as its sorted words, so "SINWAR, Yahya" and "Yahya Sinwar" are one key. */
function tokenKey(name: string): string {
  return nameKey(name.replace(/\([^)]*\)/g, ' ').replace(/,/g, ' '))
    .split(' ')
    .filter((t) => t.length > 0)
    .sort()
    .join(' ');
}

function sameEntity(a: Facts, b: Facts): boolean {
  if ([...a.identifiers].some((id) => b.identifiers.has(id))) return true;
  if (a.schema !== '' && b.schema !== '' && a.schema !== b.schema) return false;
  // Groups of one name in two countries ("Al-Shabaab" in Somalia and in Mozambique) are two.
  if (a.countries.size > 0 && b.countries.size > 0)
    if (![...a.countries].some((c) => b.countries.has(c))) return false;
  // Two dated people born in different years are two people, whatever their names.
  if (a.birthYears.size > 0 && b.birthYears.size > 0)
    if (![...a.birthYears].some((y) => b.birthYears.has(y))) return false;
  return (
    [...a.names].some((n) => n.includes(' ') && b.names.has(n)) ||
    (a.schema !== 'Person' &&
      [...a.names].some((n) => !n.includes(' ') && n.length >= 4 && b.names.has(n)))
  );
}
