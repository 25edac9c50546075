import lexicon from './data/attribution-cues.json' with { type: 'json' };

/** One word (or headline colon) of a sentence that may introduce an attribution. */
export interface CueToken {
  start: number;
  end: number;
  /** Lower-cased word (`be …` after a form of to be), or `:head` for a colon after a short lead ("Trump: …"), `:` otherwise. */
  key: string;
}

/** A cue token with its rate: how strongly that token signals an attribution (hand-set per category). */
export interface CueWord extends CueToken {
  rate: number;
}

const RATES: ReadonlyMap<string, number> = new Map(Object.entries(lexicon.cues));
// Adjectives of attitude that count after a form of to be ("were frustrated", "is convinced"):
// unlike a passive, their subject holds the stance.
const STANCES: ReadonlyMap<string, number> = new Map(Object.entries(lexicon.stances));

/** A sentence carries an attribution when one of its cue tokens reaches this rate. */
export const CUE_THRESHOLD: number = lexicon.threshold;

const BE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  "'s",
  "'re",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
]);
// A pronoun with "is", "are" or "am" run on: "she's", "they're", "I'm".
const BE_CONTRACTED = /^(?:he|she|it|they|we|you|who|that)'(?:s|re)$|^i'm$/;
// Adverbs that may stand between a form of to be and its participle or adjective ("was not told",
// "weren't too concerned", "is so frustrated"); -ly adverbs are skipped too.
const SKIPPED_BEFORE_VERB = new Set([
  'also',
  'not',
  'never',
  'often',
  'still',
  'too',
  'so',
  'very',
  'quite',
  'all',
  'both',
  'now',
  'less',
  'more',
]);
// A colon this close to the start of a sentence is a headline or dialogue attribution ("Poll: …").
const HEAD_COLON_MAX_WORDS = 5;
// A colon after a time ("4:40 p.m.:", a live blog's entry) or after a page label ("Editor's Note:",
// "Update:", "Follow … on Twitter:") heads the writer's own text, not a source's words.
const LABEL_BEFORE_COLON =
  /(?:\d|\b[ap]\.m\.|\b(?:note|update|updated|correction|disclosure|answer|question|photo|video|watch|related|read more|see also|twitter|facebook|instagram|the latest|breaking|exclusive|online|still to come))\s*$/iu;

