import type { Mention, Sentence, TextSpan } from '../article-types.ts';
import type { GroupedMentions } from '../mentions/group-entities.ts';

/** The cue of a sentence: where it is, what it says, and on which side its source stands. */
export interface Cue {
  start: number;
  end: number;
  text: string;
  /** How strongly the cue signals an attribution: its category rate in the hand-compiled table (1 for fixed phrases). */
  rate: number;
  /** The source follows the cue ("according to the panel", "criticized by Hamas"). */
  after: boolean;
  /** The cue word follows a form of to be ("is expected", "was referred"). */
  passive: boolean;
  /** The source named inside "quoted … as saying". */
  quotedSource?: string;
}

/** The source of a cue: a known mention, or a phrase of the text that no mention covers. */
export interface Speaker {
  /** The span that names the source in this sentence (a name, a pronoun, "a spokesman"). */
  span: TextSpan;
  /** The mention behind the span, when there is one. */
  mention?: Mention;
  entityId?: string;
  phrase: string;
}

type Links = GroupedMentions['links'];

const PREPOSITION_BEFORE =
  /\b(against|of|to|from|with|by|for|about|on|in|at|into|over|under|between|than|like|and)\s+(?:the\s+|a\s+|an\s+)?$/i;
// Words between a subject and its verb: auxiliaries and adverbs ("she has also repeatedly said").
const BETWEEN_SUBJECT_AND_CUE = String.raw`(?:(?:also|has|have|had|would|will|did|does|do|is|was|were|are|then|later|once|again|never|not|\p{Ll}+ly)\s+){0,3}`;
const PRONOUN_SUBJECT = new RegExp(
  String.raw`\b(it|they|he|she|we|I|you|who|which)\s+${BETWEEN_SUBJECT_AND_CUE}$`,
  'iu',
);
// A short noun phrase right before the cue that no mention covers ("the campaign", "officials"),
// also after a closing quote ("“…,” the judge said").
const PHRASE_SUBJECT = new RegExp(
  String.raw`(?:^|[,;:(—–][”"’']?\s*|\b(?:and|but|that|as|while|when|because|after|before|so)\s+)((?:the|a|an|his|her|their|its|some|many|most|several|two|three|other|both)?\s*(?:[\p{L}][\p{L}'’.-]*\s+){0,2}[\p{L}][\p{L}'’-]*)\s+${BETWEEN_SUBJECT_AND_CUE}$`,
  'u',
);
const NOT_A_SUBJECT =
  /^(?:nobody|everybody|anybody|somebody|everyone|anyone|someone|one|nothing|everything|the|a|an|this|that|there|here|what|which|as|so|and|but|or|if|when|then|now|also|just|not|is|was|were|are|be|been|has|have|had)$/i;
