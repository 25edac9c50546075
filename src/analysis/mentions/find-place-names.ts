import type { Mention } from '../article-types.ts';

const WORD = String.raw`\p{Lu}[\p{Ll}'’-]*\p{Ll}`;
// "Mount Hood", "Lake Chad", "Cape Town", "Fort Worth"; "Pittock Mansion", "Euphrates River",
// "Red Sea", "Nineveh Plains", "Diagon Alley", "Abbey Road": a word for a landform, a landmark or
// a street makes the name a place.
const PLACE_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:Mount|Mt\.|Lake|Cape|Fort|Port)[ \t]+${WORD}|${WORD}(?:[ \t]+${WORD})?[ \t]+(?:River|Mountains?|Hills|Island|Islands|Valley|Mansion|Peninsula|Desert|Canyon|Gulf|Strait|Sea|Ocean|Lake|Falls|Plains?|Alley|Road|Street|Avenue|Boulevard|Square))(?![\p{L}])`,
  'gu',
);
// Words that open a sentence or a phrase and are no part of a name ("The Sea", "In Valley").
const NOT_NAME_WORD =
  /^(?:The|A|An|This|That|These|Those|In|On|At|To|Of|And|Or|But|From|By|For|With|Its|His|Her|Their|Our|My|Your)$/u;

/**
 * Places named by a word for a landform or landmark before or after the name ("Mount Hood",
 * "Pittock Mansion"). They rank below the tagger, so they only fill its gaps.
 */
export function findPlaceNames(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(PLACE_NAME)) {
    let name = match[0];
    let start = match.index;
    const first = name.split(/[ \t]/)[0] ?? '';
    if (NOT_NAME_WORD.test(first)) {
      name = name.slice(first.length).trimStart();
      start = match.index + match[0].length - name.length;
      if (!/[ \t]/.test(name)) continue;
    }
    mentions.push({
      start,
      end: start + name.length,
      text: name,
      type: 'place',
      source: 'rule',
      name,
      honorifics: [],
    });
  }
  return mentions;
}
