import type { Sentence } from '../article-types.ts';
import type { GroupedMentions } from '../mentions/group-entities.ts';

type Link = GroupedMentions['links'][number];

// "…, Oleksiy Yizhak, an expert from the National Institute for Strategic Studies, told": the
// apposition between the name and the verb, in commas.
const APPOSITION_BEFORE_CUE = /^,[^,"“”]{1,160},\s*(?:(?:has|have|had|also|then|later)\s+){0,2}$/u;
// After the verb, only a short tail to the sentence's end ("the Radio NV radio station Jan. 13."):
// the attribution closes the sentence.
const CLOSING_TAIL = /^(?:\s+[^\s,;:"“”]+){0,10}\s*[.!?]?["”’]?\s*$/u;

/**
 * The person named after the last comma of a long reported clause and before an apposition, when
 * the cue closes the sentence ("The chances are high that …, Oleksiy Yizhak, an expert from …,
 * told the Radio NV radio station Jan. 13."): the subject of that closing verb, not its addressee.
 */
export function trailingAppositionSpeaker(
  text: string,
  sentence: Sentence,
  cue: { start: number; end: number },
  inSentence: readonly Link[],
): Link | undefined {
  if (!CLOSING_TAIL.test(text.slice(cue.end, sentence.end))) return undefined;
  return inSentence.findLast(
    ({ mention }) =>
      mention.type === 'person' &&
      mention.source !== 'pronoun' &&
      mention.end <= cue.start &&
      /,\s*$/.test(text.slice(sentence.start, mention.start)) &&
      APPOSITION_BEFORE_CUE.test(text.slice(mention.end, cue.start)),
  );
}
