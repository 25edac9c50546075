import { groupSameEntities, type GroupableListing, type ListEntity } from '../../core/index.ts';
import type { ArticleEntity, EntityHit } from '../article-types.ts';

// Two listed people can share a name ("Dmitry PESKOV", Putin's press secretary, and the UK's
// Dmitry Nikolaevich PESKOV): the title the article puts before the name ("Kremlin spokesman",
// "Kreml-Sprecher", "son porte-parole") tells them apart where a listing's reason or positions
// name the same office. Each role: how articles in English, German, French and Spanish write it,
// and how the lists' (English) reasons and positions do.
const ROLES: readonly { role: string; article: RegExp; listing: RegExp }[] = [
  {
    role: 'spokesperson',
    article:
      /spokes(?:man|woman|person)|press secretary|sprecher(?:in)?\b|porte-parole|portavoz|пресс-секретар/iu,
    listing: /spokes(?:man|woman|person)|press secretary|пресс-секретар/iu,
  },
  {
    role: 'minister',
    article: /minist(?:er|re|ro|ra)|ministerin|министр/iu,
    listing: /minister|министр/iu,
  },
  {
    role: 'military commander',
    article: /\bgeneral|commander|kommandeur|commandant|comandante|генерал/iu,
    listing: /\bgeneral\b|commander|генерал/iu,
  },
];

// How far before a mention its title is looked for, within the sentence ("Putin's Press
// Secretary Dmitry Peskov", "Outre son porte-parole Dmitri Peskov").
const TITLE_WINDOW_CHARS = 40;
const SENTENCE_BREAK = /[.!?;:\n«»"“”]/g;

/** The offices the article gives a person in the title before a mention of it, or as honorifics. */
export function articleRoles(entity: ArticleEntity, text: string | undefined): Set<string> {
  const before = entity.mentions.map((m) => {
    const window = (text ?? '').slice(Math.max(0, m.start - TITLE_WINDOW_CHARS), m.start);
    const breaks = [...window.matchAll(SENTENCE_BREAK)];
    const last = breaks.at(-1);
    return last === undefined ? window : window.slice(last.index + 1);
  });
  const context = [...entity.honorifics, ...before].join(' ');
  return new Set(ROLES.filter((r) => r.article.test(context)).map((r) => r.role));
}

/** True when a listing's reason or positions name one of `roles`. */
function listingHasRole(listed: ListEntity | undefined, roles: ReadonlySet<string>): boolean {
  if (listed === undefined) return false;
  const said = [listed.reason ?? '', ...listed.positions].join(' ');
  return ROLES.some((r) => roles.has(r.role) && r.listing.test(said));
}

/**
 * The entity ids of the hits whose listed person, on any of its listings (OFAC gives no reason,
 * the UK does), is said to hold one of `roles`.
 */
export function listingsHoldingRole(
  hits: readonly GroupableListing[],
  roles: ReadonlySet<string>,
  lookupEntity: ((id: string) => ListEntity | undefined) | undefined,
): Set<string> {
  if (roles.size === 0 || lookupEntity === undefined) return new Set();
  return new Set(
    groupSameEntities(hits, lookupEntity)
      .filter((g) => g.some((h) => listingHasRole(lookupEntity(h.entityId), roles)))
      .flatMap((g) => g.map((h) => h.entityId)),
  );
}

/**
 * Where the listings of one listed person name the office the article gives the person and
 * another's that the name also matches do not, the other's matches become partial: the name is
 * shared, the office tells which person the article means, or at least that the other is not the
 * only one it can be. With no such listing the hits are left as they are.
 */
export function preferListingsWithRole(
  hits: readonly EntityHit[],
  holdingRole: ReadonlySet<string>,
  roles: ReadonlySet<string>,
): EntityHit[] {
  // The other listing need only score as the engine's match: shown partial for a left-out
  // patronymic, it still makes this one's match only one of two possible people.
  // A listing whose name is only spelt like the article's ("U Win Shein" for "Sein Win", a typo
  // apart) is a different name, not the same one: it picks nothing.
  const holder = hits.find(
    (h) =>
      holdingRole.has(h.entityId) &&
      (h.match === 'match' || h.score >= h.explanation.threshold) &&
      !h.explanation.parts.some((p) => p.evidence === 'typo'),
  );
  if (holder === undefined) return [...hits];
  const label = `${holder.list.toUpperCase()} ${holder.reference}`;
  return hits.map((h) =>
    !holdingRole.has(h.entityId) && h.match === 'match'
      ? {
          ...h,
          match: 'partial' as const,
          partialReason: `the same name as ${label}, a person listed as holding the office the article gives (${[...roles].join(', ')}); this listing does not say so`,
        }
      : h,
  );
}
