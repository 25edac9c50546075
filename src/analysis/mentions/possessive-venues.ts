import { escapeRegExp } from '../../core/index.ts';
import type { Mention } from '../article-types.ts';

// "going to Saxby's", "at Lord's", "went in Spencer's": a preposition of place before the name.
const VENUE_BEFORE = /(?:^|[^\p{L}])(?:to|at|in|into|from|inside|outside|near|past)[ \t]+$/iu;
// The possessive "s" with no noun after it: the end of a clause, or a word that cannot be the
// thing owned ("to Saxby's right after", "Saxby's now", "at Lord's in 1805").
const NO_NOUN_AFTER =
  /^['’]s(?:[ \t]*(?:[.,;:!?)"”]|$)|[ \t]+(?:which|that|and|or|but|again|now|then|today|tonight|yesterday|tomorrow|right|after|before|in|on|at|for|with|to|instead|because|where|when|so)(?![\p{L}]))/u;

/**
 * "I'm going to Saxby's right after", "the first match at Lord's in 1805": a one-word name the
 * tagger read as a person, written in the possessive after a preposition of place with no noun
 * after it, names a shop, a café or a ground (GUM types these as places), not a person. Not for a
 * name with a title, nor one a person the article names in full has ("Jimmy Fallon … at
 * Fallon's").
 */
export function retypePossessiveVenues(text: string, mentions: readonly Mention[]): Mention[] {
  const nameWords = new Set(
    mentions
      .filter((m) => m.type === 'person' && m.name.includes(' '))
      .flatMap((m) => m.name.split(' ')),
  );
  const venues = new Set<string>();
  for (const mention of mentions) {
    const name = mention.name;
    if (mention.type !== 'person' || mention.source !== 'nlp' || name.includes(' ')) continue;
    if (mention.honorifics.length > 0 || nameWords.has(name) || venues.has(name)) continue;
    if (writtenAsVenue(text, name)) venues.add(name);
  }
  return mentions.map((m) =>
    m.type === 'person' && m.source === 'nlp' && venues.has(m.name) ? { ...m, type: 'place' } : m,
  );
}

/** True when the text writes the name as a venue once or more ("to Saxby's now"). */
function writtenAsVenue(text: string, name: string): boolean {
  const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?=['’]s)`, 'gu');
  for (const match of text.matchAll(pattern))
    if (
      VENUE_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index)) &&
      NO_NOUN_AFTER.test(text.slice(match.index + name.length, match.index + name.length + 20))
    )
      return true;
  return false;
}
