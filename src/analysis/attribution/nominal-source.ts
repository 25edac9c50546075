/** A source named by a noun phrase no mention covers ("a senior Houthi official"), with where it stands. */
export interface NominalSource {
  /** Offset of the phrase in the string it was found in. */
  index: number;
  phrase: string;
}

// Determiners and quantifiers that open an unnamed source ("a senior official", "one woman",
// "three Taliban sources", "another resident"), in either case.
const DETERMINER =
  /^(?:the|a|an|one|another|some|many|most|several|two|three|four|five|other|both|his|her|their|its)$/i;
// A possessive that stands in the determiner's place ("Afghanistan's Khaama news agency",
// "Summer Brown's mother").
const POSSESSIVE = /^[\p{L}.-]+['’]s$/u;
// Words that never end or make up a speaking noun phrase: pronouns, conjunctions, auxiliaries,
// quantifier pronouns.
const NOT_A_SUBJECT =
  /^(?:nobody|everybody|anybody|somebody|everyone|anyone|someone|one|nothing|everything|the|a|an|this|that|these|those|there|here|what|which|who|as|so|and|but|or|if|when|then|now|also|just|not|is|was|were|are|be|been|has|have|had|it|he|she|they|we|i|you|him|her|them|us|me|its|his|their)$/i;
// Post-modifiers of a source that are no part of its name: a prepositional phrase ("officials in
// southern Afghanistan", "an unknown male voice on the phone", "a spokesman for the ministry") or a
// relative clause ("an eyewitness who spoke to KTXL").
const POST_MODIFIER = /\s+(?:in|of|on|at|from|for|with|near|inside|who|whose|that)\s/iu;
// "of" and a capitalised name to the end of the subject: the body an office serves.
const OF_NAMED = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u;
// Conjunctions that open the clause whose subject speaks ("…, but officials said").
const CLAUSE_OPENER =
  /\b(?:and|but|that|as|while|when|because|after|before|so|although|though|since|if|whereas)\s+$/iu;
// A number may open a compound modifier ("the 27-nation bloc", "a 57-year-old").
const WORD = /^(?:\p{L}|\d+-\p{L})[\p{L}'’.-]*$/u;
// Without a determiner, a bare subject is short ("Police", "Afghan officials", "Al Jazeera"):
// longer runs are a clause, not a noun phrase.
const BARE_MAX_WORDS = 3;
// An office titled by its nationality and body, all capitalised before the office noun, is a
// subject without an article too ("Iranian Foreign Ministry spokesman added that …").
const BARE_OFFICE_MAX_WORDS = 5;
const OFFICE_HEAD =
  /^(?:spokes(?:man|woman|person)|minister|ambassador|envoy|secretary|official)$/iu;
// With a determiner: "the Ukrainian air force", "A senior Houthi official", "an unknown male voice".
const DETERMINED_MAX_WORDS = 6;

/**
 * The noun phrase that ends `lead` and is the subject of the verb after it ("A senior Houthi
 * official", "Three Taliban sources", "officials in southern Afghanistan" → "officials"), found
 * after the last clause break: the sentence start, a comma, a colon, a dash, a closing quote or a
 * subordinating conjunction. Prepositional phrases and relative clauses after the head are left
 * out of the source's name.
 */
export function nominalSubject(lead: string): NominalSource | undefined {
  const start = clauseStart(lead);
  const clause = lead.slice(start);
  const leading = clause.length - clause.trimStart().length;
  let phrase = clause.trim();
  const post = POST_MODIFIER.exec(phrase);
  // A post-modifier after the first word only ("Officials in Kabul"), never one that opens the
  // phrase.
  // "The representative of the United States": an office of a named country or body keeps it.
  const ofNamed = OF_NAMED.test(post === null ? '' : phrase.slice(post.index));
  const head = post !== null && post.index > 0 ? phrase.slice(0, post.index) : phrase;
  if (!ofNamed) phrase = head;
  phrase = phrase.replace(/(?:\s+\p{Ll}+ly)+$/u, '');
  const shaped = isNounPhrase(ofNamed ? head : phrase) && (!ofNamed || /^the\s/iu.test(head));
  return shaped ? { index: start + leading, phrase } : undefined;
}

/**
 * The noun phrase right after an inverted cue ("…,” said the woman, who asked not to be named"):
 * a determiner and up to four words, up to a comma, a relative clause or the sentence end.
 */
export function nominalAfter(rest: string): NominalSource | undefined {
  const match =
    /^(\s+)((?:the|a|an|one|another)\s+(?:(?:\p{L}|\d+-\p{L})[\p{L}'’.-]*\s+){0,4}?[\p{L}][\p{L}'’-]*)(?=\s*(?:[,.;:!?]|\s(?:who|which|on|in|at|from|to|for|with|as)\s|$))/iu.exec(
      rest,
    );
  if (match === null) return undefined;
  const phrase = match[2] ?? '';
  return isNounPhrase(phrase) ? { index: (match[1] ?? '').length, phrase } : undefined;
}

/** Whether a phrase has the shape of a noun phrase that can speak. */
function isNounPhrase(phrase: string): boolean {
  if (phrase === '') return false;
  const words = phrase.split(/\s+/);
  if (!words.every((w) => WORD.test(w))) return false;
  const head = words.at(-1) ?? '';
  if (NOT_A_SUBJECT.test(head) || POSSESSIVE.test(head)) return false;
  const determined = DETERMINER.test(words[0] ?? '') || POSSESSIVE.test(words[0] ?? '');
  if (determined && words.length < 2) return false;
  const body = determined ? words.slice(1) : words;
  // "A senior US official": a modifier in capitals is an abbreviation, not the pronoun "us".
  if (body.some((w) => NOT_A_SUBJECT.test(w) && !/^\p{Lu}{2,}$/u.test(w))) return false;
  if (determined) return words.length <= DETERMINED_MAX_WORDS;
  if (possessedByName(words)) return true;
  return words.length <= (isCapitalisedOffice(words) ? BARE_OFFICE_MAX_WORDS : BARE_MAX_WORDS);
}

// "Rival Hillary Clinton’s campaign", "Donald Trump’s campaign manager": a capitalised name in the
// possessive stands in the determiner's place, however many words the name has; the noun after it
// is as short as a bare subject.
const POSSESSOR_MAX_WORDS = 4;

/** Whether a phrase is a capitalised name in the possessive and a short noun phrase it owns. */
function possessedByName(words: readonly string[]): boolean {
  let owner = -1;
  for (let i = 0; i < words.length - 1; i++) if (POSSESSIVE.test(words[i] ?? '')) owner = i;
  return (
    owner >= 0 &&
    owner < POSSESSOR_MAX_WORDS &&
    words.slice(0, owner + 1).every((w) => /^\p{Lu}/u.test(w)) &&
    words.length - owner - 1 <= BARE_MAX_WORDS
  );
}

/** "Iranian Foreign Ministry Spokesman": capitalised words before an office noun. */
function isCapitalisedOffice(words: readonly string[]): boolean {
  return (
    OFFICE_HEAD.test(words.at(-1) ?? '') && words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w))
  );
}

// A time phrase opening the clause without a comma ("Last week the Nigerian military said",
// "Earlier this month the ministry said"): no part of the subject after it.
const DAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const OPENING_TIME = new RegExp(
  String.raw`^\s*(?:(?:last|this|earlier\s+this|later\s+this|late\s+last|early\s+last)\s+(?:week|month|year|weekend|morning|evening|night|${DAY})|(?:on\s+)?${DAY}|yesterday|earlier|later)\s+(?=(?:the|a|an)\s|\p{Lu})`,
  'iu',
);

/** Where the clause that ends `lead` starts. */
function clauseStart(lead: string): number {
  let start = 0;
  for (const match of lead.matchAll(/[,;:(—–]\s*[”"’']?|[”"]\s+|\)\s*[-–—]?\s*/gu))
    start = match.index + match[0].length;
  start += OPENING_TIME.exec(lead.slice(start))?.[0].length ?? 0;
  const tail = lead.slice(start);
  // The last conjunction in the clause opens the subject's clause ("… and Afghan officials").
  let opener: RegExpExecArray | null = null;
  for (const match of tail.matchAll(
    /\b(?:and|but|that|as|while|when|because|after|before|so|although|though|since|if|whereas)\s+/giu,
  ))
    opener = match;
  if (opener !== null && CLAUSE_OPENER.test(tail.slice(0, opener.index + opener[0].length)))
    start += opener.index + opener[0].length;
  return start;
}
