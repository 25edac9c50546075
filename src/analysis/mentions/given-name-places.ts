import { escapeRegExp } from '../../core/index.ts';
import type { Mention } from '../article-types.ts';

// A word before a name that a place takes ("in Eugene", "headed to Orlando", "the mayor of
// Charlotte"): one such use anywhere keeps the name a place. A possessive after the name ("in
// Laura's room") is the noun's, not the name's.
const PLACE_PREPOSITION =
  /(?:^|[^\p{L}])(?:in|at|to|from|into|near|around|across|through|throughout|outside|inside|via|of|toward|towards|visit|visited|visiting)[ \t]+$/iu;

/**
 * "She couldn't carry Laura", "She's doing the Karate Kid, Nathan.": a one-word name the tagger
 * read as a place, which the lexicon knows as a given name, is a person when the text never writes
 * it after a word a place takes and names no place beside it ("Eugene, Oregon", "New South Wales,
 * Victoria"). GUM train and tune documents read lone given names as places after verbs and commas;
 * cities named like people ("in Eugene", "to Orlando") keep their type by their preposition.
 */
export function retypeGivenNamePlaces(
  text: string,
  mentions: readonly Mention[],
  lexicon: ReadonlyMap<string, string>,
): Mention[] {
  const places = new Set(
    mentions.filter((m) => m.type === 'place' && m.source !== 'nlp').map((m) => m.name),
  );
  const people = new Set<string>();
  for (const mention of mentions) {
    const name = mention.name;
    if (mention.type !== 'place' || mention.source !== 'nlp' || name.includes(' ')) continue;
    if (lexicon.get(name.toLowerCase()) !== 'first' || people.has(name)) continue;
    if (usedAsPlace(text, name, lexicon, places)) continue;
    people.add(name);
  }
  return mentions.map((m) =>
    m.type === 'place' && m.source === 'nlp' && people.has(m.name) ? { ...m, type: 'person' } : m,
  );
}

/** True when some use of the name follows a place's preposition or stands beside a place. */
function usedAsPlace(
  text: string,
  name: string,
  lexicon: ReadonlyMap<string, string>,
  places: ReadonlySet<string>,
): boolean {
  const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu');
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const after = text.slice(match.index + name.length, match.index + name.length + 40);
    if (!/^['’]s?(?![\p{L}])/u.test(after) && PLACE_PREPOSITION.test(before)) return true;
    const neighbours = [
      /(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2}),[ \t]*$/u.exec(before)?.[1],
      /^,[ \t]*(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2})/u.exec(after)?.[1],
    ];
    if (neighbours.some((n) => n !== undefined && isPlaceName(n, lexicon, places))) return true;
  }
  return false;
}

/** A place name by the lexicon ("Oregon", "New South Wales") or by another finder's mention. */
function isPlaceName(
  name: string,
  lexicon: ReadonlyMap<string, string>,
  places: ReadonlySet<string>,
): boolean {
  const words = name.split(/[ \t]+/);
  // The longest run of the words, from either end, that the lexicon or a place rule knows.
  for (let n = words.length; n >= 1; n--)
    for (const part of [words.slice(0, n).join(' '), words.slice(-n).join(' ')]) {
      const kind = lexicon.get(part.toLowerCase());
      if (kind === 'place' || kind === 'country' || places.has(part)) return true;
    }
  return false;
}
