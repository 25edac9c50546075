// A wire dateline before the first sentence of a story: a place, a date and the agency, closed by
// a dash ("Dec. 28 (UPI) --", "KYIV, Ukraine, Dec. 28 (UPI) --", "LONDON (Reuters) -",
// "WASHINGTON (AP) —", "Mogadishu - (AFP) -", "MOGADISHU —", "ST. LOUIS, MO. —", "Apr 28, 2013 –
// DAMASCUS –", "BEYROUTH, 19 août (Xinhua) --"). It tells where
// the story was filed, not who says what, so it is no part of the statement.
const PLACE_WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const PLACE = String.raw`${PLACE_WORD}(?:\s+(?:${PLACE_WORD}|de|da|del|el|al|la|of)){0,4}`;
// Month names of English, French, Spanish and German copy, capitalised or not; a French, Spanish or
// German dateline puts the day first ("BEYROUTH, 19 août (Xinhua) --", "19 de agosto", "19. August").
const MONTH = String.raw`(?:[Jj]an|[Ff][eé]b|[Mm]ar|[Mm]ärz|[Aa]pr|[Aa]vr|[Aa]br|[Mm]a[iy]|[Jj]u[nil]|[Aa]o[uû]t|[Aa]ug|[Aa]go|[Ss]ep|[Oo][ck]t|[Nn]ov|[Dd][eé][cz]|[Dd]ic|[Ee]ne)\p{L}*\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\.?\s+(?:de\s+)?${MONTH}(?:\s+(?:de\s+)?\d{4})?)`;
const AGENCY = String.raw`\(\s*\p{L}[\p{L}.&'’ ]{0,24}\)`;
// "WASHINGTON // Pakistan's security agency …": some papers close the dateline with two slashes.
const DASH = String.raw`(?:-{1,2}|[–—]|\/\/)`;
const WIRE_DATELINE = new RegExp(
  String.raw`^(${DATE}\s*${DASH}\s*)?(?:(${PLACE}(?:,\s*${PLACE}){0,2}),?\s+)?(${DATE}\s*)?(?:${DASH}\s*)?(${AGENCY}\s*)?${DASH}\s*(?=["“‘']?[\p{Lu}\d])`,
  'u',
);

// "MOSCOW (UrduPoint News / Sputnik - 17th July, 2023) The Russian Foreign Ministry …": a place in
// capitals and a bracket naming the outlets or the date, with no dash after it. Only a bracket
// with a slash or a year is taken, so "UNICEF (the UN children's agency) Director …" keeps its
// subject whole.
const BRACKET_DATELINE =
  /^(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2}),?\s+\(([^()]{2,80})\)\s+(?=["“]?\p{Lu})/u;

/**
 * The length of the wire dateline a paragraph's first sentence opens with, or 0: it needs the
 * agency in brackets, a date, or a place in capitals, so "Clinton — who was ill — left" keeps its
 * subject.
 */
export function wireDatelineLength(sentence: string): number {
  const bracket = BRACKET_DATELINE.exec(sentence);
  if (bracket !== null && /\/|\b\d{4}\b/.test(bracket[2] ?? '') && (bracket[1] ?? '').length >= 3)
    return bracket[0].length;
  const match = WIRE_DATELINE.exec(sentence);
  if (match === null || match[0].length >= sentence.length) return 0;
  const [, leadingDate, place = '', date, agency] = match;
  const capitals = place.replace(/[^\p{L}]/gu, '').length >= 3 && /^[\p{Lu}\s.,'’-]+$/u.test(place);
  const dated = leadingDate !== undefined || date !== undefined;
  return dated || agency !== undefined || capitals ? match[0].length : 0;
}
