import type { Mention } from '../article-types.ts';

// "Cyclone Phailin", "Hurricane Ian", "Tropical Storm Alberto": a storm's name is no person.
const STORM =
  /(?<![\p{L}])(?:Cyclone|Hurricane|Typhoon|Tropical[ \t]+Storm|Storm)[ \t]+(\p{Lu}\p{Ll}+)/gu;
const STORM_WORD = /^(?:Cyclone|Hurricane|Typhoon|Tropical Storm|Storm)\s/u;
// "Oh my God", "your Labrador": a word after "my", "your" or "our" is a common noun written with a
// capital, not someone's name.
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:my|your|our)[ \t]+$/iu;

/**
 * Drops the tagger's names that name no person, body or place, through the text: storms by their
 * name ("Cyclone Phailin", then "Phailin" alone), and a one-word name written after "my", "your"
 * or "our" ("Oh my God").
 */
export function dropNonNames(text: string, mentions: readonly Mention[]): Mention[] {
  const storms = new Set([...text.matchAll(STORM)].map((m) => m[1]));
  const possessed = new Set(
    mentions
      .filter(
        (m) =>
          m.source === 'nlp' &&
          m.type === 'person' &&
          !m.name.includes(' ') &&
          POSSESSIVE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)),
      )
      .map((m) => m.name),
  );
  return mentions.filter(
    (m) =>
      m.source !== 'nlp' ||
      m.type === 'group' ||
      !(storms.has(m.name) || STORM_WORD.test(m.name) || possessed.has(m.name)),
  );
}
