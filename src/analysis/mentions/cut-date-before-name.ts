import type { Mention } from '../article-types.ts';

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
// Months, some of which are given names too ("April Ryan", "June Carter"): a month is cut only
// after a word that makes it a date ("around November Ruth had to move").
const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;
const DATE_BEFORE =
  /(?:^|[^\p{L}])(?:in|on|around|since|until|till|by|during|last|next|this|early|late|mid|every|before|after)[ \t]+$/iu;

/**
 * "Then around November Ruth had to move", "On Thursday Bert and I ate there": a day or a month
 * the tagger ran into the name after it is no part of the name; the person is the words after it.
 */
export function cutDateBeforeName(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((mention) => {
    if (mention.type !== 'person' || mention.source !== 'nlp') return mention;
    const first = /^(\p{Lu}\p{Ll}+)[ \t]+(?=\p{Lu})/u.exec(mention.text);
    if (first === null) return mention;
    const word = first[1] ?? '';
    const dated =
      WEEKDAY.test(word) ||
      (MONTH.test(word) &&
        DATE_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)));
    if (!dated) return mention;
    const start = mention.start + first[0].length;
    const rest = text.slice(start, mention.end);
    return {
      ...mention,
      start,
      text: rest,
      name: mention.name.startsWith(first[0]) ? mention.name.slice(first[0].length) : rest,
    };
  });
}
