import type { Mention } from '../article-types.ts';

/**
 * Person mentions with their first capitalised word cut off where `cuts` says it is no part of
 * the name (a date, an adverb opening the sentence); the person is the words after it.
 */
export function cutFirstWordOfPersons(
  text: string,
  mentions: readonly Mention[],
  cuts: (word: string, mention: Mention) => boolean,
): Mention[] {
  return mentions.map((mention) => {
    if (mention.type !== 'person') return mention;
    const first = /^(\p{Lu}\p{Ll}+)[ \t]+(?=\p{Lu})/u.exec(mention.text);
    if (first === null || !cuts(first[1] ?? '', mention)) return mention;
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
