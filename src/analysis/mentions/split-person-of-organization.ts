import type { Mention } from '../article-types.ts';
import { ORG_HEAD_WORDS } from './find-rule-mentions.ts';

const ORG_HEADS = new Set(ORG_HEAD_WORDS);
// "Lydia Buchtmann of Cherry Capital Foods": two or three name words, "of", then capitalised
// words that end in an organisation's head word.
const PERSON_OF_BODY =
  /^(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,2})[ \t]+of[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’&-]*(?:[ \t]+\p{Lu}[\p{L}'’&-]*)*)$/u;

/**
 * Splits a person's name the tagger ran on over "of" and the body the person belongs to
 * ("Lydia Buchtmann of Cherry Capital Foods") into that person and that organisation, when the
 * person's first word is a given name: otherwise the head word would make the whole run one
 * organisation and the person would be lost.
 */
export function splitPersonOfOrganization(
  text: string,
  mentions: readonly Mention[],
  lexicon: ReadonlyMap<string, string>,
): Mention[] {
  return mentions.flatMap((mention) => {
    if (mention.type !== 'person' || mention.honorifics.length > 0) return [mention];
    const match = PERSON_OF_BODY.exec(mention.text);
    const person = match?.[1];
    const body = match?.[2];
    if (person === undefined || body === undefined) return [mention];
    if (!ORG_HEADS.has(body.split(/[ \t]+/).at(-1) ?? '')) return [mention];
    if (lexicon.get((person.split(/[ \t]+/)[0] ?? '').toLowerCase()) !== 'first') return [mention];
    const bodyStart = mention.start + mention.text.length - body.length;
    const personEnd = mention.start + person.length;
    return [
      { ...mention, end: personEnd, text: text.slice(mention.start, personEnd), name: person },
      {
        start: bodyStart,
        end: bodyStart + body.length,
        text: body,
        type: 'organization',
        source: mention.source,
        name: body,
        honorifics: [],
      },
    ];
  });
}
