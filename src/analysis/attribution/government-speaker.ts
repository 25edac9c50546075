import type { Sentence, TextSpan } from '../article-types.ts';
import { LEADING_CAPITAL } from './capital-cities.ts';
import type { GroupedMentions } from '../mentions/group-entities.ts';

type Link = GroupedMentions['links'][number];

// Words between a subject and its verb: auxiliaries and adverbs ("she has also repeatedly said").
// "The Treasury in a statement said", "The U.S. Treasury Department on Tuesday said": a short
// phrase of medium or day may stand there too, and a discourse adverb ("Olukolade however said").
export const BETWEEN_SUBJECT_AND_CUE_SOURCE = String.raw`(?:(?:himself|herself|themselves|itself|further|still|already|just|even|now|first|however|meanwhile|therefore|thus|hence|moreover|furthermore|likewise|though|nonetheless|nevertheless|instead|today|yesterday|tonight|earlier|also|has|have|had|would|will|did|does|do|is|was|were|are|be|been|am|(?:is|are|was|were)n['’]t|too|so|very|quite|then|later|once|again|never|not|\p{Ll}+ly|(?:in|on)\s+(?:an?|its|the|his|her|their)\s+(?:\p{Ll}+\s+)?(?:statement|release|interview|letter|post|briefing|email|note)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this)\s+(?:week|month|year|weekend|morning|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+){0,3}`;

// A discourse aside may stand between them, in commas ("Beijing, for its part, urged …",
// "Tehran, meanwhile, warned …").
export const ASIDE = String.raw`(?:,\s*(?:for\s+its\s+(?:own\s+)?part|meanwhile|in\s+turn|in\s+response|however|too|though|for\s+its\s+side|on\s+the\s+other\s+hand)\s*,)?`;
const SUBJECT_GAP = new RegExp(String.raw`^\.?${ASIDE}\s+${BETWEEN_SUBJECT_AND_CUE_SOURCE}$`, 'u');
// Before the place: the sentence start ("Doha condemned"), a closing quote ("“…,” Moscow said")
// or the comma of a clause said ("The strike was illegal, Moscow said").
const SUBJECT_LEAD = /(?:^(?:the\s+)?|[,”"’]\s+(?:the\s+)?)$/iu;
// After an inverted verb: the place ends the clause or a short time phrase follows ("said Cairo.",
// "said Moscow on Wednesday").
const INVERTED_REST =
  /^\s*(?:$|[.,;!?]|on\s+\p{Lu}\p{Ll}+day\b|in\s+an?\s+(?:statement|interview)|(?:late\s+|early\s+)?(?:today|yesterday|tonight|last\s+\p{L}+|this\s+\p{L}+))/u;

/**
 * A country or a capital that speaks for its government ("Pakistan said", "Doha condemned what it
 * called …", "“…,” Moscow said", "…, said Cairo"): the place stays the speaker, typed as the place
 * the article names, never as a person. It must stand in the subject's position: the place of a
 * prepositional phrase ("talks in Doha, officials said") is not the speaker.
 */
export function governmentSpeaker(
  text: string,
  sentence: Sentence,
  cue: { start: number; end: number },
  links: readonly Link[],
  insideQuote: (start: number, end: number) => boolean,
): Link | undefined {
  const places = links.filter(
    ({ mention }) =>
      mention.type === 'place' &&
      mention.start >= sentence.start &&
      mention.end <= sentence.end &&
      !insideQuote(mention.start, mention.end),
  );
  const before = places.find(
    ({ mention }) =>
      mention.end <= cue.start &&
      SUBJECT_LEAD.test(text.slice(sentence.start, mention.start)) &&
      SUBJECT_GAP.test(text.slice(mention.end, cue.start)),
  );
  if (before !== undefined) return before;
  const lead = text.slice(sentence.start, cue.start);
  return places.find(
    ({ mention }) =>
      /[,”"’]\s*$/u.test(lead) &&
      mention.start >= cue.end &&
      /^\s+$/u.test(text.slice(cue.end, mention.start)) &&
      INVERTED_REST.test(text.slice(mention.end, sentence.end)),
  );
}

/**
 * A capital that opens the sentence as the subject of the cue ("Beijing, for its part, urged …")
 * where the name finder found no place there: the capital, as written, speaks for its government.
 * A name the finder did find at that point (a person, an organisation) is left to the other rules.
 */
export function capitalSpeaker(
  text: string,
  sentence: Sentence,
  cue: { start: number; end: number },
  links: readonly Link[],
): TextSpan | undefined {
  const lead = /^(?:the\s+)?/iu.exec(sentence.text)?.[0] ?? '';
  const capital = LEADING_CAPITAL.exec(sentence.text.slice(lead.length))?.[0];
  if (capital === undefined) return undefined;
  const start = sentence.start + lead.length;
  const end = start + capital.length;
  if (end > cue.start || !SUBJECT_GAP.test(text.slice(end, cue.start))) return undefined;
  if (links.some(({ mention }) => mention.start < end && mention.end > start)) return undefined;
  return { start, end, text: capital };
}
