import type { AnalyzedEntity, ArticleAnalysis, EntityHit } from '../api-types.ts';
import { byAuthority } from '../entity/group-hits.ts';
import { scriptOf } from '../entity/name-groups.ts';
import { entityHash } from '../router.ts';
import { badgeHit } from './article-text.tsx';

/** One listed real-world entity named in the article, with every list that lists it. */
export interface ListedEntity {
  entity: AnalyzedEntity;
  lead: EntityHit;
  /** The lead and the other lists' entries for the same entity, most authoritative first. */
  listings: EntityHit[];
}

/**
 * Each listed entity of the article once: the article entity, the listing its badge shows, and
 * the other lists' entries the server grouped with it (`sameEntityAs`).
 */
export function listedEntities(analysis: ArticleAnalysis): ListedEntity[] {
  return analysis.entities.flatMap((entity) => {
    if (entity.screening?.match !== 'match') return [];
    const lead = badgeHit(entity);
    if (lead === undefined) return [];
    const label = `${lead.list.toUpperCase()} ${lead.reference}`;
    const listings = entity.screening.hits
      .filter((h) => h === lead || (h.match === 'match' && h.sameEntityAs === label))
      .sort(byAuthority);
    return [{ entity, lead, listings }];
  });
}

/** A hit's caption in Latin letters: the caption, else the matched name, else the article's name. */
export function readableCaption(hit: EntityHit, fallback: string): string {
  if (scriptOf(hit.caption) === 'Latin') return hit.caption;
  if (scriptOf(hit.matchedName.full) === 'Latin') return hit.matchedName.full;
  return fallback;
}

/** The box at the top of a report: each listed entity once, linked to its mentions and entry. */
export function ListedEntitiesBox({
  analysis,
  onSelect,
}: {
  analysis: ArticleAnalysis;
  onSelect: (id: string) => void;
}) {
  const listed = listedEntities(analysis);
  return (
    <section class="card listed-box" aria-labelledby="listed-title">
      <h2 id="listed-title">Listed entities ({listed.length})</h2>
      {listed.length === 0 ? (
        <p class="muted">
          No one named in the article is on a loaded list at or above the threshold.
        </p>
      ) : (
        <ul>
          {listed.map(({ entity, lead, listings }) => (
            <li key={entity.id}>
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  onSelect(entity.id);
                }}
              >
                <strong>{entity.name}</strong>
              </button>{' '}
              <span class="muted">
                ({entity.mentions.length} {entity.mentions.length === 1 ? 'mention' : 'mentions'}):
              </span>{' '}
              {listings.map((h, i) => (
                <span key={h.entityId}>
                  {i > 0 && ', '}
                  <a href={entityHash(h.entityId)}>
                    {h.list.toUpperCase()} {h.reference}
                  </a>
                </span>
              ))}{' '}
              <span class="muted">— {readableCaption(lead, entity.name)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
