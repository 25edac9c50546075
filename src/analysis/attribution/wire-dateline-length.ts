// A wire dateline before the first sentence of a story: a place, a date and the agency, closed by
// a dash ("Dec. 28 (UPI) --", "KYIV, Ukraine, Dec. 28 (UPI) --", "LONDON (Reuters) -",
// "WASHINGTON (AP) —", "Mogadishu - (AFP) -", "MOGADISHU —", "ST. LOUIS, MO. —", "Apr 28, 2013 –
// DAMASCUS –"). It tells where
// the story was filed, not who says what, so it is no part of the statement.
const PLACE_WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const PLACE = String.raw`${PLACE_WORD}(?:\s+(?:${PLACE_WORD}|de|da|del|el|al|la|of)){0,4}`;
const DATE = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}(?:,?\s+\d{4})?`;
const AGENCY = String.raw`\(\s*\p{L}[\p{L}.&'’ ]{0,24}\)`;
const DASH = String.raw`(?:-{1,2}|[–—])`;
const WIRE_DATELINE = new RegExp(
  String.raw`^(${DATE}\s*${DASH}\s*)?(?:(${PLACE}(?:,\s*${PLACE}){0,2}),?\s+)?(${DATE}\s*)?(?:${DASH}\s*)?(${AGENCY}\s*)?${DASH}\s*(?=["“‘']?[\p{Lu}\d])`,
  'u',
);

/**
 * The length of the wire dateline a paragraph's first sentence opens with, or 0: it needs the
 * agency in brackets, a date, or a place in capitals, so "Clinton — who was ill — left" keeps its
 * subject.
 */
export function wireDatelineLength(sentence: string): number {
  const match = WIRE_DATELINE.exec(sentence);
  if (match === null || match[0].length >= sentence.length) return 0;
  const [, leadingDate, place = '', date, agency] = match;
  const capitals = place.replace(/[^\p{L}]/gu, '').length >= 3 && /^[\p{Lu}\s.,'’-]+$/u.test(place);
  const dated = leadingDate !== undefined || date !== undefined;
  return dated || agency !== undefined || capitals ? match[0].length : 0;
}
