import {
  ASIDE,
  BETWEEN_SUBJECT_AND_CUE_SOURCE,
  capitalSpeaker,
  governmentSpeaker,
} from './government-speaker.ts';
import type { Mention, Sentence, TextSpan } from '../article-types.ts';
import type { GroupedMentions } from '../mentions/group-entities.ts';
import { isEmbeddedClaim } from './embedded-claim.ts';
import { nominalAfter, nominalSubject } from './nominal-source.ts';
import { quantifiedSubject } from './quantifier-subject.ts';
import { trailingAppositionSpeaker } from './trailing-apposition-speaker.ts';
import { capitalisedSubject } from './capitalised-subject.ts';
import { falseTitleSpeaker } from './false-title-speaker.ts';

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
  /** A stance adjective after a form of to be ("were frustrated"): its subject holds the stance. */
  stance?: true;
  /** The source named inside "quoted … as saying". */
  quotedSource?: string;
  /** The medium after "by" in the passive "was quoted by IRNA as saying". */
  quotedBy?: string;
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

const BETWEEN_SUBJECT_AND_CUE = BETWEEN_SUBJECT_AND_CUE_SOURCE;

// "with top security officials": one lower-case modifier may stand between the preposition and
// the name.
// Case-sensitive on purpose: with the i flag \p{Ll} also matches capitals, and "Secretary of State
// Antony Blinken" read as the object of "of".
const PREPOSITION_BEFORE =
  /\b([Aa]gainst|[Oo]f|[Tt]o|[Ff]rom|[Ww]ith|[Bb]y|[Ff]or|[Aa]bout|[Oo]n|[Ii]n|[Aa]t|[Ii]nto|[Oo]ver|[Uu]nder|[Bb]etween|[Tt]han|[Ll]ike|[Aa]nd)\s+(?:[Tt]he\s+|[Aa]\s+|[Aa]n\s+)?(?:(?!said\b|says\b|told\b)\p{Ll}+\s+)?$/u;
