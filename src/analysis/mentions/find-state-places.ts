import type { Mention } from '../article-types.ts';

// The AP abbreviations of the US states ("Eau Gallie, Fla.", "Schenectady N.Y.", "MYSTIC CONN."),
// as written or in capitals, after a town.
const STATE_ABBREVIATIONS = (
  'Ala Ariz Ark Cal Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Me Mich Minn Miss ' +
  'Mo Mont Neb Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Va Vt Wash W.Va Wis Wyo D.C'
)
  .split(' ')
  .flatMap((a) => [a, a.toUpperCase()])
  .map((a) => a.replace(/\./g, String.raw`\.[ \t]?`));
// "University Park PA 16802": a postal code is a state only before a ZIP code.
const POSTAL_CODES =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC';
const TOWN_WORD = String.raw`\p{Lu}[\p{L}'’-]*\p{L}`;
const STATE_PLACE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(${TOWN_WORD}(?:[ \t]+${TOWN_WORD}){0,2})(?:,[ \t]+|[ \t]+)(?:((?:${STATE_ABBREVIATIONS.join('|')})\.)(?![\p{L}\p{N}])|((?:${POSTAL_CODES.replace(/ /g, '|')}))(?=[ \t]+\d{5}\b))`,
  'gu',
);
// Words before a comma that are no town ("Hello, Pa.", "Yes, Ma'am", "Thanks, Miss.").
const NOT_TOWN =
  /^(?:The|A|An|In|On|At|To|Of|And|Or|But|From|By|For|With|Hello|Hi|Yes|No|Oh|Thanks|Well|Dear|Sir)$/u;

/**
 * A town and its state in the way the US press and post write them ("Eau Gallie, Fla.",
 * "University Park PA 16802"): both are places. The tagger, which GUM taught, reads the town as
 * a person ("Eau Gallie") and leaves the abbreviation out, so the rule names both.
 */
export function findStatePlaces(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(STATE_PLACE)) {
    const town = match[1] ?? '';
    const state = match[2] ?? match[3] ?? '';
    const words = town.split(/[ \t]+/);
    // A capitalised opener is no part of the town's name ("In Mystic, Conn." names Mystic).
    while (words.length > 0 && NOT_TOWN.test(words[0] ?? '')) words.shift();
    if (words.length === 0) continue;
    const townName = words.join(' ');
    const townStart = match.index + town.length - townName.length;
    const stateStart = match.index + match[0].length - state.length;
    mentions.push(place(text, townStart, townStart + townName.length));
    mentions.push(place(text, stateStart, stateStart + state.length));
  }
  return mentions;
}

function place(text: string, start: number, end: number): Mention {
  const name = text.slice(start, end);
  return { start, end, text: name, type: 'place', source: 'rule', name, honorifics: [] };
}
