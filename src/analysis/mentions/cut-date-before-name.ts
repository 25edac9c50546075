import type { Mention } from '../article-types.ts';
import { cutFirstWordOfPersons } from './cut-first-word.ts';

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
  return cutFirstWordOfPersons(
    text,
    mentions,
    (word, mention) =>
      mention.source === 'nlp' &&
      (WEEKDAY.test(word) ||
        (MONTH.test(word) &&
          DATE_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)))),
  );
}
