import { toCountryCode } from '../../names/index.ts';
import type { Mention } from '../article-types.ts';

// "former U.S. ambassador to Lebanon Jeffrey Feltman": the tagger runs the country the title
// names into the person's name. After "to", "of", "in", "from" or "for", a country opening a name
// of three words or more belongs to the phrase before ("Israel Katz" after "minister" keeps it).
const OWNED_BEFORE = /\b(?:to|of|in|from|for)\s+$/iu;

/**
 * The person mentions with a country that the words before them own cut off their start. A
 * "place" the tagger ran on from such a country into a given name ("Lebanon Jeffrey Feltman")
 * is the country and the person after it.
 */
export function cutLeadingCountry(
  text: string,
  mentions: readonly Mention[],
  lexicon: ReadonlyMap<string, string>,
): Mention[] {
  return mentions.flatMap((mention) => {
    if (mention.source === 'pronoun') return [mention];
    if (mention.type !== 'person' && mention.type !== 'place') return [mention];
    const words = mention.name.split(' ');
    if (words.length < 3 || !mention.text.startsWith(words[0]!)) return [mention];
    if (toCountryCode(words[0]!) === undefined) return [mention];
    if (!OWNED_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)))
      return [mention];
    const cut = mention.text.indexOf(words[1]!, words[0]!.length);
    const person: Mention = {
      ...mention,
      type: 'person',
      start: mention.start + cut,
      text: mention.text.slice(cut),
      name: words.slice(1).join(' '),
    };
    if (mention.type === 'person') return [person];
    if (lexicon.get(words[1]!.toLowerCase()) !== 'first') return [mention];
    const country: Mention = {
      ...mention,
      end: mention.start + words[0]!.length,
      text: words[0]!,
      name: words[0]!,
      honorifics: [],
    };
    return [country, { ...person, honorifics: [] }];
  });
}
