import type { Mention, MentionType, TextSpan } from '../article-types.ts';

/** Every match of a global pattern in a text, as a span. */
export function spansOf(text: string, pattern: RegExp): TextSpan[] {
  return [...text.matchAll(pattern)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** A mention a rule found between two offsets, under the name given (the nominative, say). */
export function ruleMention(
  text: string,
  start: number,
  end: number,
  name: string,
  type: MentionType,
  gender?: 'female' | 'male',
): Mention {
  return {
    start,
    end,
    text: text.slice(start, end),
    type,
    source: 'rule',
    name,
    honorifics: [],
    ...(gender === undefined ? {} : { gender }),
  };
}
