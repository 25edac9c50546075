import type { Sentence, TextSpan } from '../article-types.ts';
import type { GroupedMentions } from '../mentions/group-entities.ts';
import { nominalSubject } from './nominal-source.ts';

type Links = GroupedMentions['links'];

// A quantifier floated off its noun right before the verb: "the mediators, …, all said", "Both
// said", "They each told". Auxiliaries and adverbs may follow it ("all have said", "both also").
const FLOATING_QUANTIFIER =
  /(?<=^|[\s,])(all|both|each|all\s+(?:two|three|four|five|six|of\s+them)|both\s+of\s+them)\s+(?:(?:also|have|had|has|would|will|then|later|again|\p{Ll}+ly)\s+){0,2}$/iu;
// An apposition that lists names after the noun ("the mediators, the US, Qatar and Egypt,"): each
// item a capitalised name, with "the" or "and" before it.
const NAME_ITEM =
  /^\s*(?:and\s+)?(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*)*\s*$/u;
// How far back, in characters before the sentence, "Both said" looks for the people it means.
const REFERENT_WINDOW_CHARS = 300;

/** A subject found for a quantifier: where the text names it and what it names. */
export interface QuantifiedSubject {
  span: TextSpan;
  phrase: string;
}

/**
 * The subject a floating quantifier before a cue stands for: the noun phrase it floats from,
 * past an apposition of names ("the mediators, the US, Qatar and Egypt, all said" → "the
 * mediators"), or, when it opens the sentence ("Both said"), the people the text just named
 * together ("John Smith and Mary Jones"). Undefined when the lead ends in no quantifier, or when
 * nothing it can stand for is found.
 */
export function quantifiedSubject(
  text: string,
  sentence: Sentence,
  cueStart: number,
  links: Links,
): QuantifiedSubject | undefined {
  const lead = text.slice(sentence.start, cueStart);
  const quantifier = FLOATING_QUANTIFIER.exec(lead);
  if (quantifier === null) return undefined;
  const at = sentence.start + quantifier.index;
  const before = text.slice(sentence.start, at);
  if (/^\s*$/.test(before)) return coordinatedBefore(text, at, links);
  // Past an apposition of names: "the mediators, the US, Qatar and Egypt,".
  const parts = before.replace(/,\s*$/, '').split(',');
  if (/,\s*$/.test(before))
    while (parts.length > 1 && NAME_ITEM.test(parts.at(-1) ?? '')) parts.pop();
  const head = parts.join(',');
  const found = nominalSubject(head);
  if (found === undefined || !/s$/i.test(found.phrase)) return undefined;
  const start = sentence.start + found.index;
  return {
    span: { start, end: start + found.phrase.length, text: found.phrase },
    phrase: found.phrase,
  };
}

/** "John Smith and Mary Jones met … . Both said": the two named together last before `at`. */
function coordinatedBefore(text: string, at: number, links: Links): QuantifiedSubject | undefined {
  const named = links.filter(
    ({ mention }) =>
      mention.end <= at &&
      at - mention.end <= REFERENT_WINDOW_CHARS &&
      mention.source !== 'pronoun' &&
      (mention.type === 'person' || mention.type === 'organization'),
  );
  for (let i = named.length - 1; i > 0; i--) {
    const second = named[i]?.mention;
    const first = named[i - 1]?.mention;
    if (first === undefined || second === undefined) continue;
    if (!/^\s+and\s+$/.test(text.slice(first.end, second.start))) continue;
    const word = /^\S+/.exec(text.slice(at))?.[0] ?? '';
    return {
      span: { start: at, end: at + word.length, text: word },
      phrase: `${first.text} and ${second.text}`,
    };
  }
  return undefined;
}