/** Role nouns a speaker is named by ("the spokesman", "the Hezbollah leader"). */
export const ROLE_NOUN = String.raw`(?:spokesman|spokesperson|spokeswoman|official|minister|leader|secretary-general|president|governor|chief|commander|secretary|envoy|ambassador|prosecutor|judge|mayor|director|chairman|lieutenant|sergeant|captain|detective|sheriff|constable|inspector|superintendent|commissioner|colonel|coach|attorney|lawyer|representative|delegate|negotiator|diplomat)`;
/** Nouns a body is named by ("the agency", "the force", "the charity"). */
export const BODY_NOUN = String.raw`(?:agency|company|firm|department|ministry|office|court|council|committee|commission|bank|group|organi[sz]ation|government|police|army|military|authority|board|bureau|service|force|charity|foundation|trust|club)`;
// "The charity disputed the claim and said …": a body named by its kind as the whole subject.
const BODY_SUBJECT = new RegExp(String.raw`^(the\s+${BODY_NOUN})(?=\s+\p{Ll})`, 'iu');
const ROLE_AFTER = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}${ROLE_NOUN}\s+${BETWEEN_SUBJECT_AND_CUE_SOURCE}$`,
  'iu',
);
// A document whose maker speaks through it, after "according to": "a statement from Smith", "a new
// poll by the Harvard Institute of Politics", "a complaint filed by the Justice Department", "an
// analysis by Lloyd's List". The nouns are the say-like nouns of the cue table
// (data/attribution-cues.json: statement, letter, memo, notice, poll, survey, study, assessment,
// findings) with the news and court documents that carry an author (report, release, filing,
// complaint, indictment, analysis, review, audit, investigation, transcript).
const DOCUMENT_BY =
  /^\s*(?:an?|the|his|her|its|their)\s+(?:[\p{L}-]+\s+)?(?:statement|report|post|letter|message|tweet|release|video|memo|notice|poll|survey|study|assessment|findings|filing|complaint|indictment|analysis|review|audit|investigation|transcript)\s+(?:(?:filed|issued|published|released|conducted|commissioned|compiled|posted|sent|signed)\s+)?(?:from|by|of)\s+(?:the\s+)?$/iu;
const STATEMENT_FROM =
  /^(?:.*[,;:]\s*)?(?:an?|the)\s+(?:\p{Ll}+\s+)?(?:statement|report|letter|release|post)\s+(?:from|by)\s+(?:the\s+)?$/iu;
// A lead that ends on a quote's closing mark or a comma: the verb after it is inverted ("“…,” said
// X"). Plain apostrophes close the quotes of British copy ('…,' said X) and, doubled, of archive
// text (''…,'' said X).
const QUOTE_OR_COMMA_BEFORE = /[,”"’']\s*$/;

// "…,” said a witness who runs a shop nearby.": a role phrase right after the verb.
const PHRASE_AFTER = new RegExp(
  String.raw`^\s+((?:the|a|an|one|another)\s+(?:[\p{L}.'’-]+\s+){0,2}?(?:${ROLE_NOUN}|officials?|witness(?:es)?|resident|source|doctor|police officer|spokesperson))\b`,
  'iu',
);
const ROLE_BEFORE_NAME = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}${ROLE_NOUN}\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$`,
  'iu',
);
const ROLE_SUBJECT = new RegExp(
  String.raw`^((?:the|a|an)\s+(?:[\p{L}'’.-]+\s+){0,5}?${ROLE_NOUN})\b`,
  'iu',
);
// A capitalised name of two to four words opening the sentence, then an apposition with a role
// ("chief executive of …", "a trustee of CIFF"), then the cue.
const INTRODUCED_NAME = new RegExp(
  String.raw`^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:${ROLE_NOUN}|executive|chair|chairwoman|chairperson|trustee|founder|head|manager|editor|fellow|professor|researcher|analyst|economist|member)\b[^,"“”]{0,100},\s*(?:(?:has|have|had|also|was|is|then|later)\s+){0,2}$`,
  'u',
);
const APPOSITION_TO_CUE =
  /^,[^,"“”]{1,160},\s*(?:(?:has|have|had|also|was|is|then|later)\s+){0,2}$/;

// "He, meanwhile, reminded …": a discourse aside in commas may follow the pronoun.
const PRONOUN_SUBJECT = new RegExp(
  String.raw`\b(it|they|he|she|we|I|you|who|which)(?:['’](?:s|re|m))?${ASIDE}\s+${BETWEEN_SUBJECT_AND_CUE}$`,
  'iu',
);
// Verbs a subject may follow in news copy ("…,” said the woman"); verbs of telling take their
// addressee there instead.
const INVERTING_CUE =
  /^(?:said|says|added|adds|continued|explained|noted|recalled|wrote|insisted|stressed|argued|argues|warned|warns|conceded|concedes|admitted|admits|claimed|claims|declared|remarked|observed|countered|replied|responded|asked|answered|cautioned|quipped|joked|acknowledged|maintained|suggested|predicted|reckoned|mused)$/;
// Where the subject ends: auxiliaries, adverbs, a medium or a day before the cue.
const SUBJECT_END = new RegExp(String.raw`\s+${BETWEEN_SUBJECT_AND_CUE}$`, 'u');
// Lower-case nouns after a name, up to the subject's end: "sources", "'s mother", "air force
// source". Adverbs, function words and verb forms ("Krewson called the reported chants") are no
// nouns.
const QUALIFIED_NOUN =
  /^(?:['’]s)?(?:\s+(?!(?:and|or|but|who|which|that|as|if|when|to|of|in|on|at|for|with|by|from|also|then|had|has|have|was|were|is|are|would|will|could|should|may|might|must|not|never|the|a|an|this|that|its|his|her|their|\p{Ll}+ly|\p{Ll}+ed|\p{Ll}+ing)\b)\p{Ll}[\p{Ll}-]*){1,3}$/u;

const BODY_OR_DOCUMENT =
  /\b(?:movement|group|militia|organi[sz]ation|company|firm|party|network|government|ministry|department|agency|army|force|forces|administration|coalition|alliance|faction|regime|bank|council|committee|court|office|service|statement|report|release|notice|notification|letter|post|announcement|website|account|channel|newspaper|bulletin|communiqu[eé])$/u;

/** Text between a subject and its cue with the auxiliaries, adverbs and time phrases taken off. */
function subjectOf(between: string): string {
  const end = SUBJECT_END.exec(between)?.index ?? between.length;
  return between.slice(0, end).trimEnd();
}

const RELATIVE_WINDOW_CHARS = 80;
// Between an owner and the say-like noun it owns: the possessive mark and up to
// two modifiers ("Trump's pro-Russian statements", "his remarks").
export const POSSESSIVE_BEFORE_NOUN = /^['’]s?\s+(?:\p{Ll}[\p{Ll}.-]*\s+){0,2}$/u;
// Cue words rated below a speech act are thoughts, intentions and say-like nouns.
const SPEECH_ACT_RATE = 0.5;
// ", police said", ", a U.S. official told", ",” a witness who runs a shop nearby said": after the
// last comma (or a closing quote), an optional determiner and up to three words ending in a noun
// that can speak, with an optional relative clause, also in commas (",” a senior government
// official, who declined to be named, told Reuters"), and "here" or "there" before the verb ("a US
// official here said"). A body named by its kind speaks too (", the army said late Saturday").
const TRAILING_PHRASE = new RegExp(
  String.raw`,[”"’]?\s*((?:(?:the|a|an|two|three|several|some|local|senior)\s+)?(?:(?!(?:and|but|or|so|yet|while|as|that|which|because|although)\s)[\p{L}][\p{L}.'’-]*\s+){0,3}(?:${ROLE_NOUN}|officials?|police|sources?|witness(?:es)?|residents?|authorities|spokespeople|militants?|prosecutors?|investigators?|analysts?|experts?|doctors?|medics?|journalists?|reporters?|statement|report|release|notice|notification|bulletin|${BODY_NOUN}))(?:\s+who\s+[^,"“”]{1,60}?|,\s*who\s+[^,"“”]{1,80},)?(?:\s+(?:here|there))?\s+${BETWEEN_SUBJECT_AND_CUE_SOURCE}$`,
  'iu',
);
// "…were shut down during the shootout, RPD said.": a short capitalised name or acronym after the
// last comma, no mention covering it, as the subject of a closing "said".
const TRAILING_NAME = new RegExp(
  String.raw`,[”"’]?\s*((?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})\s+${BETWEEN_SUBJECT_AND_CUE_SOURCE}$`,
  'u',
);
// ", the Chief Executive said": after the last comma, a definite or indefinite description of up
// to five words, then the verb.
const UNCLOSED_DESCRIPTION = new RegExp(
  String.raw`,\s*((?:the|a|an)\s+(?:[\p{L}][\p{L}.'’-]*\s+){0,3}[\p{L}][\p{L}.'’-]*)\s+${BETWEEN_SUBJECT_AND_CUE_SOURCE}$`,
  'u',
);
// What may follow that closing verb: a short time or place phrase.
const TRAILING_REST = /^(?:\s+(?:[\p{L}\d'’.-]+)){0,6}\s*[.!?]?["”’]?\s*$/u;
// Between a cue and the person who follows it: a title ("Acting Under Secretary of the Treasury
// for Terrorism and Financial Intelligence", "Special Agent in Charge") with no clause break in
// it, and at most three lower-case role words after a capitalised title word ("… of Democracies
// senior fellow"). Lower-case words straight after the cue are a clause, not a title: in "Police
// said they had arrested John Smith" the arrested man is not the speaker.
const TITLE_GAP =
  /^\s*(?:(?:acting|former|deputy|senior|interim|outgoing)\s+)?(?:(?:the|of|for|and|in|[\p{Lu}][\p{L}.'’-]*)\s+){0,14}(?:(?<=[\p{Lu}][\p{L}.'’-]*\s+)(?:(?!(?:that|which|who|when|while|because|after|before|as|on|at|to|with|he|she|it|they|we|i|you|had|has|have|was|were|is|are|would|will|could)\s)\p{Ll}[\p{Ll}-]*\s+){1,3})?$/u;

// A title written in lower case between the cue and the person ("said former U.S. ambassador to
// Lebanon Jeffrey Feltman", "said analyst Dr. Samuel Okoro", "said expert Col. James Whitfield", "said acting under secretary of the treasury for terrorism and
// financial intelligence Bradley Smith"): connectors, capitalised words and title words only, with
// one title word at least. "Police said they had arrested John Smith" has none, so stays a clause.
const LOWER_TITLE_WORD = String.raw`(?:acting|former|deputy|senior|interim|outgoing|retired|analyst|expert|economist|researcher|professor|strategist|scholar|consultant|under|assistant|associate|special|chief|executive|principal|vice|prime|foreign|interior|defen[cs]e|finance|state|treasury|general|secretary|secretary-general|undersecretary|minister|president|spokes(?:man|woman|person)|chair(?:man|woman|person)?|director|head|leader|ambassador|envoy|commander|governor|senator|adviser|advisor|attorney|official|officer|representative|coordinator|counsel|prosecutor|mayor|administrator|commissioner|affairs|security|intelligence|national|financial|terrorism|homeland|public|international|economic|trade|energy|health|justice)`;
const LOWER_TITLE_GAP = new RegExp(
  String.raw`^\s*(?=(?:\S+\s+)*${LOWER_TITLE_WORD}\s)(?:(?:the|of|for|and|in|to|on|at|[\p{Lu}][\p{L}.'’-]*|${LOWER_TITLE_WORD})\s+){1,16}$`,
  'u',
);

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
  const found = findSpeakerPhrase(text, sentence, cue, links, insideQuote);
  // "After saying he was nervous, the man …", "“Sin Miedo” (Without Fear), downplayed", "instead
  // of denying": a phrase of prepositions and conjunctions alone names nobody.
  return found?.mention === undefined && FUNCTION_WORDS_ONLY.test(found?.phrase ?? '')
    ? undefined
    : found;
}

const FUNCTION_WORDS_ONLY =
  /^(?:(?:after|before|without|instead|during|with|in|on|at|for|from|by|of|to|as|while|when|since|because|although|though|if|unlike|despite|amid|over|under|about|into|than)\s*)+$/iu;

function findSpeakerPhrase(
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
    // "according to the panel", "according to a statement from Smith": the source, or the one who
    // made the statement, report or post the phrase names.
    // After a document, a name in the possessive qualifies its maker ("an analysis by Lloyd's
    // List"): the phrase is then the source, as it was before documents were read.
    const first = after.find(
      ({ mention }) =>
        /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(cue.end, mention.start)) ||
        (DOCUMENT_BY.test(text.slice(cue.end, mention.start)) &&
          !/^['’]s\b/u.test(text.slice(mention.end))),
    );
    // "according to the 27-nation bloc": an unnamed body no mention covers.
    if (first === undefined) return nominalSourceAfter(text, cue.end, sentence.end);
    // "according to Kremlin spokesperson Dmitry Peskov": the person the role names.
    const named = holderAfter(text, first, inSentence);
    if (named !== undefined) return fromLink(named);
    // "according to Hamas health authorities": the name qualifies the body that speaks.
    const body = inSentence.find(
      ({ mention }) =>
        mention.type === 'group' &&
        mention.start > first.mention.end &&
        /^\s+$/.test(text.slice(first.mention.end, mention.start)),
    );
    if (body === undefined) return fromLink(first);
    const span = {
      start: first.mention.start,
      end: body.mention.end,
      text: text.slice(first.mention.start, body.mention.end),
    };
    return { span, phrase: span.text };
  }
  const lead = text.slice(sentence.start, cue.start);
  // "Politifact seized on Trump's claim that …", "in his remarks": a say-like noun's owner in the
  // possessive is its source, even as the object of a preposition.
  const owner = inSentence.findLast(
    ({ mention }) =>
      mention.end <= cue.start &&
      (mention.type === 'person' || mention.type === 'organization') &&
      POSSESSIVE_BEFORE_NOUN.test(text.slice(mention.end, cue.start)) &&
      mention.source !== 'pronoun',
  );
  if (owner !== undefined && cue.rate < SPEECH_ACT_RATE) return fromLink(owner);
  // "The U.S. says", "Doha condemned", "“…,” Moscow said": a country or capital speaks for its
  // government.
  const government = governmentSpeaker(text, sentence, cue, links, insideQuote);
  if (government !== undefined) return fromLink(government);
  const capital = capitalSpeaker(text, sentence, cue, links);
  if (capital !== undefined) return { span: capital, phrase: capital.text };
  // "Andrea Gacki, director of the Treasury's Office of Foreign Assets Control, said", also after
  // an opening phrase ("In an interview with TOLOnews, Zabihullah Mujahid, spokesman of …, has
  // declared"): the person before an apposition is the subject, not the office named inside it.
  const appositive = inSentence.find(
    ({ mention }) =>
      mention.type === 'person' &&
      // A capitalised word alone before the name is a given name the name finder left out
      // ("Chin Malin, spokesman for the Justice Ministry, said").
      /^\s*$|^\p{Lu}\p{Ll}+\s$|[”"’]\s*$|^[^,"“”]{1,160},\s*$/u.test(
        text.slice(sentence.start, mention.start),
      ) &&
      APPOSITION_TO_CUE.test(text.slice(mention.end, cue.start)),
  );
  if (appositive !== undefined) return fromLink(appositive);
  const closing = trailingAppositionSpeaker(text, sentence, cue, inSentence);
  if (closing !== undefined) return fromLink(closing);
  // "Dawn Austwick, chief executive of the Lark Trust, told": a name the name finder missed, in
  // the apposition shape of a person's introduction.
  const introduced = INTRODUCED_NAME.exec(lead);
  if (
    introduced?.[1] !== undefined &&
    !links.some(({ mention }) => mention.start === sentence.start && mention.type === 'person')
  ) {
    const phrase = introduced[1];
    return {
      span: { start: sentence.start, end: sentence.start + phrase.length, text: phrase },
      phrase,
    };
  }
  // "He dismissed the suggestion, asserting that …": a participle after a comma has the main
  // clause's subject.
  // "The Hezbollah leader called Israel “frail” and said …": a verb coordinated with the first
  // has the sentence's subject too.
  const coordinated = /\band\s+(?:also\s+|then\s+|later\s+)?$/i.test(lead);
  if ((/ing$/i.test(cue.text) && /,\s*$/.test(lead)) || coordinated) {
    const subject =
      mainSubject(text, sentence, inSentence, links, insideQuote) ??
      capitalisedSubject(text, sentence) ??
      openingNounSubject(sentence);
    if (subject !== undefined) return subject;
  }
  const quantified = quantifiedSubject(text, sentence, cue.start, links);
  if (quantified !== undefined) return quantified;
  const pronoun = PRONOUN_SUBJECT.exec(lead);
  if (pronoun !== null) {
    const found = fromPronoun(text, sentence, pronoun, links, insideQuote);
    if (found.mention === undefined && /^it$/i.test(found.phrase)) {
      const body = embeddedClaimBody(text, sentence, found.span, inSentence, links, insideQuote);
      if (body !== undefined) return { ...body, span: found.span };
    }
    return found;
  }
  const clause = maskParentheticals(lead);
  const before = inSentence
    .filter(
      ({ mention }) =>
        mention.end <= cue.start && clause[mention.start - sentence.start] !== '\u0000',
    )
    // A name that opens on a lower-case preposition ("of Iran" cut from "the Foreign Ministry of
    // Iran") is the tail of a longer phrase, never a subject by itself.
    .filter(({ mention }) => !/^(?:of|for|to|in|on|at|by|from|with)\s/u.test(mention.text))
    .filter(({ mention }) => {
      const before = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
      // "A statement from the Treasury Department said": the maker of the statement speaks.
      // "“…,” senior adviser to the president Anna Kelly said": a lower-case title after a quote
      // or a comma is the subject's, the name's preposition is inside it.
      return (
        !PREPOSITION_BEFORE.test(before) ||
        STATEMENT_FROM.test(before) ||
        titledAfterQuote(text.slice(sentence.start, mention.start))
      );
    })
    .filter(
      ({ mention }) =>
        !/[“"]\s*$/.test(text.slice(mention.end, cue.start)) || cue.start - mention.end < 4,
    )
    // "The Hezbollah leader confirmed": a name that qualifies a role noun is not the speaker; the
    // role is (attributeStatements resolves it to the person who holds it).
    .filter(({ mention }) => !ROLE_AFTER.test(text.slice(mention.end, cue.start)))
    // "Three Taliban sources said", "Summer Brown's mother said": a name before a common noun
    // qualifies the noun, which is the subject.
    .filter(({ mention }) => {
      const noun = subjectOf(text.slice(mention.end, cue.start));
      // "The Al-Qaeda-linked Al-Shabaab extremist movement claimed", "A Treasury Department
      // statement described": a noun for the body itself or its document keeps the name as the
      // speaker.
      return !QUALIFIED_NOUN.test(noun) || BODY_OR_DOCUMENT.test(noun);
    });
  const nearest = before.at(-1);
  // "…will be his deputy, said Mujahid": after a comma, a name right after the cue is its subject.
  const inverted = after[0];
  if (
    inverted !== undefined &&
    inverted.mention.type === 'person' &&
    // "Another witness, Omar Nur, said he was inside": a pronoun after the verb opens its clause.
    inverted.mention.source !== 'pronoun' &&
    /,\s*$/.test(text.slice(sentence.start, cue.start)) &&
    /^\s+$/.test(text.slice(cue.end, inverted.mention.start))
  )
    return fromLink(holderAfter(text, inverted, inSentence) ?? inverted);
  // "“…,” tweeted author Nanjala Nyabola": after a quote or a comma, a name behind a false title.
  const falseTitled = QUOTE_OR_COMMA_BEFORE.test(lead)
    ? falseTitleSpeaker(text, cue.end, inSentence)
    : undefined;
  if (falseTitled !== undefined) return fromLink(falseTitled);
  // "…came under attack in Tank district, police said", "…, a U.S. official told Fox News": a
  // short subject phrase after the last comma is the speaker, not a name earlier in the clause.
  const trailing =
    TRAILING_PHRASE.exec(lead) ??
    (TRAILING_REST.test(text.slice(cue.end, sentence.end)) ? TRAILING_NAME.exec(lead) : null);
  if (
    trailing !== null &&
    (nearest === undefined || nearest.mention.end <= sentence.start + trailing.index) &&
    !inSentence.some(
      ({ mention }) => mention.start >= sentence.start + trailing.index && mention.end <= cue.start,
    )
  ) {
    const phrase = trailing[1] ?? '';
    const start = sentence.start + trailing.index + trailing[0].indexOf(phrase);
    return { span: { start, end: start + phrase.length, text: phrase }, phrase };
  }
  // "Speaking at a gathering to unveil the works of former President, Burhanuddin Rabani, the
  // Chief Executive said": a description after the last comma that runs straight into the verb,
  // no comma closing it, is the subject; the name before that comma ends the opening phrase.
  const described = UNCLOSED_DESCRIPTION.exec(lead);
  if (
    described !== null &&
    (nearest === undefined || nearest.mention.end <= sentence.start + described.index) &&
    !inSentence.some(
      ({ mention }) =>
        mention.start >= sentence.start + described.index && mention.end <= cue.start,
    )
  ) {
    const phrase = described[1] ?? '';
    const start = sentence.start + described.index + described[0].indexOf(phrase);
    return { span: { start, end: start + phrase.length, text: phrase }, phrase };
  }
  if (nearest !== undefined && cue.start - nearest.mention.end <= 60) return fromLink(nearest);
  // "said Treasury Secretary Scott Bessent", "noted Secretary of the Treasury Scott Bessent": the
  // person after a run of title words, not the office named inside the title.
  const titled = inSentence.find(
    ({ mention }) =>
      mention.type === 'person' &&
      mention.start >= cue.end &&
      mention.start - cue.end <= 120 &&
      (TITLE_GAP.test(text.slice(cue.end, mention.start)) ||
        LOWER_TITLE_GAP.test(text.slice(cue.end, mention.start))) &&
      // "Slovak media have reported Heger could split": after a subject the name opens the
      // reported clause; only after a quote, a comma or at the start is the verb inverted.
      (QUOTE_OR_COMMA_BEFORE.test(lead) || /(?:^|:)\s*$/u.test(lead)) &&
      // "said he was frightened": a pronoun after the verb opens the reported clause.
      mention.source !== 'pronoun' &&
      !/^(?:him|her|them|us|me|he|she|they|it|we|i|you)$/i.test(mention.text),
  );
  if (titled !== undefined) return fromLink(holderAfter(text, titled, inSentence) ?? titled);
  // "…”, said the panel": the speaker follows the cue directly.
  const following = after[0];
  if (
    following !== undefined &&
    // "The U.S. says Al-Shabab generates …": without a comma or a quote before the verb, the
    // name after it opens the reported clause.
    QUOTE_OR_COMMA_BEFORE.test(lead) &&
    // "told him", "asked her": an object pronoun after the cue is the addressee; "said he was": a
    // subject pronoun opens the reported clause.
    !/^(?:him|her|them|us|me|he|she|they|it|we|i|you)$/i.test(following.mention.text) &&
    /^\s*(?:the\s+)?$/i.test(text.slice(cue.end, following.mention.start))
  )
    return fromLink(following);
  if (nearest !== undefined) return fromLink(nearest);
  const phraseAfter = QUOTE_OR_COMMA_BEFORE.test(lead)
    ? PHRASE_AFTER.exec(text.slice(cue.end, sentence.end))
    : null;
  if (phraseAfter !== null) {
    const phrase = phraseAfter[1] ?? '';
    const start = cue.end + phraseAfter[0].indexOf(phrase);
    return { span: { start, end: start + phrase.length, text: phrase }, phrase };
  }
  // "“…,” said the woman, who asked not to be named": an inverted subject after a verb that takes
  // no addressee ("told the Courier" names who heard it).
  const invertedPhrase =
    QUOTE_OR_COMMA_BEFORE.test(lead) && INVERTING_CUE.test(cue.text)
      ? nominalSourceAfter(text, cue.end, sentence.end)
      : undefined;
  if (invertedPhrase !== undefined) return invertedPhrase;
  // "The 43-year-old added": an age for a person (resolved like "he" to the last speaker).
  const age = new RegExp(
    String.raw`^(the\s+\d+-year-old)\s+${BETWEEN_SUBJECT_AND_CUE}$`,
    'iu',
  ).exec(lead);
  if (age?.[1] !== undefined) {
    const end = sentence.start + age[1].length;
    return { span: { start: sentence.start, end, text: age[1] }, phrase: age[1] };
  }
  return fromPhrase(sentence, clause, links, insideQuote);
}

/**
 * "The US Treasury sanctioned five entities it says are fronts for Hezbollah": the body an embedded
 * "it says" refers back to, the sentence's subject or else the last organisation named before it
 * in the sentence (not the object of a preposition).
 */
function embeddedClaimBody(
  text: string,
  sentence: Sentence,
  it: TextSpan,
  inSentence: Links,
  links: Links,
  insideQuote: (start: number, end: number) => boolean,
): Speaker | undefined {
  if (!isEmbeddedClaim(text, it.end)) return undefined;
  const subject = mainSubject(text, sentence, inSentence, links, insideQuote);
  if (subject?.mention?.type === 'organization' && subject.span.end <= it.start) return subject;
  const body = inSentence.findLast(
    ({ mention }) =>
      mention.type === 'organization' &&
      mention.end <= it.start &&
      !PREPOSITION_BEFORE.test(
        text.slice(Math.max(sentence.start, mention.start - 40), mention.start),
      ),
  );
  return body === undefined ? undefined : fromLink(body);
}

// Between a name and the person its role names: "Kremlin spokesman", "Hezbollah's leader,".
// "Santos’ interim coach": a possessive after a name ending in "s" may be the mark alone.
// A possessive alone is the employer or the side of the person after it ("according to Al
// Jazeera’s Hashem Ahelbarra", "said Florida’s Rick Wilson"): the person speaks.
const ROLE_BETWEEN = new RegExp(
  String.raw`^(?:(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2}${ROLE_NOUN},?\s+|['’]s?\s+)$`,
  'iu',
);

/** "Kremlin spokesman Dmitry Peskov": the person right after a name and a role noun, if any. */
function holderAfter(
  text: string,
  link: Links[number],
  inSentence: Links,
): Links[number] | undefined {
  return inSentence.find(
    ({ mention }) =>
      mention.type === 'person' &&
      mention.source !== 'pronoun' &&
      mention.start > link.mention.end &&
      ROLE_BETWEEN.test(text.slice(link.mention.end, mention.start)),
  );
}

/**
 * The subject of a sentence's main clause: a pronoun or a name that opens it, after an opening
 * phrase up to its comma if there is one.
 */
function mainSubject(
  text: string,
  sentence: Sentence,
  inSentence: Links,
  links: Links,
  insideQuote: (start: number, end: number) => boolean,
): Speaker | undefined {
  const opening = /^(?:[^,"“”]{1,120},\s*)?/.exec(sentence.text)?.[0] ?? '';
  for (const offset of opening === '' ? [0] : [0, opening.length]) {
    const at = sentence.start + offset;
    const pronoun = /^(he|she|they|it)\b/i.exec(text.slice(at, sentence.end));
    if (pronoun !== null) return fromPronounAt(text, pronoun[0], at, links, insideQuote);
    // "The Treasury Department has sanctioned …, citing …": an article may open the subject.
    // "The Hezbollah leader called …": a role description that is the whole subject speaks, not
    // the name qualifying it (the role is resolved to its holder later).
    const wholeRole = ROLE_SUBJECT.exec(text.slice(at, sentence.end))?.[1];
    if (wholeRole !== undefined && /^\s+\p{Ll}/u.test(text.slice(at + wholeRole.length)))
      return {
        span: { start: at, end: at + wholeRole.length, text: wholeRole },
        phrase: wholeRole,
      };
    const lead = /^the\s+/i.exec(text.slice(at, sentence.end))?.[0].length ?? 0;
    const named = inSentence.find(
      ({ mention }) =>
        (mention.start === at || mention.start === at + lead) &&
        (mention.type === 'person' || mention.type === 'organization'),
    );
    if (named !== undefined) {
      // "Taliban spokesperson Zabihullah Mujahid has condemned …": the person the role names.
      const holder = inSentence.find(
        ({ mention }) =>
          mention.type === 'person' &&
          mention.start > named.mention.end &&
          ROLE_BEFORE_NAME.test(text.slice(named.mention.end, mention.start)),
      );
      return fromLink(holder ?? named);
    }
    // "…, a Department of Justice official gave a diagnosis, saying …": a role phrase subject.
    const role =
      ROLE_SUBJECT.exec(text.slice(at, sentence.end))?.[1] ??
      BODY_SUBJECT.exec(text.slice(at, sentence.end))?.[1];
    if (role !== undefined)
      return { span: { start: at, end: at + role.length, text: role }, phrase: role };
    // "Rwandan officials, however, rejected Tshisekedi's call, accusing …": a plural group of
    // people opening the sentence is the subject, not a name in the possessive later on.
    const group = GROUP_SUBJECT.exec(text.slice(at, sentence.end))?.[1];
    if (group !== undefined)
      return { span: { start: at, end: at + group.length, text: group }, phrase: group };
    // "Iran has reacted sharply to sanctions against Ali Khamenei, saying …": a country opening
    // the clause before its finite verb speaks for its government, not a person named later;
    // "Russia's foreign ministry hit back, saying …": so does its office or body.
    const country = links.find(
      ({ mention }) =>
        mention.type === 'place' &&
        mention.start === at + lead &&
        !insideQuote(mention.start, mention.end),
    );
    if (country !== undefined) {
      const rest = text.slice(country.mention.end, sentence.end);
      if (VERB_AFTER_PLACE.test(rest)) return fromLink(country);
      const office = PLACE_OFFICE.exec(rest)?.[0];
      if (office !== undefined && VERB_AFTER_PLACE.test(rest.slice(office.length))) {
        const end = country.mention.end + office.length;
        const span = { start: at, end, text: text.slice(at, end) };
        return { span, phrase: span.text };
      }
    }
  }
  return undefined;
}

// "The New York businessman has praised Putin, saying …", "The billionaire businessman began by
// talking about …, saying": a noun phrase with its article opening the sentence, then its finite
// verb in the past (auxiliaries and adverbs between), is the main clause's subject, whatever the
// head noun; a name in the object ("Putin") never is.
const OPENING_NOUN_SUBJECT =
  /^((?:[Tt]he|[Aa]n?)\s+(?:[\p{L}'’.-]+\s+){0,4}?\p{Ll}[\p{Ll}-]+)(?=\s+(?:(?:has|have|had|also|then|later|again|\p{Ll}+ly)\s+)*(?:\p{Ll}+ed|sought|took|made|gave|sent|held|put|set|kept|stood|drew|brought|came|went|began|threw|spoke|told|said|wrote|won|lost|met|left|led|ran|saw|got|fought|broke|chose|struck|hit)\b)/u;

function openingNounSubject(sentence: Sentence): Speaker | undefined {
  const phrase = OPENING_NOUN_SUBJECT.exec(sentence.text)?.[1];
  if (phrase === undefined) return undefined;
  return {
    span: { start: sentence.start, end: sentence.start + phrase.length, text: phrase },
    phrase,
  };
}

// "'s foreign ministry", "'s ambassador to the UN" is not: a possessive place's office or body.
const PLACE_OFFICE = new RegExp(
  String.raw`^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:${BODY_NOUN}|${ROLE_NOUN})\b`,
  'u',
);
// An active finite verb after a place: auxiliaries of the perfect or future and adverbs, then a
// past form ("has reacted", "hit back", "also rejected"). A noun after the place ("Iran talks")
// and the passive ("was hit by") are not.
const VERB_AFTER_PLACE =
  /^\s+(?:(?:has|have|had|will|would|also|again|then|\p{Ll}+ly)\s+)*(?:\p{Ll}+ed|hit|struck|took|made|gave|sent|held|put|set|shot|fought|stood|drew|brought|came|went|threw|kept|spoke|told|said|broke|chose|sought)\b/u;

// A plural group of people as a whole subject: "Rwandan officials", "US intelligence officials",
// "the authorities", "Western diplomats", followed by a comma or a lower-case verb.
const GROUP_SUBJECT =
  /^((?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:\p{Ll}[\p{Ll}-]*\s+)?(?:officials|authorities|diplomats|sources|leaders|ministers|lawmakers|legislators|officers|analysts|experts|critics|residents|witnesses|protesters|activists|prosecutors|investigators|negotiators|campaigners|militants|rebels))(?=\s*,|\s+\p{Ll})/u;

/** True when a lead ends in a quote or a comma and a run of lower-case title words. */
function titledAfterQuote(lead: string): boolean {
  const opening = /^(?:.*[,”"’])?(\s*[^,”"’]*)$/su.exec(lead)?.[1] ?? '';
  return (
    /[,”"’]\s*$/u.test(lead.slice(0, lead.length - opening.length)) && LOWER_TITLE_GAP.test(opening)
  );
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
  return fromPronounAt(text, word, start, links, insideQuote);
}

/** The pronoun `word` at `start` as a source, with the name it refers to when one is known. */
function fromPronounAt(
  text: string,
  word: string,
  start: number,
  links: Links,
  insideQuote: (start: number, end: number) => boolean,
): Speaker {
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

function fromPhrase(
  sentence: Sentence,
  clause: string,
  links: Links,
  insideQuote: (start: number, end: number) => boolean,
): Speaker | undefined {
  // "A senior Houthi official said", "An eyewitness who spoke to KTXL said": the subject is the
  // noun phrase before the auxiliaries and adverbs, with a masked relative clause left out.
  let end = SUBJECT_END.exec(clause)?.index ?? clause.length;
  while (end > 0 && (clause[end - 1] === '\u0000' || /\s/.test(clause[end - 1] ?? ''))) end--;
  const lead = clause.slice(0, end);
  const found = nominalSubject(lead);
  if (found === undefined) return undefined;
  const start = sentence.start + found.index;
  const span = { start, end: start + found.phrase.length, text: found.phrase };
  // "His open judgment said": a person's own document speaks for the person the possessive
  // refers to (a person's lawyer or spokesman is someone else, and stays a phrase).
  if (OWN_DOCUMENT.test(found.phrase)) {
    // The possessive is resolved as a pronoun is: the person last named before it.
    const owner = links.findLast(
      ({ mention }) =>
        mention.type === 'person' &&
        mention.end <= start &&
        start - mention.end <= OWNER_WINDOW_CHARS &&
        !insideQuote(mention.start, mention.end),
    );
    if (owner !== undefined) return { ...fromLink(owner), span, phrase: found.phrase };
  }
  return { span, phrase: found.phrase };
}

const OWNER_WINDOW_CHARS = 300;
const OWN_DOCUMENT =
  /^(?:his|her)\s+(?:[\p{Ll}-]+\s+){0,2}(?:judgment|judgement|ruling|statement|letter|report|post|tweet|message|book|memoir|affidavit|testimony|filing|speech|remarks|account|email|note|decision|order|verdict|comments|submission|complaint|lawsuit|blog|column|article)$/iu;

/**
 * Blanks relative clauses, appositions and participle asides ("Dame Sara, who advises Michael
 * Gove, said", "The official, speaking to reporters on condition of anonymity, added", "Trump,
 * during Netanyahu's visit, said"). "including"/"excluding" open no aside: the names they list are
 * part of the subject ("Other unions, including the AFL-CIO, have endorsed").
 */
function maskParentheticals(clause: string): string {
  return clause.replace(
    /(,\s*(?:who|which|whose|a|an|the|now|then|(?!(?:including|excluding)\b)\p{Ll}+ing)\b[^,]*,|\s[–—]\s[^–—]*\s[–—]\s|\([^)]*\)|(?<=\p{L})\s+who\s+[^,"“”]{1,80}$)/giu,
    (part) => '\u0000'.repeat(part.length),
  );
}

/** The unnamed source right after a cue, from `from` up to `to` ("the woman", "the 27-nation bloc"). */
function nominalSourceAfter(text: string, from: number, to: number): Speaker | undefined {
  const found = nominalAfter(text.slice(from, to));
  if (found === undefined) return undefined;
  const start = from + found.index;
  const span = { start, end: start + found.phrase.length, text: found.phrase };
  return { span, phrase: found.phrase };
}
