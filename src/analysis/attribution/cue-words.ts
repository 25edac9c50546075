// Helpers for the hand-written cue tables of other languages (other-language-cues.ts,
// french-cues.ts): word lists written as one space-separated string.

/** The words of a space-separated list, as a set. */
export const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Every form `inflect` gives for each word of a space-separated list of verbs (or stems). */
export function verbForms(list: string, inflect: (verb: string) => string[]): string[] {
  return list.trim().split(/\s+/).flatMap(inflect);
}
