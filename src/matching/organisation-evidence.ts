// Part of an organisation's name met only by words many names share (sift-match-7, issue #13).
// "Islamic Relief", a British charity, met the alias ISLAMIC RELIEF AGENCY of the Islamic African
// Relief Agency at 0.95 (and its primary name at 0.82): Islamic is in hundreds of listed names,
// Relief in dozens, and the words left over (Agency, African) are what the list wrote to tell them
// apart. A whole name ("Islamic State", an alias of ISIL) or a part that holds a rare word
// (Sepehr Energy) is not judged so.
import type { NameForm } from '../names/index.ts';
import type { NameAlignment } from './align-names.ts';
import { RARE_NAME_WEIGHT } from './name-evidence.ts';

/** Factor on a part of an organisation's name that holds no rare word. */
export const COMMON_ORGANISATION_PART_FACTOR = 0.85;

/**
 * Words that join an organisation's name (Central Bank of Iran) and say nothing of which one it is:
 * left out by a query ("Iran Central Bank"), they leave no part of the name unmet.
 */
const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for']);

/**
 * True when the alignment meets only part of a listed name (a name or generic word left over,
 * joining words aside) and none of the words it meets is rare.
 */
export function commonPartOfName(alignment: NameAlignment, listed: NameForm): boolean {
  const leftOver = alignment.unmatchedListed.some((j) => {
    const token = listed.tokens[j]!;
    if (JOINING_WORDS.has(token.text)) return false;
    return token.role === 'name' || token.role === 'generic';
  });
  if (!leftOver || alignment.edges.length === 0) return false;
  return alignment.edges.every((e) => e.weight < RARE_NAME_WEIGHT);
}
