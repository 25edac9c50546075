import type { Mention } from '../article-types.ts';

// "Mexico's Sinaloa cartel", "the Sinaloa drug cartel", "VTB bank": English news writes the head
// of a listed body's name in lower case after its proper name, and the tagger gives the place or
// the bare word alone ("Sinaloa", a place, was never screened). The trade word before the head
// ("drug") is news's gloss, not part of the name.
const LOWERCASE_HEAD = /^[ \t]+(?:drug[ \t]+)?(cartel|bank)(?![\p{L}-])/u;

/**
 * Place and organisation mentions run on over a lower-case head word after them ("Sinaloa" +
 * "cartel"), as organisations named with that head ("Sinaloa cartel").
 */
export function takeLowercaseHeads(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((mention) => {
    if (mention.type !== 'place' && mention.type !== 'organization') return mention;
    const head = LOWERCASE_HEAD.exec(text.slice(mention.end, mention.end + 24));
    if (head === null) return mention;
    const end = mention.end + head[0].length;
    return {
      ...mention,
      type: 'organization',
      end,
      text: text.slice(mention.start, end),
      name: `${mention.name} ${head[1] ?? ''}`,
    };
  });
}
