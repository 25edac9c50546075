import {
  byListAuthority,
  groupSameEntities,
  LIST_AUTHORITY,
  type ListEntity,
} from '../../core/index.ts';
import type { EntityHit } from '../article-types.ts';

const EXACT_SCORE = 0.99;

/**
 * Sorts one article entity's hits into listings of the same real-world entity (the rule of
 * src/core/listing-groups.ts, which the web page's Screen view also uses) led by the most
 * authoritative list, and demotes to partial a match on a different listed entity whose name only
 * resembles the article's when the lead answers it exactly ("Ali Baraka" is not "Ali Barakat").
 */
export function groupListings(
  hits: readonly EntityHit[],
  lookupEntity?: (id: string) => ListEntity | undefined,
): EntityHit[] {
  if (hits.length < 2) return [...hits];
  const groupOf = new Map<EntityHit, number>();
  groupSameEntities(hits, (id) => lookupEntity?.(id)).forEach((members, g) => {
    for (const hit of members) groupOf.set(hit, g);
  });
  const order = hits
    .map((hit) => ({ hit, group: groupOf.get(hit) }))
    .sort(
      (x, y) =>
        Number(y.hit.match === 'match') - Number(x.hit.match === 'match') ||
        y.hit.score - x.hit.score ||
        (LIST_AUTHORITY[x.hit.list] ?? 9) - (LIST_AUTHORITY[y.hit.list] ?? 9),
    );
  const lead = order[0];
  if (lead === undefined) return [...hits];
  const group = order
    .filter((x) => x.group === lead.group)
    .sort((x, y) => byListAuthority(x.hit, y.hit));
  const head = group[0]?.hit ?? lead.hit;
  const label = `${head.list.toUpperCase()} ${head.reference}`;
  const grouped = group.map(({ hit }) =>
    hit === head ? { ...hit } : { ...hit, sameEntityAs: label },
  );
  const others = order
    .filter((x) => x.group !== lead.group)
    .map(({ hit }) => {
      if (hit.match !== 'match' || lead.hit.match !== 'match') return { ...hit };
      // Of two listed people an article's name answers ("Abdul Ghani Baradar" beside ABDUL GHANI
      // BARADAR AKHUND and a longer namesake), the listing it leaves less of out answers it.
      if (namesLeftOut(hit) > Math.min(...group.map((x) => namesLeftOut(x.hit))))
        return {
          ...hit,
          match: 'partial' as const,
          partialReason: `a different listed entity: the article's name leaves out more of its listed names than of ${label}'s`,
        };
      // An answer from another entity's alias, no better than the lead's, beside a lead that
      // several lists agree on or whose own primary name answers, is that other entity sharing the
      // name: "Al-Shabaab" is an alias of a Mozambican group, but the name of the Somali one;
      // "Maria Zakharova" a former name of a listed Maria OSETROVA, but the name of the spokeswoman
      // three lists give. It is shown as "also named".
      const alsoNamed =
        hit.matchedName.kind !== 'primary' &&
        hit.score <= lead.hit.score &&
        (group.length >= 2 || lead.hit.matchedName.kind === 'primary');
      if (!alsoNamed && (lead.hit.score < EXACT_SCORE || hit.score >= EXACT_SCORE))
        return { ...hit };
      return {
        ...hit,
        match: 'partial' as const,
        partialReason: alsoNamed
          ? `also named "${hit.matchedName.full}", but a different listed entity: the article's name is that of ${label}, listed on ${group.length} list${group.length === 1 ? '' : 's'}`
          : `a different listed entity with the same or a similar name: the article's name answers ${label}, listed on ${group.length} list${group.length === 1 ? '' : 's'}`,
      };
    });
  const matches = [...grouped, ...others].filter((h) => h.match === 'match');
  const partials = [...grouped, ...others].filter((h) => h.match !== 'match');
  return [...matches, ...partials];
}

/** Listed names (not particles or legal forms) the article's name leaves out. */
function namesLeftOut(hit: EntityHit): number {
  return hit.explanation.parts.filter(
    (p) => p.query.length === 0 && p.matched.length > 0 && p.note === undefined,
  ).length;
}
