import type { Mention } from '../article-types.ts';
import { ORG_HEAD_WORDS } from './find-rule-mentions.ts';

// "NATO", "OSCE", "U.S.G.": a word in capitals, or capitals with full stops.
const ACRONYM = /(?<![\p{L}\p{N}.&'’-])(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{Lu}&]{1,7}(?![\p{L}\p{N}]))/gu;
// A run of capitalised words with the small words names are spelt with ("Organization for
// Security and Co-operation in Europe").
const NAME_RUN =
  /\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|for|and|the|in|on|de|&)[ \t]+)*\p{Lu}[\p{L}'’-]*)*/gu;
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', '&']);
// Words that make a spelt-out name a body ("Small Business Administration", "World Health
// Organisation", "Undergraduate Student Government").
const BODY_WORDS = new Set([...ORG_HEAD_WORDS, 'Government', 'Mission', 'Program', 'Programme']);

/**
 * Acronyms that name organisations, at every place the text writes them: those the text spells
 * out as a body ("the World Health Organisation (WHO)" … "WHO say"; GUM train: 64 of 70 acronyms
 * the lexicon knows as organisations are named organisations, while an acronym the lexicon does
 * not know is one only a time in five: "ICT", "DNA", "GIS") and those the lexicon knows as
 * organisations ("NATO", "FBI"). A line without lower-case words is a heading, not read.
 */
export function findAcronymOrganizations(
  text: string,
  lexicon: ReadonlyMap<string, string>,
): Mention[] {
  const found = [...text.matchAll(ACRONYM)];
  if (found.length === 0) return [];
  const spelt = speltOutBodies(text);
  const mentions: Mention[] = [];
  for (const match of found) {
    const acronym = match[0];
    const letters = acronym.replace(/[.&]/g, '');
    const known = !acronym.includes('.') && lexicon.get(acronym.toLowerCase()) === 'org';
    if (!spelt.has(letters) && !(known && !inHeading(text, match.index))) continue;
    mentions.push({
      start: match.index,
      end: match.index + acronym.length,
      text: acronym,
      type: 'organization',
      source: 'rule',
      name: acronym,
      honorifics: [],
    });
  }
  return mentions;
}

/** The initials of every run of capitalised words that holds a body word ("SBA", "WHO"). */
function speltOutBodies(text: string): Set<string> {
  const initials = new Set<string>();
  for (const run of text.matchAll(NAME_RUN)) {
    const words = run[0].split(/[ \t]+/).filter((w) => !CONNECTORS.has(w));
    if (words.length < 2) continue;
    for (let from = 0; from < words.length - 1; from++)
      for (let to = from + 2; to <= words.length; to++) {
        const phrase = words.slice(from, to);
        if (!phrase.some((w) => BODY_WORDS.has(w))) continue;
        // "Co-operation" gives one letter, as "Cooperation" would.
        initials.add(phrase.map((w) => w.charAt(0)).join(''));
      }
  }
  return initials;
}

/** True when the line around an offset has no lower-case word: a heading in capitals. */
function inHeading(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return !/\p{Ll}{2}/u.test(text.slice(start, end < 0 ? text.length : end));
}
