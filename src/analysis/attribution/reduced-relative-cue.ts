// Before the participle: a lower-case noun, not an auxiliary, a form of to be, an adverb or a
// subject pronoun ("individuals and companies accused of", not "was accused of", "has repeatedly
// accused" or "a financier it accused of", where the pronoun is the one accusing).
const NOUN_BEFORE =
  /(?:^|\s)(?!(?:was|were|is|are|be|been|being|has|have|had|not|also|never|once|then|later|it|he|she|they|we|i|you|who|which|that|\p{Ll}+ly)\s)\p{Ll}[\p{Ll}-]*\s+$/u;

/**
 * Whether a cue word is a past participle describing the noun before it ("companies accused of
 * aiding its oil exports", "men suspected of …"): a reduced relative clause, through which nobody
 * speaks, so it is never the sentence's cue.
 */
export function isReducedRelativeCue(text: string, start: number, end: number): boolean {
  return (
    /ed$/i.test(text.slice(start, end)) &&
    /^\s+of\b/.test(text.slice(end, end + 6)) &&
    NOUN_BEFORE.test(text.slice(Math.max(0, start - 40), start))
  );
}
