// "told Al Jazeera.", "Al Jazeera's correspondent": an organisation the article cites as a news outlet is
// a newsroom. A listed body of the same name that is no media outlet (UK SYR0297 "El Jazireh", a
// Syrian transport company, has the alias "El Jazeera") is a namesake, and a match would accuse
// the newsroom. Listed outlets (Al-Manar, Press TV, RT) carry media words in their names or
// reasons, and stay matches.
import type { ListEntity } from '../../core/index.ts';
import type { ArticleEntity } from '../article-types.ts';
import { isKnownNewsOutlet } from './known-news-outlets.ts';

// Newsroom uses only: an organisation is "told" things too ("Egypt told Hamas to accept"), and
// bodies "report" and run networks, so those count only in a newsroom's shapes.
const CITED_BEFORE =
  /\b(?:speaking to|spoke to|interview with|quoted by|reported by|broadcast by|aired on|published by|writing in|wrote in)\s+(?:the\s+)?$/iu;
const TOLD_BEFORE = /\btold\s+(?:the\s+)?$/iu;
// After "told X": the end of the clause, or when or where it was said ("told Al Jazeera on
// Tuesday"), not an infinitive or a that-clause.
const TOLD_AFTER = /^(?:[.,;:"”’]|\s+(?:on|in an interview|last|earlier|this)\b)/u;
const CITED_AFTER =
  /^(?:['’]s)?\s+(?:correspondent|reporter|journalist|anchor|presenter|bureau|English|Arabic)\b/u;
const MEDIA_WORDS =
  /\b(?:tv|television|broadcast\w*|media|news|radio|channel|satellite|press|newspaper|journal\w*|publish\w*|publications?|agency)\b/iu;

/**
 * Ids of the article's organisations that are news outlets: known around the world by name, or
 * cited as one by the text.
 */
export function newsOutletIds(text: string, entities: readonly ArticleEntity[]): Set<string> {
  const ids = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== 'organization') continue;
    const known = [entity.name, ...entity.aliases].some(isKnownNewsOutlet);
    const cited = entity.mentions.some(
      (m) =>
        CITED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
        (TOLD_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
          TOLD_AFTER.test(text.slice(m.end, m.end + 20))) ||
        CITED_AFTER.test(text.slice(m.end, m.end + 30)),
    );
    if (known || cited) ids.add(entity.id);
  }
  return ids;
}

/** True when a listing's names, positions or reason say it is a media outlet. */
export function isMediaListing(listed: ListEntity): boolean {
  return (
    listed.names.some((n) => MEDIA_WORDS.test(n.full)) ||
    MEDIA_WORDS.test(listed.reason ?? '') ||
    listed.positions.some((p) => MEDIA_WORDS.test(p))
  );
}
