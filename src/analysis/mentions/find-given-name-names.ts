import { isGivenName, nameKey } from '../../names/index.ts';
import type { Mention } from '../article-types.ts';
import { shippedNerModel } from './ner/index.ts';
import { ruleMention } from './rule-spans.ts';

// "el régimen de Nicolás Maduro": the English-trained tagger misses names in French, German and
// Spanish text that it finds in English, and a listed president went unflagged. A known given
// name followed by capitalised words that the lexicon knows as nothing else is a person's name.
const GIVEN_AND_FAMILY = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’]+)((?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})/gu;
// Words the tagger's lexicon files as something other than a name part ("Paris", "Euro").
const NOT_NAME_PARTS = new Set(['common', 'place', 'placehead', 'country', 'date', 'title']);

const givenName = (word: string): boolean =>
  isGivenName(nameKey(word)) || shippedNerModel().lexicon.get(word.toLowerCase()) === 'first';

/**
 * People named by a known given name and one or two capitalised family names ("Nicolás Maduro",
 * "Jewgeni Prigoschin"), for texts in languages the tagger was not trained on.
 */
export function findGivenNameNames(text: string): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(GIVEN_AND_FAMILY)) {
    const [whole, first = '', rest = ''] = match;
    const family = rest.trim().split(/[ \t]+/);
    const lexicon = shippedNerModel().lexicon;
    if (!givenName(first)) continue;
    if (family.some((w) => NOT_NAME_PARTS.has(lexicon.get(w.toLowerCase()) ?? ''))) continue;
    found.push(ruleMention(text, match.index, match.index + whole.length, whole, 'person'));
  }
  return found;
}