const RELATIVE_WINDOW_CHARS = 80;
// Between a cue and the person who follows it: a title ("Acting Under Secretary of the Treasury
// for Terrorism and Financial Intelligence") with no clause break in it.
const TITLE_GAP = /^\s*(?:(?:the|of|for|and|[\p{Lu}][\p{L}.'’-]*)\s+){0,14}$/u;

/**
 * Finds who a cue's statement belongs to: the subject before the cue (relative clauses and
 * appositions masked, prepositional objects skipped), the source after "according to" or a closing
 * quote, a subject pronoun ("it said" → the organisation named before), or a plain noun phrase.
 */
export function findSpeaker(
  text: string,
  sentence: Sentence,
  cue: Cue,
  links: Links,
  insideQuote: (start: number, end: number) => boolean,
): Speaker | undefined {
  const inSentence = links.filter(
    ({ mention }) =>
      mention.start >= sentence.start &&
      mention.end <= sentence.end &&
      !insideQuote(mention.start, mention.end) &&
      mention.type !== 'place',
  );
  const after = inSentence.filter(
    ({ mention }) => mention.start >= cue.end && mention.start - cue.end <= 40,
  );
  if (cue.after) {
    const first = after.find(({ mention }) =>
      /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(cue.end, mention.start)),
    );
    return first === undefined ? undefined : fromLink(first);
  }
  const lead = text.slice(sentence.start, cue.start);
  // "Andrea Gacki, director of the Treasury's Office of Foreign Assets Control, said": the person
  // before an apposition is the subject, not the office named inside it.
  const appositive = inSentence.find(
    ({ mention }) =>
      mention.type === 'person' &&
      /^\s*$|[”"’]\s*$/.test(text.slice(sentence.start, mention.start)) &&
      /^,[^,"“”]{1,160},\s*$/.test(text.slice(mention.end, cue.start)),
  );
  if (appositive !== undefined) return fromLink(appositive);
  const pronoun = PRONOUN_SUBJECT.exec(lead);
  if (pronoun !== null) return fromPronoun(text, sentence, pronoun, links, insideQuote);
  const clause = maskParentheticals(lead);
  const before = inSentence
    .filter(
      ({ mention }) =>
        mention.end <= cue.start && clause[mention.start - sentence.start] !== '\u0000',
    )
    .filter(
      ({ mention }) =>
        !PREPOSITION_BEFORE.test(
          text.slice(Math.max(sentence.start, mention.start - 20), mention.start),
        ),
    )
    .filter(
      ({ mention }) =>
        !/[“"]\s*$/.test(text.slice(mention.end, cue.start)) || cue.start - mention.end < 4,
    );
  const nearest = before.at(-1);
  // "…will be his deputy, said Mujahid": after a comma, a name right after the cue is its subject.
  const inverted = after[0];
  if (
    inverted !== undefined &&
    inverted.mention.type === 'person' &&
    /,\s*$/.test(text.slice(sentence.start, cue.start)) &&
    /^\s+$/.test(text.slice(cue.end, inverted.mention.start))
  )
    return fromLink(inverted);
  if (nearest !== undefined && cue.start - nearest.mention.end <= 60) return fromLink(nearest);
  // "said Treasury Secretary Scott Bessent", "noted Secretary of the Treasury Scott Bessent": the
  // person after a run of title words, not the office named inside the title.
  const titled = inSentence.find(
    ({ mention }) =>
      mention.type === 'person' &&
      mention.start >= cue.end &&
      mention.start - cue.end <= 120 &&
      TITLE_GAP.test(text.slice(cue.end, mention.start)) &&
      !/^(?:him|her|them|us|me)$/i.test(mention.text),
  );
  if (titled !== undefined) return fromLink(titled);
  // "…”, said the panel": the speaker follows the cue directly.
  const following = after[0];
  if (
    following !== undefined &&
    // "told him", "asked her": an object pronoun after the cue is the addressee.
    !/^(?:him|her|them|us|me)$/i.test(following.mention.text) &&
    /^\s*(?:the\s+)?$/i.test(text.slice(cue.end, following.mention.start))
  )
    return fromLink(following);
  if (nearest !== undefined) return fromLink(nearest);
  return fromPhrase(sentence, clause);
}

function fromLink(link: Links[number]): Speaker {
  const { mention, entityId } = link;
  return {
    span: { start: mention.start, end: mention.end, text: mention.text },
    mention,
    entityId,
    phrase: mention.text,
  };
}

/** "it said", "who told": the pronoun is the source here; its referent names the speaker. */
function fromPronoun(
  text: string,
  sentence: Sentence,
  match: RegExpExecArray,
  links: Links,
  insideQuote: (start: number, end: number) => boolean,
): Speaker {
  const word = match[1] ?? '';
  const start = sentence.start + match.index + match[0].indexOf(word);
  const span = { start, end: start + word.length, text: word };
  const linked = links.find((l) => l.mention.start === start);
  if (linked !== undefined) return { ...fromLink(linked), span };
  const lower = word.toLowerCase();
  // "who"/"which" refer to the name just before them, in the same sentence. "it" is left to
  // attributeStatements, which gives it the organisation that spoke just before, if any.
  const wanted =
    lower === 'who'
      ? (m: Mention) => m.type === 'person' || m.type === 'organization' || m.type === 'group'
      : lower === 'which'
        ? (m: Mention) => m.type === 'organization'
        : undefined;
  if (wanted !== undefined) {
    for (let i = links.length - 1; i >= 0; i--) {
      const link = links[i];
      if (link === undefined || link.mention.end > start) continue;
      if (start - link.mention.end > RELATIVE_WINDOW_CHARS) break;
      if (/[.!?]/.test(text.slice(link.mention.end, start))) break;
      if (insideQuote(link.mention.start, link.mention.end) || !wanted(link.mention)) continue;
      return { span, entityId: link.entityId, mention: link.mention, phrase: link.mention.text };
    }
  }
  return { span, phrase: word };
}

function fromPhrase(sentence: Sentence, clause: string): Speaker | undefined {
  const match = PHRASE_SUBJECT.exec(clause);
  const phrase = match?.[1]?.trim();
  if (match === null || phrase === undefined || phrase === '') return undefined;
  const words = phrase.split(/\s+/);
  if (words.some((w) => NOT_A_SUBJECT.test(w)) && words.length === 1) return undefined;
  if (NOT_A_SUBJECT.test(words.at(-1) ?? '')) return undefined;
  const start = sentence.start + match.index + match[0].indexOf(phrase);
  return { span: { start, end: start + phrase.length, text: phrase }, phrase };
}

/** Blanks relative clauses and appositions ("Dame Sara, who advises Michael Gove, said"). */
function maskParentheticals(clause: string): string {
  return clause.replace(
    /(,\s*(?:who|which|whose|a|an|the|now|then)\b[^,]*,|\s[–—]\s[^–—]*\s[–—]\s|\([^)]*\))/giu,
    (part) => '\u0000'.repeat(part.length),
  );
}