/** Splits text[from, to) into lower-cased word tokens and colons, as the cue lexicon counts them. */
export function tokenizeCues(text: string, from: number, to: number): CueToken[] {
  const tokens: CueToken[] = [];
  let words = 0;
  let previous = '';
  for (const match of text.slice(from, to).matchAll(/[\p{L}][\p{L}'’]*|:/gu)) {
    const start = from + match.index;
    const word = match[0];
    if (word === ':') {
      // "10:30" is a time, not a cue.
      if (/\d/.test(text[start + 1] ?? '')) continue;
      if (LABEL_BEFORE_COLON.test(text.slice(Math.max(from, start - 24), start))) continue;
      // "http://" is an address, not a headline.
      if (text.startsWith('//', start + 1)) continue;
      // "Among them: a deduction …", "Thus my compromise: a modest amount …": a lower-case word
      // after the colon goes on with the writer's list or gloss, not with a source's words.
      const head = words <= HEAD_COLON_MAX_WORDS && !/^\s*\p{Ll}/u.test(text.slice(start + 1));
      tokens.push({ start, end: start + 1, key: head ? ':head' : ':' });
      continue;
    }
    words++;
    const lower = word.toLowerCase();
    const key = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    // A passive use ("people were referred to", "is also known as") counts apart from the active.
    // "is saying" is the active verb in the progressive; "he's" may be "he has" ("he's sought"),
    // so it counts as a form of to be only before a stance adjective.
    const be =
      !key.endsWith('ing') &&
      (BE.has(previous) || (BE_CONTRACTED.test(previous) && STANCES.has(key)));
    tokens.push({ start, end: start + word.length, key: be ? `be ${key}` : key });
    if (!SKIPPED_BEFORE_VERB.has(key) && !key.endsWith('ly')) previous = key;
  }
  return tokens;
}

/**
 * The tokens of text[from, to) outside quotations whose lexicon rate reaches the threshold, most
 * telling first (words inside a quote are the source's content, never the cue).
 */
export function findCueWords(
  text: string,
  from: number,
  to: number,
  outsideQuotes: (start: number, end: number) => boolean,
): CueWord[] {
  return tokenizeCues(text, from, to)
    .filter((t) => outsideQuotes(t.start, t.end) && !notASpeechAct(t, text))
    .map((t) => ({ ...t, rate: rateInPlace(t, text) }))
    .filter((t) => t.rate >= CUE_THRESHOLD)
    .sort((a, b) => b.rate - a.rate || a.start - b.start);
}

// Verbs of naming whose past participle, straight before "as", describes a noun and names no one
// who speaks: "four more described as being in Putin's inner circle" (the speaker, if any, comes
// with "by", a phrase cue of its own). Active use puts its object between: "She described him as".
const NAMING_PARTICIPLES = new Set([
  'described',
  'labelled',
  'labeled',
  'branded',
  'dubbed',
  'termed',
]);
// Unless a subject stands before it, the object having gone ahead: "what she described as a
// betrayal", "what officials described as", "which Mr Smith described as".
const ACTIVE_NAMING_BEFORE =
  /(?:\b(?:[Ww]hat|[Ww]hich|[Ww]hom|[Tt]hat)\s+(?:[\p{L}.'’-]+\s+){0,3}|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou|[Ww]ho)\s+|\p{Lu}[\p{L}.'’-]*\s+)$/u;
// "must be reported to OFAC": the passive of "report" with a recipient is a duty, not hearsay
// ("is reported to have fled" is); a recipient starts with a capital or a determiner.
const REPORTED_TO_RECIPIENT =
  /^\s+to\s+(?:\p{Lu}|(?:the|a|an|his|her|their|its|your|our|any|law|police)\b)/u;

// "add" with an object and "to" adds a thing to something, and reports no words: "Trump added the
// Houthis back to the terror list", "Treasury added 13 names to the SDN list", "added to the
// confusion". The phrase before "to" has no punctuation, no quote, no "that" and no finite verb,
// which would open a reported clause ("He added the group had moved to Kabul").
const ADD_FORMS = new Set(['add', 'adds', 'added', 'adding', 'be added']);
const ADD_OBJECT_TO =
  /^(?:\s+(?!(?:that|was|were|is|are|had|has|have|will|would|could|can|may|might|should|must|did|does)\b)[\p{L}\d.'’-]+){0,8}?\s+to\b/u;

// "continued" reports words only beside a quote: "“…,” she continued." or "He continued: “…”";
// elsewhere the fighting or the talks continue. So do the lexicon's `besideQuote` verbs: manner of
// speaking, complaint and reaction ("“…,” Raad reacted", "he sighed", "she muttered"), which
// elsewhere are sounds or deeds ("markets reacted", "the crowd roared").
const CONTINUE_FORMS = new Set(['continued', 'continues', ...lexicon.besideQuote]);
const QUOTE_CLOSED_BEFORE = /[,?!]\s*["”’']\s+(?:[\p{L}.'’-]+\s+){0,5}$/u;
const QUOTE_OPENS_AFTER = /^\s*[,:]\s*["“‘']/u;
// "the alleged terrorist": the participle describes the noun after it; a relative "that" stays a
// subject ("a lawsuit that alleged fraud"). "a reported £300k-a-week" stays a cue: in real news it
// stands where a label ("David Moyes (Manchester United) on Wayne Rooney …: “…”") has no verb.
// A preposition before it makes it attributive too ("including alleged support for …", "over
// alleged links"): a verb there would need a subject between the two. "an informed choice" is
// an adjective too; "She informed the court" stays a cue.
const ATTRIBUTIVE_PARTICIPLES = new Set(['alleged', 'purported', 'informed']);
const DETERMINER_BEFORE =
  /\b(?:the|a|an|his|her|their|its|our|your|my|this|these|those|of|for|over|including|with|about|on|in|into|against|by|from|amid|despite|after|under|without|regarding|concerning|involving|following)\s+$/iu;
// "did not immediately respond to requests for comment": no reply is no statement.
const REPLY_FORMS = new Set(['respond', 'responded', 'reply', 'replied']);
const NEGATION_BEFORE =
  /\b(?:(?:did|does|do|has|have|had|would|could)\s+not|(?:did|does|do|has|have|had|would|could)n['’]t)\s+(?:\p{Ll}+ly\s+)?$/iu;
// A credit line: "Bryant Rousseau contributed reporting.", "… contributed to this report."
const CREDIT_BEFORE = /\bcontribut(?:ed|es|ing)\s+(?:to\s+(?:this|the)\s+)?$/iu;

// "held talks", "holding several hours of talks", "had talks": the verb of a meeting before the noun.
const HELD_BEFORE =
  /\b(?:hold|holds|held|holding|had|have|has|having|begin|began|begun|start|started|resume|resumed|open|opened)\s+(?:[\p{L}\d-]+\s+){0,3}$/u;

function notASpeechAct(token: CueToken, text: string): boolean {
  const after = text.slice(token.end, token.end + 80);
  const before = text.slice(Math.max(0, token.start - 60), token.start);
  if (CONTINUE_FORMS.has(token.key))
    return !QUOTE_CLOSED_BEFORE.test(before) && !QUOTE_OPENS_AFTER.test(after);
  if (ATTRIBUTIVE_PARTICIPLES.has(token.key) && DETERMINER_BEFORE.test(before)) return true;
  if (REPLY_FORMS.has(token.key) && NEGATION_BEFORE.test(before)) return true;
  if (/^report(?:ing)?$/.test(token.key) && CREDIT_BEFORE.test(before)) return true;
  if (NAMING_PARTICIPLES.has(token.key) && /^\s+as\b/.test(after))
    return !ACTIVE_NAMING_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start));
  if (ADD_FORMS.has(token.key)) return ADD_OBJECT_TO.test(after);
  // "held several hours of talks with", "will hold talks": a meeting held, not words reported.
  if (token.key === 'talks') return HELD_BEFORE.test(before);
  // "added the Houthis back to the list", "came back from": the adverb, not "voters back the plan".
  if (token.key === 'back')
    return /^\s+(?:to|into|in|from|on|at|home|down|up|out|then)\b/.test(after);
  return token.key === 'be reported' && REPORTED_TO_RECIPIENT.test(after);
}

// A verb form straight after a definite determiner or a possessive is a noun or an adjective:
// "rejected the claims, saying …", "his repeated warnings", "the proposed rule", "their reports".
// It counts as a say-like noun does (the table's 0.35 band), so the clause's own verb wins. "a"
// and "an" are left out: "a reported £300k-a-week" stands where a label has no verb; "her" and
// "that" are left out too ("told her", "a group that claims").
const DEFINITE_BEFORE = /\b(?:the|his|its|their|our|my|your|these|those|this)\s+$/iu;
const NOUN_RATE = 0.35;

function rateInPlace(token: CueToken, text: string): number {
  const rate = cueRate(token.key);
  if (rate <= NOUN_RATE || token.key.startsWith(':') || token.key.startsWith('be ')) return rate;
  const before = text.slice(Math.max(0, token.start - 12), token.start);
  return DEFINITE_BEFORE.test(before) ? NOUN_RATE : rate;
}

/** The lexicon rate of a cue word (0 for a word the hand-compiled table does not list). */
export function cueRate(key: string): number {
  // An unlisted passive form is no cue: "was referred to the scheme" is not "referred to it as".
  return RATES.get(key) ?? (isStance(key) ? (STANCES.get(key.slice(3)) ?? 0) : 0);
}

/** Whether a cue key is a stance adjective after a form of to be ("be frustrated"), not a passive. */
export function isStance(key: string): boolean {
  return key.startsWith('be ') && STANCES.has(key.slice(3));
}
