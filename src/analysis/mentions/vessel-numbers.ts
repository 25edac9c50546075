import type { Mention } from '../article-types.ts';
import { VESSEL_ROLE } from './vessel-role.ts';

// The number that ends many ships' names ("Sam Ma 2", "Adrian Darya 1", "Grace 1"; about 290 of
// OFAC's listed vessel names end in one), unless a unit follows it ("… 15 miles off Oman").
const NUMBER_AFTER =
  /^[ \t]+(\d{1,4})(?!\d)(?![.,]\d)(?![ \t]+(?:miles?|km|kilomet(?:re|er)s?|nautical|met(?:re|er)s?|tons?|tonnes?|barrels?|days?|hours?|weeks?|months?|years?|percent|per|times|people|crew|sailors)\b)(?![\p{L}%])/u;
// "the North Korean-flagged Sam Ma 2 tanker": a name and its number before a ship word.
const SHIP_WORD_AFTER = /^[ \t]+(?:oil[ \t]+)?(?:tanker|vessel|ship|freighter|supertanker)\b/u;

/**
 * Runs a ship's mention on over the number that ends its name: a mention already read as a ship
 * (by its flag or a ship word before it), any name whose number a ship word follows, and then the
 * same name and number elsewhere in the article ("the Adrian Darya 1's captain"). The number is
 * part of the listed name: without it "Sam Ma" met OFAC's SAM MA 2 only partly.
 */
export function extendVesselNumbers(text: string, mentions: readonly Mention[]): Mention[] {
  const first = mentions.map((m) => extendVesselNumber(text, m, () => false));
  const ships = new Set(
    first.filter((m) => m.honorifics.includes(VESSEL_ROLE)).map((m) => m.name.toLowerCase()),
  );
  return first.map((m) => extendVesselNumber(text, m, (name) => ships.has(name.toLowerCase())));
}

function extendVesselNumber(
  text: string,
  mention: Mention,
  isKnownShip: (name: string) => boolean,
): Mention {
  if (mention.type === 'place' || mention.type === 'group' || mention.source === 'pronoun')
    return mention;
  const number = NUMBER_AFTER.exec(text.slice(mention.end, mention.end + 48));
  if (number === null) return mention;
  const end = mention.end + number[0].length;
  const vessel =
    mention.honorifics.includes(VESSEL_ROLE) ||
    SHIP_WORD_AFTER.test(text.slice(end, end + 24)) ||
    isKnownShip(`${mention.name} ${number[1] ?? ''}`);
  if (!vessel) return mention;
  return {
    ...mention,
    type: 'organization',
    end,
    text: text.slice(mention.start, end),
    name: `${mention.name} ${number[1] ?? ''}`,
    honorifics: mention.honorifics.includes(VESSEL_ROLE)
      ? mention.honorifics
      : [...mention.honorifics, VESSEL_ROLE],
  };
}
