import type { Sentence } from '../article-types.ts';

// "According to Sky News, he also said …": the phrase opens the sentence and ends at its comma,
// with a short source and no clause of its own in it.
const OPENING_SOURCE = /^\s*[^,;:"“”]{1,80},\s/u;

// Between the phrase's comma and the verb: a short subject with its adverbs ("he also"), no
// clause break ("London, for example has emerged … while Muslims are enforcing" is no subject).
const SUBJECT_BEFORE_VERB = /^[^,;:"“”]{1,50}$/u;

/**
 * Whether an "according to" cue opens the sentence as a phrase of its own ("According to Sky News,")
 * and a finite speech verb follows it right after a short subject, in the main clause.
 */
export function opensMainClause(
  text: string,
  sentence: Sentence,
  phrase: { start: number; end: number },
  verb: { start: number; text: string },
): boolean {
  if (text.slice(sentence.start, phrase.start).trim() !== '') return false;
  const source = OPENING_SOURCE.exec(text.slice(phrase.end, sentence.end));
  if (source === null || /ing$/i.test(verb.text)) return false;
  const subjectStart = phrase.end + source[0].length;
  return (
    verb.start > subjectStart && SUBJECT_BEFORE_VERB.test(text.slice(subjectStart, verb.start))
  );
}
