import type { NerSpan } from './ner/index.ts';

// Two or three capitalised words that open a sentence (or the text), also after a year ("In 2016
// Elon Musk established …"), or follow a role noun in lower case, then a comma or a word in lower
// case: "Naim Qassem spoke …", "Isa Gusau, the spokesperson …", "the club’s spokesman Ando
// Harivola admitted …".
const OPENING_RUN =
  /(?:(?:^|[.!?]["”’)]?[ \t]+|\n[ \t]*)(?:(?:In|By|Since|Until)[ \t]+\d{4},?[ \t]+)?|(?<![\p{L}])(?:spokesman|spokeswoman|spokesperson|coach|captain|chairman|chairwoman|director|minister|president|leader|commander|chief|secretary|governor|ambassador|envoy)[ \t]+)(\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?(?:[ \t]\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?){1,2})(?=,?[ \t]+\p{Ll})/gu;
// A first name alone opening a sentence, before a verb that takes a person ("Mary has provided
// a preface.", "Sarah said …").
const OPENING_FIRST_NAME =
  /(?:^|[.!?]["”’)]?[ \t]+|\n[ \t]*)(\p{Lu}\p{Ll}+)(?=[ \t]+(?:is|was|has|had|said|says|told|wrote|writes|thinks|thought|will|would|could|can|did|does)[ \t])/gu;
// One capitalised word opening a sentence or a quote, then a verb or an adverb ("Zarif promptly
// hit back", "“Zarif implements …"), not an adverb itself ("Actually we …"); "Preheat the oven"
// and "Stainless steel" go on with no verb.
const OPENING_WORD =
  /(?:^|[.!?]["”’)]?[ \t]+|\n[ \t]*)["“]?(\p{Lu}\p{Ll}{2,}(?<!ly))(?=[ \t]+(?:\p{Ll}+(?:s|ed|ly)|is|was|has|had|will|would|can|could|did|does|said|told|wrote|hit|met)(?![\p{L}]))/gu;
// Lexicon classes a word of a rare person's name may have: none, or a name part.
const NAME_PART = new Set([undefined, 'first', 'last', 'person']);

/**
 * Names of people the tagger left out at the start of a sentence (also after "In 2016") or after
 * a role noun: a first name alone before a verb such as "has" or "said", or a run of two or three
 * capitalised words that no lexicon class marks as a common word, a title, a place or a body,
 * with at least one word the lexicon does not know. The tagger learnt from GUM and web text that
 * a sentence's first capitalised words are rarely names, which holds for headings and for
 * "Finally" or "Obviously", not for news, where a rare name opens many sentences. A single
 * word the tagger left out everywhere is a name too when no lexicon class knows it, it opens
 * sentences, and the text writes it twice or more and never in lower case.
 */
export function findOpeningNames(
  text: string,
  spans: readonly NerSpan[],
  lexicon: ReadonlyMap<string, string>,
): NerSpan[] {
  const found: NerSpan[] = [];
  for (const match of text.matchAll(OPENING_RUN)) {
    const name = match[1] ?? '';
    const start = match.index + match[0].length - name.length;
    const end = start + name.length;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    const kinds = name.split(/[ \t]/).map((w) => lexicon.get(w.toLowerCase()));
    if (!kinds.every((k) => NAME_PART.has(k)) || !kinds.includes(undefined)) continue;
    found.push({ start, end, text: name, type: 'person' });
  }
  for (const match of text.matchAll(OPENING_FIRST_NAME)) {
    const name = match[1] ?? '';
    const start = match.index + match[0].length - name.length;
    const end = start + name.length;
    if (lexicon.get(name.toLowerCase()) !== 'first') continue;
    if ([...spans, ...found].some((s) => s.start < end && start < s.end)) continue;
    found.push({ start, end, text: name, type: 'person' });
  }
  found.push(...findRepeatedOpeningWords(text, [...spans, ...found], lexicon));
  return found;
}

/** One-word names at sentence starts that the text repeats and never writes in lower case. */
function findRepeatedOpeningWords(
  text: string,
  spans: readonly NerSpan[],
  lexicon: ReadonlyMap<string, string>,
): NerSpan[] {
  const found: NerSpan[] = [];
  const taken = new Set(spans.map((s) => s.text));
  for (const match of text.matchAll(OPENING_WORD)) {
    const name = match[1] ?? '';
    if (lexicon.has(name.toLowerCase()) || taken.has(name)) continue;
    const start = match.index + match[0].length - name.length;
    const end = start + name.length;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    const pattern = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'giu');
    const uses = [...text.matchAll(pattern)].map((m) => m[0]);
    if (uses.length < 2 || uses.some((use) => use !== name)) continue;
    found.push({ start, end, text: name, type: 'person' });
  }
  return found;
}
