import type { GroupedMentions } from '../mentions/group-entities.ts';
import { cueRate } from './attribution-cues.ts';

type Link = GroupedMentions['links'][number];

// A "false title" (Bell, The Language of News Media, 1991, ch. 9; Quirk et al., A Comprehensive
// Grammar of the English Language, 1985, §17.91): news English puts a bare occupation noun before
// a name as if it were a title ("pollster Frank Luntz", "election lawyer Joe Birkenstock",
// "Clinton ally James Carville", "tweeted author Nanjala Nyabola"). After a closing quote or a
// comma and an inverted verb of saying, the person such a phrase ends on is the speaker. The phrase
// is capitalised modifiers and lower-case nouns only: a function word, a verb form or a verb of
// saying opens a clause instead ("said police who arrested John Smith", "said officers told …").
const FUNCTION_WORD =
  /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|any|no|every|each|of|for|to|in|on|at|by|from|with|about|after|before|against|over|under|into|than|as|and|or|but|nor|so|yet|if|while|when|because|although|who|whom|whose|which|what|he|she|it|they|we|i|you|him|them|us|me|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|should|shall|not|also|then|there|here|now|still|just|only)$/u;
// A participle or an adverb ("arresting", "arrested", "recently"), not a noun such as "ally".
const VERB_FORM = /^\p{Ll}{3,}(?:ing|ed|ly)$/u;
// A cue word at or above this rate is a verb of saying or a speech act; the lower rates are
// nouns ("spokesman", "statement") that may stand in a title.
const VERB_RATE = 0.5;
const MAX_GAP_CHARS = 120;

function isTitleWord(word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return /^\p{Lu}[\p{L}.'’&-]*$/u.test(word);
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false;
  return !FUNCTION_WORD.test(word) && !VERB_FORM.test(word) && cueRate(word) < VERB_RATE;
}

/** Whether the words between a cue and a name are a false title with one lower-case noun at least. */
function isFalseTitle(gap: string): boolean {
  const words = gap.trim().split(/\s+/u);
  return (
    /^\s+\S/u.test(gap) &&
    /\s$/u.test(gap) &&
    words.length <= 8 &&
    words.some((w) => /^\p{Ll}/u.test(w)) &&
    words.every(isTitleWord)
  );
}

/**
 * "“…,” tweeted author Nanjala Nyabola": the person a false title after an inverted cue names,
 * the last one of the phrase ("Clinton ally James Carville" → James Carville), if any.
 */
export function falseTitleSpeaker(
  text: string,
  cueEnd: number,
  people: readonly Link[],
): Link | undefined {
  return people
    .filter(
      ({ mention }) =>
        mention.type === 'person' &&
        mention.source !== 'pronoun' &&
        mention.start >= cueEnd &&
        mention.start - cueEnd <= MAX_GAP_CHARS &&
        isFalseTitle(text.slice(cueEnd, mention.start)),
    )
    .at(-1);
}
