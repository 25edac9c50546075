import type {
  ArticleEntity,
  Segmentation,
  Sentence,
  Statement,
  TextSpan,
} from '../article-types.ts';
import type { GroupedMentions } from '../mentions/group-entities.ts';
import { agencyName, isAgencyReportsVerb } from './agency-reports-verb.ts';
import { cueRate, findCueWords, isStance, type CueWord } from './attribution-cues.ts';
import { completeSpeakerNames } from './complete-speaker-names.ts';
import { findSpeaker, POSSESSIVE_BEFORE_NOUN, type Cue } from './find-speaker.ts';
import { documentReadStatement, resolveDocumentSpeakers } from './document-read.ts';
import { findSpeakerLabel } from './find-speaker-label.ts';
import { inheritQuoteSpeakers, refreshInheritedSpeakers } from './inherit-quote-speakers.ts';
import { nominalSubject } from './nominal-source.ts';
import { opensMainClause } from './opening-according-to.ts';
import { openingParticipleEnd } from './opening-participle.ts';
import { titleFreeSpeakers } from './title-free-speakers.ts';
import { wireDatelineLength } from './wire-dateline-length.ts';
import { resolveCorrespondents } from './resolve-correspondents.ts';
import { resolveNominalSpeakers } from './resolve-nominal-speakers.ts';
import { resolveExpertSpeakers } from './resolve-expert-speakers.ts';
import { resolveBlocSpeakers } from './resolve-bloc-speakers.ts';
import { isReducedRelativeCue } from './reduced-relative-cue.ts';
import { nestedReportEnd } from './nested-report.ts';
import {
  resolveBodySpeakers,
  resolveItSpeakers,
  resolvePersonPronouns,
  resolveRoleSpeakers,
} from './resolve-speaker-references.ts';

// "Zarif was quoted", "officials were widely quoted": a passive auxiliary right before the verb.
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;

// Fixed phrases whose source follows them, or that the word lexicon cannot see as one cue. A
// passive "was made by" counts only after a noun of saying ("Confirmation of the ban was made by
// the Department for Transport").
const PHRASE_CUE =
  /\b([Aa]ccording to|(?:criticized|criticised|condemned|praised|accused|disputed|questioned|denounced|announced|reported|described|endorsed|attacked) by|point(?:s|ed|ing)? (?:to|out)|let(?:s|ting)? slip|sign(?:s|ed|ing)? off|hit(?:s|ting)? out|summ(?:ed|ing) up|sums up|went on to say|called (?:for|on)|(?:quoted|quotes|quoting|cited|cites)\b.{0,80}?\bas saying|[Ii]n an? (?:statement|interview|report|letter|op-ed|tweet|post|memo|email)|(?:made|issued|gave|delivered) (?:the|a|an|this|that|these) (?:\p{Ll}+ )?(?:statement|remarks|comments|announcement|speech)|(?:was|were|has been|had been) (?:made|issued|given|released|delivered) by)/gu;
