import type { Mention, MentionType } from '../article-types.ts';

/** A tagger mention of `name` at its first place in `text`, for the mention unit tests. */
export function taggedMention(text: string, name: string, type: MentionType): Mention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type, source: 'nlp', name, honorifics: [] };
}
