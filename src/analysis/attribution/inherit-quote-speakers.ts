import type { QuoteSpan, Segmentation, Statement } from '../article-types.ts';

// A sentence that opens with a quote mark; two apostrophes are archive text's ('' … '').
const OPENS_QUOTE = /^(?:[“"‘]|'')/;

/**
 * Gives unattributed sentences the speaker whose words they carry on: a sentence inside an
 * attributed quote, a quoted paragraph after a quote, and the paragraph after "X said:" (a block
 * quote printed without quote marks).
 */
export function inheritQuoteSpeakers(
  statements: Statement[],
  segmentation: Segmentation,
): Map<Statement, Statement> {
  const origins = new Map<Statement, Statement>();
  inheritWithinQuotes(statements, segmentation, origins);
  continueQuotedParagraphs(statements, segmentation, origins);
  continueAfterColon(statements, segmentation, origins);
  continueBeforeAdded(statements, segmentation, origins);
  // A quote whose first sentence took its speaker from the quote before it passes it on to its
  // later sentences: a quoted paragraph ("“Three were killed. Thousands of bags were looted.”"),
  // or a second quote in the same paragraph ("“…,” Truss said. “So there would be … . That is
  // what we are looking at.”").
  inheritWithinQuotes(statements, segmentation, origins);
  return origins;
}

/**
 * Gives the statements that carry on a quote the speaker their origin has now: a "he said" the
 * quote took its speaker from may have been resolved to another person since.
 */
export function refreshInheritedSpeakers(origins: ReadonlyMap<Statement, Statement>): void {
  // Two rounds: an origin may itself carry on a later statement ("…," he added).
  for (let round = 0; round < 2; round++)
    for (const [child, origin] of origins) {
      child.speaker = origin.speaker;
      child.speakerName = origin.speakerName;
    }
}

function inherit(child: Statement, origin: Statement, origins: Map<Statement, Statement>): void {
  Object.assign(child, {
    kind: 'quote',
    speaker: origin.speaker,
    speakerName: origin.speakerName,
    medium: origin.medium,
    cue: origin.cue,
    source: null,
  });
  origins.set(child, origin);
}

/** A sentence wholly inside a quote takes the speaker of the quote's attributed sentence. */
function inheritWithinQuotes(
  statements: Statement[],
  segmentation: Segmentation,
  origins: Map<Statement, Statement>,
): void {
  for (const quote of segmentation.quotes) {
    const inside = statements.filter((s) => s.start < quote.end && s.end > quote.start);
    const source = inside.find((s) => s.kind === 'quote' && s.speakerName !== null);
    if (source === undefined) continue;
    for (const statement of inside) {
      if (statement.kind !== 'unattributed') continue;
      inherit(statement, source, origins);
    }
  }
}

/** Consecutive quoted sentences in one paragraph ("“…,” the experts said. “Further …”."). */
function continueQuotedParagraphs(
  statements: Statement[],
  segmentation: Segmentation,
  origins: Map<Statement, Statement>,
): void {
  statements.forEach((statement, i) => {
    const previous = statements[i - 1];
    const paragraphOf = (s: Statement): number | undefined =>
      segmentation.sentences.find((x) => x.start === s.start)?.paragraph;
    if (statement.kind !== 'unattributed' || !OPENS_QUOTE.test(statement.text)) return;
    // "Carter said the management … is not in question." or "X told reporters:" closing a
    // paragraph, then a paragraph that is all quote: the quote is the words of the one who just
    // spoke, as a quote after a quote is.
    // The same in one paragraph ("…, Schiff said. “The other factor …”"), when the sentence opens
    // a quote of its own rather than a quoted title.
    const introduced =
      previous?.kind === 'reported' &&
      previous.speakerName !== null &&
      previous.source !== null &&
      (paragraphOf(previous) !== paragraphOf(statement) ||
        opensWholeQuote(statement, segmentation.quotes));
    // "“Definitely no,” Takht-Ravanchi responded.": a quote too short to count as one still
    // opens its speaker's words.
    const shortQuote =
      previous?.kind === 'reported' &&
      previous.speakerName !== null &&
      OPENS_QUOTE.test(previous.text);
    if (previous?.kind !== 'quote' && !introduced && !shortQuote) return;
    // A new paragraph that is all quote goes on with the last quote's speaker (the journalistic
    // rule: an unclosed quote runs on, and a bare quoted paragraph continues the speaker).
    const paragraph = paragraphOf(statement);
    const previousParagraph = paragraphOf(previous);
    const opensParagraph = !statements.slice(0, i).some((s) => paragraphOf(s) === paragraph);
    if (
      previousParagraph !== paragraph &&
      !(opensParagraph && paragraph !== undefined && previousParagraph === paragraph - 1)
    )
      return;
    inherit(statement, previous, origins);
  });
}

/**
 * "Foreign Secretary Liz Truss said:" closing a paragraph introduces the next paragraph as her
 * words, quote marks or not.
 */
function continueAfterColon(
  statements: Statement[],
  segmentation: Segmentation,
  origins: Map<Statement, Statement>,
): void {
  const paragraphOf = new Map(segmentation.sentences.map((s) => [s.start, s.paragraph]));
  statements.forEach((statement, i) => {
    // The speech verb is the lead-in's last word ("Liz Truss said:"), not a bare colon.
    const cue = statement.cue ?? ':';
    if (statement.speakerName === null || !statement.text.toLowerCase().endsWith(`${cue}:`)) return;
    const paragraph = paragraphOf.get(statement.start);
    // Only a lead-in paragraph of its own ("Foreign Secretary Liz Truss said:").
    if (
      statements[i - 1] !== undefined &&
      paragraphOf.get(statements[i - 1]?.start ?? -1) === paragraph
    )
      return;
    if (paragraph === undefined) return;
    // A quoted paragraph after the colon is handled as a quote; this is the block quote printed
    // without quote marks.
    const nextParagraph = segmentation.paragraphs[paragraph + 1];
    if (nextParagraph === undefined || /["“”«»]/.test(nextParagraph.text)) return;
    for (const next of statements.slice(i + 1)) {
      if (paragraphOf.get(next.start) !== paragraph + 1) break;
      if (next.kind !== 'unattributed') break;
      inherit(next, statement, origins);
    }
  });
}

// Cues that carry on what the same speaker said just before ("…,” he added.").
const CARRYING_ON = /^(?:added|adds|continued|continues|went on)$/;

/**
 * A paragraph that is all quote with no speaker, followed by a quote paragraph that ends "…, he
 * added.": "added" says the same person spoke the paragraph before, so it is theirs too.
 */
function continueBeforeAdded(
  statements: Statement[],
  segmentation: Segmentation,
  origins: Map<Statement, Statement>,
): void {
  const paragraphOf = new Map(segmentation.sentences.map((s) => [s.start, s.paragraph]));
  for (let i = statements.length - 1; i >= 0; i--) {
    const statement = statements[i];
    if (statement === undefined || statement.kind !== 'unattributed') continue;
    const paragraph = paragraphOf.get(statement.start);
    if (paragraph === undefined) continue;
    const own = statements.filter((s) => paragraphOf.get(s.start) === paragraph);
    const first = own[0];
    if (first === undefined || !OPENS_QUOTE.test(first.text)) continue;
    if (own.some((s) => s.kind !== 'unattributed')) continue;
    const next = statements.find((s) => paragraphOf.get(s.start) === paragraph + 1);
    if (
      next === undefined ||
      next.kind !== 'quote' ||
      next.speakerName === null ||
      !OPENS_QUOTE.test(next.text) ||
      !CARRYING_ON.test(next.cue ?? '')
    )
      continue;
    for (const s of own) inherit(s, next, origins);
  }
}

/** Whether a quote opens where the sentence does and runs at least to its end. */
function opensWholeQuote(statement: Statement, quotes: readonly QuoteSpan[]): boolean {
  // The sentence's last character may stand after the closing mark ("… a lot".).
  return quotes.some((q) => q.start === statement.start && q.end >= statement.end - 1);
}
