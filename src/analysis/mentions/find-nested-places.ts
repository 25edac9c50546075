import type { Mention } from '../article-types.ts';
import type { Lexicon } from './ner/index.ts';
import { VESSEL_ROLE } from './vessel-role.ts';

const PLACE_CLASSES = new Set(['place', 'country']);
// The longest place name looked for inside a longer name ("United Arab Emirates").
const MAX_PLACE_WORDS = 3;
// Landmark words after which a place's own name stays a place ("San Francisco" in "San Francisco
// Bay", "Oakland" in "Oakland Bay Bridge"); "City", "County" and "State" are left out: in "New
// York City" the whole is the one place.
const LANDMARK_AFTER = /^(?:Bay|Bridge|Harbou?r|Airport|Port|Station|Square|Park|Street|Road)$/u;
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'in', '&']);
// "Republic of Albania", "State of Pennsylvania": the whole is the one place, named formally.
const STATE_BEFORE_OF =
  /^(?:Republic|State|Kingdom|Commonwealth|Federation|Emirate|Principality|Province|Municipality|Union)$/u;
// Two capitals that are country codes in the lexicon ("AI", "PA") and also common abbreviations;
// only these two are read as places inside a name.
const TWO_LETTER_PLACES = new Set(['US', 'UK']);

interface Word {
  start: number;
  end: number;
  text: string;
}

/**
 * Places named inside a longer name: "Dhaka" in "Dhaka University", "Minnesota" in "University of
 * Minnesota", "Amsterdam" in "Vrije Universiteit Amsterdam", "Manila" in "Manila Bay", "Spain" in
 * "the Prince of Spain". The text
 * names that place too, so it is reported beside the longer name (a place is never screened; a
 * country adds to the article's countries). A part is a place when the lexicon says so or the
 * article names it as a place elsewhere.
 */
export function findNestedPlaces(mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  const articlePlaces = new Set(
    mentions.filter((m) => m.type === 'place').map((m) => m.name.toLowerCase()),
  );
  const isPlace = (words: readonly Word[]): boolean => {
    if (words.length === 0 || words.length > MAX_PLACE_WORDS) return false;
    if (!words.every((w) => /^\p{Lu}/u.test(w.text))) return false;
    if (words.some((w) => /^\p{Lu}{1,2}$/u.test(w.text) && !TWO_LETTER_PLACES.has(w.text)))
      return false;
    const key = words
      .map((w) => w.text)
      .join(' ')
      .toLowerCase();
    return PLACE_CLASSES.has(lexicon.get(key) ?? '') || articlePlaces.has(key);
  };
  const taken = new Set(mentions.map((m) => `${String(m.start)}:${String(m.end)}`));
  const nested: Mention[] = [];
  const add = (container: Mention, words: readonly Word[]): void => {
    const first = words[0];
    const last = words.at(-1);
    if (first === undefined || last === undefined) return;
    const start = container.start + first.start;
    const end = container.start + last.end;
    if (taken.has(`${String(start)}:${String(end)}`)) return;
    taken.add(`${String(start)}:${String(end)}`);
    const name = container.text.slice(first.start, last.end);
    nested.push({ start, end, text: name, type: 'place', source: 'rule', name, honorifics: [] });
  };
  for (const container of mentions) {
    if (container.type === 'group') continue;
    // "Aurora Riley", a ship: its name is no place.
    if (container.honorifics.includes(VESSEL_ROLE)) continue;
    const words = wordsOf(container.text);
    if (words.length < 2) continue;
    // "North Korea" read as a body: a place name of several words is one place.
    if (container.type === 'organization' && isPlace(words)) continue;
    const prefix = container.type === 'person' ? 0 : longestPlace(words, 0, isPlace);
    const next = words[prefix]?.text ?? '';
    if (
      prefix > 0 &&
      !CONNECTORS.has(next.toLowerCase()) &&
      (container.type === 'organization' || LANDMARK_AFTER.test(next))
    )
      add(container, words.slice(0, prefix));
    // "University of Minnesota", "Bay of Bengal", "Prince of Spain": the place after "of (the)"
    // ends the name.
    const of = words.findIndex((w) => w.text === 'of');
    if (of > 0 && !STATE_BEFORE_OF.test(words[of - 1]?.text ?? '')) {
      const from = words[of + 1]?.text === 'the' ? of + 2 : of + 1;
      if (isPlace(words.slice(from))) add(container, words.slice(from));
    }
    // "Vrije Universiteit Amsterdam": an organisation's name may end on its place.
    if (container.type === 'organization' && of < 0)
      for (let from = Math.max(1, words.length - MAX_PLACE_WORDS); from < words.length; from++)
        if (isPlace(words.slice(from))) {
          add(container, words.slice(from));
          break;
        }
  }
  return nested;
}

/** The words of a name with their offsets, a possessive or trailing comma left off. */
function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => {
    const word = m[0].replace(/(?:['’]s?|,)$/u, '');
    return { start: m.index, end: m.index + word.length, text: word };
  });
}

/** How many words from `from` on make the longest place name (0 for none). */
function longestPlace(
  words: readonly Word[],
  from: number,
  isPlace: (words: readonly Word[]) => boolean,
): number {
  for (let n = Math.min(MAX_PLACE_WORDS, words.length - from - 1); n >= 1; n--)
    if (isPlace(words.slice(from, from + n))) return n;
  return 0;
}