const SAYING_NOUN_BEFORE =
  /\b(?:confirmation|announcement|statement|comments?|remarks|denial|admission)\b[^.;:"“”]{0,60}?$/iu;
// The cue table (data/attribution-cues.json, compiled by hand) rates speech verbs high and
// thoughts, intentions and say-like nouns low: a report of who said what should not take the
// writer's "We need to remember" for a source. So a cue below the strong rate (a thought: "believes",
// "knows") counts only with a source, and below the weak rate (an intention or a noun: "wants",
// "allegations") only with a named source right before it ("Trump wants", not "Trump's rally drew
// crowds and allegations"). A passive cue ("is known as") needs the passive rate. The three rates
// fall between the table's category rates (0.9/0.7, 0.5, 0.35); the category rates were chosen on
// PolNeAR dev aggregate F1 and the example article's gold sentence kinds.
const STRONG_CUE_RATE = 0.6;
const WEAK_CUE_RATE = 0.4;
const PASSIVE_CUE_RATE = 0.75;
const PHRASE_CUE_RATE = 0.7;
// Between a subject and its cue: auxiliaries and adverbs; a form of to be before a stance
// adjective ("Republicans weren't too concerned").
const SUBJECT_GAP =
  /^(?:'s|’s)?\s*(?:(?:also|has|have|had|would|will|did|does|do|then|later|once|again|never|not|\p{Ll}+ly)\s+){0,3}$/u;
const STANCE_GAP =
  /^(?:['’](?:s|re|m))?\s*(?:(?:is|are|was|were|be|been|am|(?:is|are|was|were)n['’]t|also|has|have|had|would|will|still|not|never|too|so|very|quite|\p{Ll}+ly)\s+){1,4}$/u;

// "that" opening a clause with its own subject ("hopes that states will"), not a relative clause
// whose verb follows at once ("the plan that was shelved").
const CLAUSE_AFTER =
  /^\s+that\s+(?!(?:was|were|is|are|has|have|had|will|would|could|can|may|might|should|must|did|does|do)\b)/u;

// A conjunction that opens an adverbial clause after the main clause's verb.
const SUBORDINATE_OPENER =
  /\s(?:after|before|when|since|because|until|while|although|though|whereas)\s/i;

// "to announce", "to say": a cue word in the infinitive.
const INFINITIVE_BEFORE = /\bto\s+$/i;

// An opening prepositional or participial phrase, or a subordinate clause, up to its comma ("In
// the statement announcing the sanctions,", "Speaking on Friday,", "As previously reported,", "But
// while trusts proved more resilient than predicted,"): a cue inside it is not the main clause's.
const LEADING_ADVERBIAL =
  /^(?:(?:and|but|so|yet)\s+)?(?:in|at|on|after|before|during|with|following|under|since|upon|despite|amid|from|for|asked|as|while|whilst|although|though|whereas|when|if|because|once|unless|\p{L}+ing)\b[^,;:"“”]{0,160},/iu;
// ", Russian Foreign Ministry spokeswoman Maria Zakharova said on Saturday.": a subject of a few
// words after the last comma, and at most a short time or place phrase after the verb. The subject
// may carry a relative clause in commas (", the senior official, who spoke on condition of
// anonymity, told AFP."), and a participle clause may close the sentence (", a senior government
// official told Reuters Wednesday, highlighting the increased tensions …").
const TRAILING_SUBJECT =
  /,\s*(?:(?:[\p{L}'’.-]+\s+){1,8}|[”"’]?\s*(?:[\p{L}'’.-]+\s+){0,7}[\p{L}'’.-]+,\s*who\s+[^,"“”]{1,80},\s*)$/u;
const TRAILING_REST =
  /^(?:\s+(?:[\p{L}\d'’.-]+)){0,6}\s*(?:,\s*\p{Ll}+ing\s[^"“”]{1,160})?[.!?]?["”’]?\s*$/u;
// A modal right before the verb ("he would ask", "they will declare"): a verb of the content.
const MODAL_BEFORE = /\b(?:would|will|could|can|may|might|should|must|shall)\s+(?:\p{Ll}+ly\s+)?$/u;

// What can follow "according to" as its source: an article or determiner, or a capitalised name.
const SOURCE_AFTER =
  /^\s*(?:the|a|an|his|her|their|its|one|two|three|several|some|many|local|senior|[\p{Lu}])/u;

// What "according to" means as "in keeping with", not as a source: a plan, a rule or an accord the
// action follows ("the coalition's mission ends according to a set schedule", "according to the
// law", "according to plan"), the noun ending its phrase ("according to law enforcement" is a
// source). Its sentence is sourced by its own speech verb, if any.
const CONFORMITY_AFTER =
  /^\s*(?:(?:the|a|an|its|their|his|her|our|this|that)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:schedule|timetable|plan|plans|law|laws|rule|rules|regulations?|procedures?|protocols?|traditions?|customs?|principles|guidelines|instructions|constitution|standards?|criteria|terms|agreement|accord)(?=\s*(?:[,.;:!?)"”]|$)|\s+(?:of|for|and|in|on|by|to|that|which|with|at|from|between|is|was|are|were|will|would|has|have|had)\b)/u;

// Vague sources: the statement has a source, but not one a reader can check.
const VAGUE_SOURCE =
  /\b(media reports?|reports|sources|unidentified|unnamed|anonymous|some|many|observers|critics|experts say|people familiar)\b/i;
// An impersonal passive ("it is believed", "it was announced today", "it has been confirmed")
// names no speaker: a name nearby is what the statement is about.
const IMPERSONAL =
  /\b(it (?:is|was|has been|had been) (?:widely |also |now )?(?:believed|said|thought|understood|reported|alleged|claimed|feared|expected|announced|confirmed|revealed|disclosed|learned|learnt|stated|declared)|reportedly|allegedly|is (?:believed|said|thought|rumou?red) to|are (?:believed|said|thought) to|rumou?rs?)\b/i;
const MEDIUM =
  /\b(?:speaking (?:on|to|at|with)|in an interview with|writing in|told)\s+((?:the\s+)?[\p{Lu}][^,.;]{0,80}?)(?=[,.;]|\s+(?:that|on|in|about|a|an|the)\b|$)/iu;

/**
 * Sorts every sentence into quote, reported, unattributed or weakly-sourced, resolving the speaker
 * of each cue to an entity (the subject before the cue, or the source after "according to" and
 * after a closing quote), with the medium where the text gives one.
 */
export function attributeStatements(
  text: string,
  segmentation: Segmentation,
  grouped: GroupedMentions,
): Statement[] {
  const entities = new Map(grouped.entities.map((e) => [e.id, e]));
  const datelines = segmentation.sentences.map((sentence) =>
    datelineEnd(text, sentence, segmentation, grouped),
  );
  const statements = segmentation.sentences.map((sentence, i) =>
    attributeSentence(text, sentence, segmentation, grouped, entities, datelines[i] ?? 0),
  );
  resolveItSpeakers(text, statements, entities, segmentation.quotes);
  resolveDocumentSpeakers(statements);
  // Roles and bodies first, so that a quote's other sentences inherit the resolved name.
  resolveRoleSpeakers(text, statements, grouped.links, entities);
  resolveExpertSpeakers(text, statements, grouped.links, entities);
  resolveCorrespondents(text, statements, entities);
  resolveBodySpeakers(statements, grouped.links, entities);
  resolveBlocSpeakers(statements, grouped.links, entities);
  resolveNominalSpeakers(text, statements, grouped.links, entities);
  const origins = inheritQuoteSpeakers(statements, segmentation);
  resolvePersonPronouns(text, statements, entities);
  refreshInheritedSpeakers(origins);
  completeSpeakerNames(text, statements, entities);
  titleFreeSpeakers(text, statements, entities);
  // The dateline is where the story was filed, not what anybody said: the statement starts after
  // it ("Dec. 28 (UPI) -- Ukrainian President …" reads "Ukrainian President …").
  return statements.map((s, i) => {
    const from = datelines[i] ?? s.start;
    // A transcript label ("PENCE: …") names the speaker: it stays.
    const label = s.source !== null && s.source.start < from;
    return from > s.start && !label ? { ...s, start: from, text: text.slice(from, s.end) } : s;
  });
}

/** A sentence as the writer's own statement: no cue, no source, no speaker. */
export function unattributedStatement(sentence: {
  start: number;
  end: number;
  text: string;
}): Statement {
  return {
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    kind: 'unattributed',
    speaker: null,
    speakerName: null,
    medium: null,
    cue: null,
    source: null,
  };
}

function attributeSentence(
  text: string,
  whole: Sentence,
  segmentation: Segmentation,
  grouped: GroupedMentions,
  entities: ReadonlyMap<string, ArticleEntity>,
  dateline: number,
  hedgeRead = false,
): Statement {
  const base = unattributedStatement(whole);
  const quotes = segmentation.quotes.filter((q) => q.start < whole.end && q.end > whole.start);
  const insideQuote = (from: number, to: number): boolean =>
    segmentation.quotes.some((q) => from >= q.start && to <= q.end);
  const quoted = quotes.some((q) => q.text.split(/\s+/).length >= 4);
  const unquoted = maskQuotes(whole.text, whole.start, quotes);
  const impersonal = IMPERSONAL.exec(unquoted);
  // "…against a citizen who allegedly provided support": a hedge inside a relative clause hedges
  // that clause, not the sentence's own statement.
  // So does one inside a noun phrase, after its determiner ("over its allegedly lackluster
  // efforts"): it hedges the adjective, not the sentence.
  const hedgesClause =
    impersonal !== null &&
    /^(?:reportedly|allegedly)$/i.test(impersonal[0]) &&
    /\b(?:(?:who|which|that)\s+(?:\p{L}+\s+)?|(?:its|the|a|an|his|her|their|our|these|those|this)\s+)$/iu.test(
      unquoted.slice(0, impersonal.index),
    );
  if (impersonal !== null && !hedgesClause && !hedgeRead) {
    const hedged: Statement = { ...base, kind: 'weakly-sourced', cue: impersonal[0] };
    if (!/^(?:reportedly|allegedly)$/i.test(impersonal[0])) return hedged;
    // "Mousavi also reportedly accused the US …": a hedged verb of saying still has its subject
    // as the source; the statement stays weakly sourced.
    const read = attributeSentence(text, whole, segmentation, grouped, entities, dateline, true);
    const hedgeAt = whole.start + impersonal.index;
    const subjectOfHedge =
      read.speakerName !== null &&
      read.source !== null &&
      read.source.end <= hedgeAt &&
      /^\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(read.source.end, hedgeAt));
    return subjectOfHedge ? { ...read, kind: 'weakly-sourced' } : hedged;
  }
  const label = findSpeakerLabel(whole);
  const holder =
    label === undefined ? undefined : labelHolder(label.source.text, grouped, entities);
  // A dateline ("KABUL: Unconfirmed reports …") has the layout of a transcript label: a label
  // speaks only when it names a person of the article.
  if (label !== undefined && (label.cue !== ':' || holder?.type === 'person')) {
    return {
      ...base,
      kind: 'quote',
      cue: label.cue,
      speaker: holder?.id ?? null,
      speakerName: holder?.name ?? label.source.text,
      source: label.source,
    };
  }
  // After the label, the dateline is set aside: its place ("LOUISVILLE, Ky. (WDRB) --") is never
  // the subject of the sentence's verb.
  const sentence =
    dateline > whole.start
      ? { ...whole, start: dateline, text: text.slice(dateline, whole.end) }
      : whole;
  // Tokens of this sentence can only fall inside the quotes that overlap it. A dateline's colon
  // ("KABUL: …", "Margao (Goa) [India]: …") is no cue either: it is set aside with the quotes.
  // A word that a name or group noun phrase ends on, after its first word, is a noun of the phrase
  // ("Unconfirmed reports"); a verb the phrase starts with stays a cue ("denies reports").
  const names = grouped.links.filter(
    ({ mention }) =>
      mention.source !== 'pronoun' && mention.start < sentence.end && mention.end > sentence.start,
  );
  const insideOwnQuote = (from: number, to: number): boolean =>
    to <= dateline ||
    quotes.some((q) => from >= q.start && to <= q.end) ||
    names.some(
      ({ mention }) =>
        from > mention.start && to <= mention.end && !isAgencyReportsVerb(text, from, to),
    );
  const read = documentReadStatement(
    text,
    sentence,
    base,
    quoted,
    grouped.links,
    entities,
    insideOwnQuote,
  );
  if (read !== undefined) return read;
  let cue = findCue(text, sentence, insideOwnQuote);
  if (cue === null) return base;
  let speaker = findSpeaker(text, sentence, cue, grouped.links, insideQuote);
  // "according to shari'a principles": a phrase cue with no source after it is no attribution;
  // the sentence's speech verb ("has declared") is.
  const conformity =
    cue.after &&
    cue.text === 'according to' &&
    CONFORMITY_AFTER.test(text.slice(cue.end, sentence.end));
  if (conformity) speaker = undefined;
  if (
    cue.after &&
    speaker === undefined &&
    (conformity || !SOURCE_AFTER.test(text.slice(cue.end, sentence.end)))
  ) {
    const verb = findCue(text, sentence, insideOwnQuote, true);
    const apart = verb !== null && (verb.start >= cue.end || verb.end <= cue.start);
    if (verb !== null && apart && verb.rate >= STRONG_CUE_RATE) {
      cue = verb;
      speaker = findSpeaker(text, sentence, cue, grouped.links, insideQuote);
    }
  }
  // "Abdulhaq Wasiq … said Friday's strikes …, according to Tolo News": a person's own speech verb
  // before "according to" makes the person the speaker and the source after it the medium.
  let reportedBy: string | null = null;
  // "…, the spokesman noted, Press TV reported.", "Beijing said …, AFP reports.": the outlet
  // passed on what the inner clause's subject said.
  const innerEnd =
    speaker === undefined ? undefined : nestedReportEnd(text, sentence, cue, speaker.span.start);
  if (innerEnd !== undefined && speaker !== undefined) {
    const inner = { ...sentence, end: innerEnd, text: text.slice(sentence.start, innerEnd) };
    const innerCue = findCue(text, inner, insideOwnQuote);
    const innerSpeaker =
      innerCue === null
        ? undefined
        : findSpeaker(text, inner, innerCue, grouped.links, insideQuote);
    if (innerCue !== null && innerSpeaker !== undefined && innerCue.rate >= STRONG_CUE_RATE) {
      reportedBy = speaker.phrase;
      cue = innerCue;
      speaker = innerSpeaker;
    }
  }
  if (cue.after && cue.text === 'according to') {
    const verb = findCue(text, sentence, insideOwnQuote, true);
    // "According to Sky News, he also said …": an opening "according to" names the medium of the
    // main clause's speech verb, whose subject (a pronoun too) is the speaker.
    const opening = verb !== null && opensMainClause(text, sentence, cue, verb);
    if (verb !== null && (verb.end <= cue.start || opening) && verb.rate >= STRONG_CUE_RATE) {
      const subject = findSpeaker(text, sentence, verb, grouped.links, insideQuote);
      // A person, or any subject of "said"/"told" ("The government said …, according to the
      // state-run Sonna news agency").
      const person = subject?.mention?.type === 'person' && subject.mention.source !== 'pronoun';
      const saidBy =
        subject !== undefined &&
        /^(?:said|says|told)$/.test(verb.text) &&
        !/^(?:he|she|it|they|who|which)$/i.test(subject.phrase);
      if (subject !== undefined && (person || saidBy || opening)) {
        reportedBy =
          speaker?.phrase ??
          /^\s*([^,.;:]{1,80}?)\s*[,.;:]?\s*$/u.exec(text.slice(cue.end, sentence.end))?.[1] ??
          null;
        cue = verb;
        speaker = subject;
      }
    }
  }
  const medium = reportedBy ?? cue.quotedBy ?? MEDIUM.exec(unquoted)?.[1]?.trim() ?? null;
  const result: Statement = {
    ...base,
    cue: cue.text,
    medium: medium !== null && medium !== speaker?.phrase ? medium : null,
  };
  const kindFor = (phrase: string, group = false): Statement['kind'] =>
    group || VAGUE_SOURCE.test(phrase) ? 'weakly-sourced' : quoted ? 'quote' : 'reported';
  if (cue.quotedSource !== undefined) {
    const start = text.indexOf(cue.quotedSource, cue.start);
    const source = { start, end: start + cue.quotedSource.length, text: cue.quotedSource };
    // "quoted Foreign Minister Mohammad Javad Zarif as saying", "quoted him as saying": the person
    // the phrase names (a pronoun the grouping resolved too), without the title.
    const named = grouped.links.find(
      ({ mention }) =>
        mention.start >= source.start &&
        mention.end <= source.end &&
        (mention.type === 'person' || mention.type === 'organization'),
    );
    const entity = named === undefined ? undefined : entities.get(named.entityId);
    if (entity !== undefined && entity.type !== 'place')
      return {
        ...result,
        kind: kindFor(cue.quotedSource),
        speaker: entity.id,
        speakerName: entity.name,
        source,
      };
    return { ...result, kind: kindFor(cue.quotedSource), speakerName: cue.quotedSource, source };
  }
  if (speaker === undefined) {
    // "… held in June according to the constitution": no source, and no speech verb to give one.
    if (conformity && cue.after && !quoted) return base;
    // "criticized by some radical Muslim groups": a source phrase that is no known mention.
    const following = cue.after
      ? /^(\s*)((?:[\p{L}-]+\s?){1,6}?)(?=\s*(?:[,.;:]|\bfor\b|\bthat\b|\bas\b|$))/u.exec(
          text.slice(cue.end, sentence.end),
        )
      : null;
    const phrase = following?.[2]?.trim() ?? '';
    if (following !== null && phrase !== '') {
      const start = cue.end + (following[1] ?? '').length;
      const source = { start, end: start + phrase.length, text: phrase };
      return { ...result, kind: kindFor(phrase), speakerName: phrase, source };
    }
    if (!quoted && cue.rate < (cue.passive ? PASSIVE_CUE_RATE : STRONG_CUE_RATE)) return base;
    return { ...result, kind: quoted ? 'quote' : 'reported' };
  }
  const named = speaker.mention !== undefined || /^(?:he|she|they|it|who)$/i.test(speaker.phrase);
  // A subject phrase right before a weak cue is a source ("Most voters believe"); the writer's
  // own "I think", "we know" is not.
  const writer = /^(?:i|we|you)\b/i.test(speaker.phrase);
  // "the man suspected of killing": a participle before "of" describes the noun; nobody speaks.
  const reducedRelative =
    !cue.passive &&
    /ed$/i.test(text.slice(cue.start, cue.end)) &&
    /^\s+of\b/i.test(text.slice(cue.end));
  // Adjacent means right before the cue: a name after it ("concerns they were at risk") is no subject.
  const gap = text.slice(speaker.span.end, cue.start);
  const adjacent =
    speaker.span.end <= cue.start &&
    (SUBJECT_GAP.test(gap) ||
      (cue.stance === true && STANCE_GAP.test(gap)) ||
      (speaker.mention !== undefined && POSSESSIVE_BEFORE_NOUN.test(gap)));
  // "He is hoping that states will …", "Many people … assumed that Mr. Clarke had …": a clause
  // opened by "that" after an intention or thought makes it a thought held, as a thought cue is.
  const rate = CLAUSE_AFTER.test(text.slice(cue.end))
    ? Math.max(cue.rate, WEAK_CUE_RATE)
    : cue.rate;
  const accepted = cue.passive
    ? rate >= PASSIVE_CUE_RATE
    : rate >= STRONG_CUE_RATE ||
      (named && !reducedRelative && (rate >= WEAK_CUE_RATE || adjacent)) ||
      (adjacent && !writer && !reducedRelative && rate >= WEAK_CUE_RATE);
  if (!quoted && !accepted) return base;
  const entity = speaker.entityId === undefined ? undefined : entities.get(speaker.entityId);
  // "Russian President Vladimir Putin’s spokesman said": a group noun a named owner holds is that
  // owner's spokesman, office or lawyer, a source a reader can check, not a vague group.
  const owned =
    speaker.mention?.source === 'group' &&
    NAMED_OWNER_BEFORE.test(text.slice(sentence.start, speaker.span.start));
  const group =
    speaker.mention?.source === 'group' && speaker.mention.honorifics.length === 0 && !owned;
  return {
    ...result,
    kind: kindFor(speaker.phrase, group),
    speaker: entity?.id ?? null,
    speakerName:
      (speaker.mention?.source === 'group' &&
      (speaker.mention.honorifics.some((h) => !/^(?:the|a|an)$/i.test(h)) ||
        owned ||
        MODIFIER_BEFORE.test(text.slice(sentence.start, speaker.span.start)))
        ? wholeGroupPhrase(text, sentence, speaker.span)
        : undefined) ??
      entity?.name ??
      agencyName(speaker.phrase),
    source: speaker.span,
  };
}

// A capitalised name in the possessive right before a noun ("Putin’s spokesman", "Trump's lawyer").
const NAMED_OWNER_BEFORE = /\p{Lu}[\p{L}.-]*['’]s\s+$/u;

// "the foreign ministry spokesman": a lower-case word the group mention left out before it, not
// an article, a preposition or a verb of saying ("According to the panel", "said ministry
// spokesman" have no modifier).
const MODIFIER_BEFORE =
  /(?:^|[\s"“])(?!(?:the|a|an|said|says|told|to|of|by|from|with|for|in|on|at|and|or|but|that|as|than|per|via|about|after|before)\s)\p{Ll}+\s+$/u;

/**
 * "Three Taliban sources said": a group noun whose count or qualifier the mention set aside is
 * reported with the words the sentence gives it, as a reader would name it.
 */
function wholeGroupPhrase(text: string, sentence: Sentence, span: TextSpan): string | undefined {
  const found = nominalSubject(text.slice(sentence.start, span.end));
  return found !== undefined && found.phrase.endsWith(span.text) ? found.phrase : span.text;
}

// A dateline: a place in capitals or capitalised words, with an optional region in brackets,
// then a colon and a capitalised word ("KABUL: Unconfirmed reports", "Margao (Goa) [India]: After").
// A date after the place ("Rio de Janeiro, July 20 (IANS): …") makes it a dateline whatever the
// place was typed as. A source line in brackets may follow the colon ("ISLAMABAD: (UrduPoint /
// Pakistan Point News-Nov 11th, 2019) The Islamabad High Court …").
const DATELINE =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|do|del|la|el|al|es|of)){0,4})(,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}(?:,\s*\d{4})?)?((?:\s*[([][^)\]]{1,30}[)\]]){0,2})\s*:\s+(?=["“(]?\p{Lu})/u;

/**
 * Where a sentence's dateline ends (its start when it has none): a wire dateline closed by a dash
 * opening a paragraph, or a lead before a colon that is a place the article names, a word in
 * capitals, or a place with its region in brackets. A person's name before a colon ("Trump: …")
 * is a headline attribution, not a dateline.
 */
function datelineEnd(
  text: string,
  sentence: Sentence,
  segmentation: Segmentation,
  grouped: GroupedMentions,
): number {
  if (segmentation.paragraphs[sentence.paragraph]?.start === sentence.start) {
    const wire = wireDatelineLength(sentence.text);
    if (wire > 0) return sentence.start + wire;
  }
  const match = DATELINE.exec(sentence.text);
  if (match === null) return sentence.start;
  const lead = match[1] ?? '';
  const leadEnd = sentence.start + lead.length;
  const named = (type: string): boolean =>
    grouped.links.some(
      ({ mention }) =>
        mention.type === type && mention.start === sentence.start && mention.end === leadEnd,
    );
  const place = named('place');
  const dated = (match[2] ?? '') !== '';
  // "Jose Mourinho (Chelsea): …": a person with a bracketed club is a speaker label.
  if (!dated && (named('person') || named('organization'))) return sentence.start;
  const capitals = /^[\p{Lu}\s.'’-]+$/u.test(lead) && lead.length > 2;
  return place || capitals || dated || (match[3] ?? '') !== ''
    ? sentence.start + match[0].length
    : sentence.start;
}

/** The person a label names ("PENCE" → Mike Pence), by the whole name or the surname. */
function labelHolder(
  label: string,
  grouped: GroupedMentions,
  entities: ReadonlyMap<string, ArticleEntity>,
): ArticleEntity | undefined {
  const wanted = label.toLowerCase();
  for (const entity of entities.values()) {
    if (entity.type !== 'person') continue;
    const name = entity.name.toLowerCase();
    if (name === wanted || name.split(' ').at(-1) === wanted) return entity;
  }
  return grouped.entities.find((e) => e.name.toLowerCase() === wanted);
}

/**
 * The cue of a sentence: the most telling lexicon word outside quotes, or a fixed phrase
 * ("according to", "criticized by", "quoted … as saying") where one covers or outranks it.
 */
function findCue(
  text: string,
  sentence: Sentence,
  insideQuote: (from: number, to: number) => boolean,
  skipPhrases = false,
): Cue | null {
  const outside = (from: number, to: number): boolean => !insideQuote(from, to);
  const found = findCueWords(text, sentence.start, sentence.end, outside).filter(
    (w) => !isReducedRelativeCue(text, w.start, w.end),
  );
  // "took to their website to announce the signing, however, the spokesman admitted …": an
  // infinitive is what someone set out to do; a finite cue of the sentence is its attribution.
  const finite = found.filter((w) => !INFINITIVE_BEFORE.test(text.slice(sentence.start, w.start)));
  let words = finite.some((w) => w.rate >= STRONG_CUE_RATE) ? finite : found;
  // "Once described by Donald Trump as a foe, the EU said": the agent of an opening participle
  // describes the subject; the main clause's speech verb is the cue.
  const opening = openingParticipleEnd(sentence.text);
  const mainFrom = opening === undefined ? sentence.start : sentence.start + opening;
  if (words.some((w) => w.start >= mainFrom && w.rate >= STRONG_CUE_RATE))
    words = words.filter((w) => w.start >= mainFrom);
  for (const match of skipPhrases ? [] : sentence.text.matchAll(PHRASE_CUE)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    if (insideQuote(start, end)) continue;
    if (start < mainFrom && words.some((w) => w.start >= mainFrom)) continue;
    // "In a statement issued Tuesday, Clinton was more circumspect": an opening "In a statement"
    // is the cue only where the main clause has no speech verb ("In an interview, Trump criticized").
    if (/^I/.test(match[0]) && words.some((w) => w.rate >= STRONG_CUE_RATE)) continue;
    if (
      /^(?:was|were|ha[sd] been) /.test(match[0]) &&
      !SAYING_NOUN_BEFORE.test(text.slice(Math.max(sentence.start, start - 80), start))
    )
      continue;
    const phrase = (match[1] ?? '').toLowerCase();
    const quotedAs = /^(?:quoted|quotes|quoting|cited|cites)\b(.*?)\bas saying$/i.exec(match[0]);
    if (quotedAs !== null) {
      const before = text.slice(Math.max(sentence.start, start - 12), start);
      const verb = match[0].split(/\s/)[0] ?? 'quoted';
      const cueText = /the report\s*$/i.test(before)
        ? `the report ${verb} … as saying`
        : `${verb} … as saying`;
      const quotedSource = (quotedAs[1] ?? '').trim();
      // "Zarif was quoted by IRNA as saying": the passive's subject is the speaker, the agent after
      // "by" the medium that carried the words.
      const agent = /^(?:by\s+(.+))?$/su.exec(quotedSource);
      if (agent !== null) {
        if (!PASSIVE_BEFORE.test(text.slice(sentence.start, start))) continue;
        const quotedBy = agent[1]?.trim();
        return {
          start,
          end,
          text: `was ${cueText}`,
          rate: 1,
          after: false,
          passive: false,
          ...(quotedBy === undefined ? {} : { quotedBy }),
        };
      }
      return { start, end, text: cueText, rate: 1, after: false, passive: false, quotedSource };
    }
    const after = phrase === 'according to' || phrase.endsWith(' by');
    // A fixed phrase is a reporting phrase by construction ("points out", "in a statement"): it
    // counts as a speech act even where its first word alone would not.
    const rate = after ? 1 : Math.max(cueRate(phrase.split(' ')[0] ?? ''), PHRASE_CUE_RATE);
    if (rate >= (words[0]?.rate ?? 0) || words[0]?.start === start)
      return { start, end, text: phrase, rate, after, passive: false };
  }
  // A participle that opens the sentence ("Asked about it, she replied …", "Speaking on the BBC,
  // Dame Sara said …") belongs to the main clause's verb: a later cue of the same rate wins.
  const participle = words[0]?.start === sentence.start;
  const best =
    mainClauseCue(text, sentence, words) ??
    (participle && words[1]?.rate === words[0]?.rate ? words[1] : words[0]);
  if (best === undefined) return null;
  const word = text.slice(best.start, best.end);
  return {
    start: best.start,
    end: best.end,
    text: best.key.startsWith(':') ? ':' : word.toLowerCase(),
    rate: best.rate,
    after: false,
    passive: best.key.startsWith('be ') && !isStance(best.key),
    ...(isStance(best.key) ? { stance: true as const } : {}),
  };
}

/** Whether an adverbial clause opens between two offsets and runs on to the second unbroken. */
function opensAdverbialClause(text: string, from: number, to: number): boolean {
  const match = SUBORDINATE_OPENER.exec(text.slice(from, to));
  return match !== null && /^[^,"“”]*$/.test(text.slice(from + match.index, to));
}

/**
 * The cue of the main clause where another cue would hide it: a cue inside an opening adverbial
 * ("In the statement announcing the sanctions, the department said") gives way to a speech verb
 * after it, and a closing ", Name said on Saturday." is the sentence's attribution even after an
 * earlier verb that can be a cue ("Russia has added X to the list …, spokeswoman Y said").
 */
function mainClauseCue(
  text: string,
  sentence: Sentence,
  words: readonly CueWord[],
): CueWord | undefined {
  const first = words[0];
  if (first === undefined) return undefined;
  const strong = words.filter((w) => w.rate >= STRONG_CUE_RATE && w !== first);
  const lead = LEADING_ADVERBIAL.exec(sentence.text);
  if (lead !== null) {
    const leadEnd = sentence.start + lead[0].length;
    if (first.end <= leadEnd) {
      const main = strong.find((w) => w.start >= leadEnd);
      if (main !== undefined) return main;
    }
  }
  // "A senior Hamas official has dismissed Biden's optimism after the American leader said …": a
  // cue in a later adverbial clause is that clause's; a speech verb before the conjunction is the
  // main clause's.
  const leadEnd = lead === null ? sentence.start : sentence.start + lead[0].length;
  const before = strong.find(
    (w) =>
      w.start >= leadEnd && w.end <= first.start && opensAdverbialClause(text, w.end, first.start),
  );
  if (before !== undefined) return before;
  // "…,” said the woman, who asked not to be named": a verb in a relative clause is not the main
  // clause's, nor is a participle after a comma (", highlighting the tensions").
  const last = strong
    .filter((w) => {
      const before = text.slice(sentence.start, w.start);
      return (
        w.start > first.start &&
        !/\b(?:who|which|that)\s+(?:\p{Ll}+\s+){0,2}$/u.test(before) &&
        !(/ing$/i.test(text.slice(w.start, w.end)) && /,\s*$/.test(before))
      );
    })
    .at(-1);
  if (last === undefined) return undefined;
  const subject = text.slice(sentence.start, last.start);
  // "…, the agency said in a statement posted to its page.": the speech verb after the last comma
  // is the clause's own cue; a later participle ("posted") only describes the statement. A
  // relative clause in commas belongs to the subject: its comma is not the clause's.
  const relative = /,\s*who\s+[^,"“”]{1,80},\s*$/u.exec(subject);
  const subjectEnd = sentence.start + (relative?.index ?? subject.length);
  const comma = sentence.start + subject.slice(0, subjectEnd - sentence.start).lastIndexOf(',');
  if (
    words.some((w) => w !== last && w.start > comma && w.start < subjectEnd && w.rate >= last.rate)
  )
    return undefined;
  const rest = text.slice(last.end, sentence.end);
  // "… replied that if the notice does not come, he would ask for it.": a modal before the verb
  // makes the clause after the comma part of what was said, not the sentence's attribution.
  if (MODAL_BEFORE.test(subject)) return undefined;
  if (TRAILING_SUBJECT.test(subject) && TRAILING_REST.test(rest)) return last;
  return undefined;
}

function maskQuotes(
  sentenceText: string,
  offset: number,
  quotes: readonly { start: number; end: number }[],
): string {
  let masked = sentenceText;
  for (const q of quotes) {
    const from = Math.max(0, q.start - offset);
    const to = Math.min(masked.length, q.end - offset);
    if (to > from) masked = masked.slice(0, from) + ' '.repeat(to - from) + masked.slice(to);
  }
  return masked;
}
