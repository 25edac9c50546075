import { isGivenName } from '../../names/index.ts';
import type { Mention } from '../article-types.ts';
import { isGermanPersonRole } from './german-lead-words.ts';
import { ruleMention } from './rule-spans.ts';

// "der Putin-Vertraute und Geschäftsmann Jewgeni Prigoschin": German capitalises the trade before
// the name, and the English-trained tagger found no one there, so a listed man went unflagged.
const ROLE_AND_NAME =
  /(?<![\p{L}-])(\p{Lu}[\p{L}-]*)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})/gu;

/**
 * People named after a German office or trade ("Geschäftsmann Jewgeni Prigoschin"), when the
 * first word of the name is a known given name: the role is kept as the mention's honorific.
 */
export function findGermanRoleNames(text: string): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(ROLE_AND_NAME)) {
    const [, role = '', name = ''] = match;
    if (!isGermanPersonRole(role) || !isGivenName((name.split(/[ \t]/)[0] ?? '').toLowerCase()))
      continue;
    const start = match.index + match[0].length - name.length;
    const mention = ruleMention(text, start, start + name.length, name, 'person');
    mention.honorifics = [role];
    found.push(mention);
  }
  return found;
}
