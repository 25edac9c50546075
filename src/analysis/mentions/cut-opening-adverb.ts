import type { Mention } from '../article-types.ts';
import { cutFirstWordOfPersons } from './cut-first-word.ts';

// Adverbs and conjunctions that open a sentence, capitalised there, before a name: English,
// Spanish, French and German, the languages Sift reads speakers in. None is a given name.
export const OPENING_ADVERBS: ReadonlySet<string> = new Set(
  (
    'also meanwhile however moreover furthermore besides instead thus yet ' +
    'también además asimismo tampoco incluso entonces luego después ahora mientras ' +
    'aussi ensuite puis alors cependant pourtant également désormais enfin ' +
    'auch dann danach zudem außerdem jedoch nun inzwischen ebenfalls'
  ).split(' '),
);
const SENTENCE_START = /(?:^|[.!?]["”’»]?[ \t]+|\n[ \t]*)$/u;

/**
 * "También Ismael Zambada fue detenido", "Además Ovidio Guzmán se entregó": the tagger runs an
 * adverb that opens the sentence into the name after it; the person is the words after it.
 */
export function cutOpeningAdverb(text: string, mentions: readonly Mention[]): Mention[] {
  return cutFirstWordOfPersons(
    text,
    mentions,
    (word, mention) =>
      OPENING_ADVERBS.has(word.toLowerCase()) &&
      SENTENCE_START.test(text.slice(Math.max(0, mention.start - 4), mention.start)),
  );
}
