import type { Mention } from '../article-types.ts';
import { ORG_HEAD_WORDS } from './find-rule-mentions.ts';

// Head words of bodies named after their field with "for" or "on" ("Center for Strategic and
// International Studies", "Centre for Research on Energy and Clean Air", "Carnegie Endowment for
// International Peace"), beside the organisation head words.
const INSTITUTION_HEADS = new Set([
  ...ORG_HEAD_WORDS,
  'Center',
  'Centre',
  'Endowment',
  'Forum',
  'Initiative',
  'Project',
  'Programme',
  'Program',
  'School',
]);
const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const RUN = String.raw`${WORD}(?:[ \t]+${WORD}){0,3}`;
// " for Strategic and International Studies", " for the Study of War", " for Research on Energy
// and Clean Air": a field after "for" or "on", each part a run of capitalised words, at most one
// "and" inside a part.
const FIELD = new RegExp(
  String.raw`^[ \t]+(?:for|on)(?:[ \t]+the)?[ \t]+(${RUN})(?:[ \t]+(?:and|&)[ \t]+(${RUN}))?(?:[ \t]+(?:of|on|for)(?:[ \t]+the)?[ \t]+(${RUN})(?:[ \t]+(?:and|&)[ \t]+(${RUN}))?)?(?![\p{L}'’-])`,
  'u',
);
// Words that start another name, not more of the field: a given name, a title, a day, a country.
const NOT_FIELD = new Set(['first', 'person', 'title', 'date', 'country', 'place', 'org']);

/**
 * Runs the name of a body named after its field on to the field's end, over "and" ("Center for
 * Strategic" + "and International Studies", "Berkman Centre for Internet" + "and Society") and
 * a second "on"/"of" phrase, and types it an organisation ("Vienna Centre", read as a place, +
 * "for Disarmament and Non-Proliferation"). A part after "and" that is a body itself ("… for
 * Trade and State Department") or opens with a given name, a title or a country is no part of
 * the field. Mentions inside the longer name are dropped.
 */
export function extendInstitutionNames(
  text: string,
  mentions: readonly Mention[],
  lexicon: ReadonlyMap<string, string>,
): Mention[] {
  const grown = new Set<Mention>();
  const result = mentions.map((mention) => {
    if (mention.source !== 'nlp' || mention.type === 'group') return mention;
    const headEnd = institutionHeadEnd(mention.text);
    if (headEnd < 0) return mention;
    const from = mention.start + headEnd;
    const field = FIELD.exec(text.slice(from, from + 160));
    if (field === null) return mention;
    const end = from + fieldLength(field, lexicon);
    if (end <= mention.end && mention.type === 'organization') return mention;
    const name = text.slice(mention.start, Math.max(end, mention.end));
    const longer: Mention = {
      ...mention,
      type: 'organization',
      end: mention.start + name.length,
      text: name,
      name: name.replace(/^the[ \t]+/i, ''),
      honorifics: [],
    };
    grown.add(longer);
    return longer;
  });
  return result.filter(
    (m) =>
      grown.has(m) ||
      m.source === 'pronoun' ||
      ![...grown].some((g) => m.start >= g.start && m.end <= g.end),
  );
}

/** The end of the mention's last institution head word that "for" or "on" may follow, or -1. */
function institutionHeadEnd(name: string): number {
  let end = -1;
  for (const word of name.matchAll(/\p{Lu}[\p{L}'’-]*/gu))
    if (INSTITUTION_HEADS.has(word[0])) end = word.index + word[0].length;
  return end;
}

/** How much of the matched field is the body's name: up to a part that starts another name. */
function fieldLength(field: RegExpExecArray, lexicon: ReadonlyMap<string, string>): number {
  const whole = field[0];
  const parts = [field[1], field[2], field[3], field[4]];
  let length = 0;
  let cursor = 0;
  for (const [k, part] of parts.entries()) {
    if (part === undefined) continue;
    const words = part.split(/[ \t]+/);
    const opens = lexicon.get((words[0] ?? '').toLowerCase());
    // "… and State Department" is another body; "… for Internet and Society" is the field.
    const isBody =
      (words.length >= 2 && INSTITUTION_HEADS.has(words.at(-1) ?? '')) ||
      lexicon.get(part.toLowerCase()) === 'org';
    // The first part is the field itself; later parts stop at another name.
    if (k > 0 && (NOT_FIELD.has(opens ?? '') || isBody)) break;
    if (k === 0 && NOT_FIELD.has(opens ?? '') && opens !== 'org') return 0;
    const at = whole.indexOf(part, cursor);
    cursor = at + part.length;
    length = cursor;
  }
  return length;
}
