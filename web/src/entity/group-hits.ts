// One row per real-world entity: the four lists each list the same person under their own id, so
// hits that share an identifier, or a full name with no contradicting birth year, country or
// type, are shown together, led by the list the others implement (UN, then OFAC, EU, UK). The
// rule is the server's own (src/core/listing-groups.ts), which also groups an article's listings.
import type { Hit, ListEntity } from '../api-types.ts';
import { byListAuthority, groupSameEntities } from '../shared.ts';

/** Sorts by list authority, the UN first (the rule is the server's, from src/core). */
export const byAuthority = byListAuthority;

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

/**
 * Groups hits into real-world entities, best group first; `entities` holds the listed records
 * fetched so far (a hit whose record is missing is compared by its names alone).
 */
export function groupHits<T extends Listing>(
  hits: readonly T[],
  entities: ReadonlyMap<string, ListEntity>,
): HitGroup<T>[] {
  const groups = groupSameEntities(hits, (id) => entities.get(id));
  return groups
    .map((members) => {
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
