import type { Mention } from '../article-types.ts';

// Polish and Czech decline their nouns, and a capitalised one before a name ("na Ukrainę
// Władimir Putin", "s Ruskem Sergej Lavrov") is run into the name by the English-trained tagger
// and by wholePersonNames, which takes a word the lexicon does not know for a left-out given
// name. In these languages the person is named from the given name on (find-given-name-names.ts).
const DECLINING_LANGUAGES = new Set(['Polish', 'Czech']);

// The given-name mention that ends where `mention` ends and starts after it, if any.
function givenNameInside(mention: Mention, givenNames: readonly Mention[]): Mention | undefined {
  if (mention.type === 'organization' || mention.source === 'pronoun') return undefined;
  return givenNames.find((g) => g.end === mention.end && g.start > mention.start);
}

/** Whether a candidate mention runs a word before a given name's person into it (Polish, Czech). */
export function runsIntoGivenName(
  candidate: Mention,
  givenNames: readonly Mention[],
  language: string | null,
): boolean {
  if (language === null || !DECLINING_LANGUAGES.has(language)) return false;
  return givenNameInside(candidate, givenNames) !== undefined;
}

/**
 * Person mentions of a Polish or Czech text cut back to the given name they hold at their end
 * ("Ukrainę Władimir Putin" → "Władimir Putin"); other mentions and languages are unchanged.
 */
export function cutBeforeGivenName(
  mentions: readonly Mention[],
  givenNames: readonly Mention[],
  language: string | null,
): Mention[] {
  if (language === null || !DECLINING_LANGUAGES.has(language)) return [...mentions];
  return mentions.map((mention) => {
    const inside = mention.type === 'person' ? givenNameInside(mention, givenNames) : undefined;
    if (inside === undefined) return mention;
    return { ...mention, start: inside.start, text: inside.text, name: inside.name };
  });
}
