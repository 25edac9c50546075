import { escapeRegExp } from '../../core/index.ts';
import type { Mention, MentionType } from '../article-types.ts';
import { HONORIFIC_WORDS, ORG_HEAD_WORDS } from './find-rule-mentions.ts';

// Head words that end an organisation's name, from find-rule-mentions.ts, less those that are
// also common surnames ("Tom Post", "Harold Court"): those count only after a word that is no
// first name.
const SURNAME_HEADS = new Set([
  'Post',
  'Times',
  'Court',
  'Bank',
  'Guard',
  'Union',
  'Trust',
  'Fund',
]);
const ORG_HEADS = new Set(ORG_HEAD_WORDS);
// Organisation head words that also end names of places ("Auckland Hospital", "Earls Court",
// "Soviet Union", "Capitol Club"): a name the tagger read as a place keeps its type with these.
const PLACE_LIKE_HEADS = new Set([
  ...SURNAME_HEADS,
  'Hospital',
  'University',
  'College',
  'Club',
  'Office',
  'Parliament',
  'Senate',
  'Congress',
  'Assembly',
  'Front',
]);
// "in Coron", "near Busuanga": a word before a name that only a place follows.
// "faith in", "believe in": an "in" that takes a person or a god.
const LOCATIVE_BEFORE =
  /(?:^|[^\p{L}])(?<!(?:faith|trust|belief|believe|believed|believes|confidence|interest|interested)[ \t]+)(?:in|near|around|across|throughout|outside)[ \t]+$/u;
// "the Old Bailey", "the Pentagon", "the White House": a place by its building or street.
const PLACE_HEADS = /\s(?:Street|Square|Road|Avenue|Bridge|Tower|Palace|Castle|Hall)$/u;
// "the newly-formed Los Jaguares cartel": a name before a noun for a body of people.
const ORG_NOUN_AFTER =
  /^\s+(?:cartel|gang|militia|group|movement|party|network|organi[sz]ation|faction|company|firm|club|band|brigade|militants)\b/u;
// "football club Santos", "a big club like Kaizer Chiefs", "the militant group Hamas": a name
// straight after a noun for a body of people is that body, not a person named like it.
const ORG_NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:club|side|team|outfit|franchise|party|militia|group|movement|company|firm|newspaper|broadcaster|network|organi[sz]ation)(?:[ \t]+(?:like|such[ \t]+as))?[ \t]+$/u;
// "the Kremlin said", "the White House's": a building that speaks or owns is the body inside it.
const BODY_AFTER =
  /^(?:['’]s?|\s+(?:said|says|say|has|had|is|was|announced|denied|refused|rejected|warned|added|stated|confirmed|declined|spokesman|spokeswoman|spokesperson|official|officials|press))(?![\p{L}])/u;
// "Iridium said its net loss …": a one-word name whose verb is followed by "its" is a body.
const ITS_AFTER =
  /^\s+(?:(?:today|yesterday|also|now|on\s+\p{Lu}\p{Ll}+)\s+)?(?:said|says|reported|reports|posted|posts|announced|announces|expects|expected|reduced|raised|cut|increased|lost|sold|bought)\s+its\b/u;
// "Republic of Korea", "State of Pennsylvania": a country or a state named by its kind, too.
const TOWN_OF =
  /^(?:Municipality|City|Town|Township|County|Village|Borough|Republic|Kingdom|State|Commonwealth|Province|Emirate)[ \t]+of[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?$/u;
const PARTY_MEMBERS =
  /^(?:Senate|House|Republican|Democratic|Democrat)[ \t]+(?:Republicans|Democrats|Senators|Congressmen|Congresswomen|Lawmakers)$/u;
const NAME_KINDS = new Set(['first', 'last', 'person']);
// Titles GUM and news write with "the" that the honorifics leave out ("the Speaker").
const MORE_TITLES = new Set(['speaker', 'chair', 'pope', 'dean', 'doctor', 'chief', 'premier']);
// Offices named after their holder's title ("the Hillsborough County Sheriff's Office").
const TITLED_OFFICE = new RegExp(
  String.raw`(?:\p{Lu}[\p{L}.-]*[ \t]+){0,4}(?:Sheriff|Attorney|Attorney General|Prosecutor|Mayor|Governor|Coroner|Comptroller|Controller|Inspector General|Auditor|Marshal|Solicitor|Solicitor General|Treasurer|Clerk|Assessor|District Attorney|Public Defender|Medical Examiner|Director|Commissioner|Ombudsman|Registrar)['’]s[ \t]+(?:Office|Department)(?![\p{L}])`,
  'gu',
);

/**
 * Corrects the tagger's type where the words say otherwise, one type per name through the text:
 * a person whose name ends in an organisation's head word ("Ministry", "Party", "Army")
 * is an organisation; a name the tagger read as a person that the article writes with "the" before
 * it ("the Kremlin", "the Old Bailey": no one writes "the Scott Bessent"), and that is no title
 * ("the President"), is a place, or the organisation inside it when it speaks ("the Kremlin said");
 * a name right after a noun for a body ("club Santos") is that body. An office named by its holder's title ("Sheriff's Office") is one
 * organisation, not a person and an "Office".
 */
export function retypeMentions(
  text: string,
  mentions: readonly Mention[],
  lexicon: ReadonlyMap<string, string>,
  tagged: (mention: Mention) => boolean,
): Mention[] {
  const retyped = new Map<string, MentionType | 'none'>();
  // The last words of the people the article names in full ("Chambers" of "John Chambers").
  const surnames = new Set(
    mentions
      .filter((m) => m.type === 'person' && m.name.includes(' '))
      .map((m) => m.name.split(' ').at(-1)),
  );
  // Every word of the people the article names in full ("Virginia" of "Virginia Woolf").
  const nameWords = new Set(
    mentions
      .filter((m) => m.type === 'person' && m.name.includes(' '))
      .flatMap((m) => m.name.split(' ')),
  );
  const locative = new Map<string, boolean>();
  const isLocative = (name: string): boolean => {
    const known = locative.get(name);
    if (known !== undefined) return known;
    const found = writtenAfterLocative(text, name);
    locative.set(name, found);
    return found;
  };
  const titled = new Set(mentions.filter((m) => m.honorifics.length > 0).map((m) => m.name));
  for (const mention of mentions) {
    if (tagged(mention) && mention.type === 'place' && isPersonByRole(text, mention, lexicon))
      retyped.set(mention.name, 'person');
    const words = mention.name.split(' ');
    const last = words.at(-1) ?? '';
    const first = lexicon.get((words[0] ?? '').toLowerCase());
    // "the National Library", "the San Francisco Bulletin": a body, not the building it is in.
    if (
      tagged(mention) &&
      mention.type === 'place' &&
      words.length >= 2 &&
      ORG_HEADS.has(last) &&
      !PLACE_LIKE_HEADS.has(last)
    )
      retyped.set(mention.name, 'organization');
    // "Municipality of Linapacan", "City of London": a town or a country named by its kind is a
    // place.
    if (
      tagged(mention) &&
      mention.type === 'organization' &&
      TOWN_OF.test(mention.name) &&
      !ORG_HEADS.has(last)
    )
      retyped.set(mention.name, 'place');
    // "Senate Republicans", "Republican Senators": a party's or a house's members are a group of
    // people, no body to screen.
    if (tagged(mention) && mention.type !== 'group' && PARTY_MEMBERS.test(mention.name))
      retyped.set(mention.name, 'group');
    // "the United Nations Secretary-General" read as a person: a name of two words or more that
    // the lexicon knows as an organisation ("united nations", "goldman sachs"), with no given
    // name in it ("Coco Chanel"), is that organisation.
    if (
      tagged(mention) &&
      (mention.type === 'person' || mention.type === 'place') &&
      words.length >= 2 &&
      lexicon.get(mention.name.toLowerCase()) === 'org' &&
      !words.some((w) => lexicon.get(w.toLowerCase()) === 'first')
    ) {
      retyped.set(mention.name, 'organization');
      continue;
    }
    if (!tagged(mention) || mention.type !== 'person') continue;
    // "in Virginia" twice: a given name that the article never writes as part of a person's full
    // name is the place it also names (a surname is a person's: "confidence in Putin").
    if (
      words.length === 1 &&
      (!NAME_KINDS.has(first ?? '') ||
        ((first === 'first' || first === 'person') && !nameWords.has(mention.name))) &&
      !titled.has(mention.name) &&
      !surnames.has(mention.name) &&
      isLocative(mention.name)
    )
      retyped.set(mention.name, 'place');
    else if (
      words.length >= 2 &&
      ORG_HEADS.has(last) &&
      (!SURNAME_HEADS.has(last) || (first !== 'first' && first !== 'country' && first !== 'place'))
    )
      retyped.set(mention.name, 'organization');
    else if (words.length >= 2 && ORG_NOUN_AFTER.test(text.slice(mention.end, mention.end + 20)))
      retyped.set(mention.name, 'organization');
    else if (
      mention.honorifics.length === 0 &&
      ORG_NOUN_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start))
    )
      retyped.set(mention.name, 'organization');
    else if (
      words.length === 1 &&
      !NAME_KINDS.has(first ?? '') &&
      !surnames.has(mention.name) &&
      ITS_AFTER.test(text.slice(mention.end, mention.end + 40))
    )
      retyped.set(mention.name, 'organization');
    // "Washington's fourth round of sanctions", "Washington said": a capital named alone speaks
    // for its government, unless it is the surname of a person the article names.
    else if (
      words.length === 1 &&
      (first === 'place' || first === 'country') &&
      mention.honorifics.length === 0 &&
      !surnames.has(mention.name)
    )
      retyped.set(mention.name, 'place');
    // "the Fallon job", "the Obama administration": the surname of a person the article names
    // in full, used as a modifier, is still that person.
    else if (
      mention.honorifics.length === 0 &&
      !surnames.has(mention.name) &&
      /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, mention.start - 5), mention.start)) &&
      !/^\p{Lu}\p{Ll}*s$/u.test(mention.name) &&
      !words.some((w) => lexicon.get(w.toLowerCase()) === 'first') &&
      !words.some(
        (w) =>
          HONORIFIC_WORDS.has(w.toLowerCase()) ||
          MORE_TITLES.has(w.toLowerCase()) ||
          lexicon.get(w.toLowerCase()) === 'title',
      )
    )
      retyped.set(
        mention.name,
        // Evidence for a body elsewhere ("Iridium said its …" beside "the Iridium system") wins
        // where the article writes the name more often without "the" ("the Confederacy … its").
        (retyped.get(mention.name) === 'organization' && bareMoreOften(text, mention.name)) ||
          (BODY_AFTER.test(text.slice(mention.end, mention.end + 20)) &&
            !PLACE_HEADS.test(` ${mention.name}`))
          ? 'organization'
          : 'none',
      );
  }
  const dropped = new Set<Mention>();
  for (const mention of mentions) {
    const type = retyped.get(mention.name);
    if (type === undefined || !tagged(mention)) continue;
    if (type === 'none') dropped.add(mention);
    else mention.type = type;
  }
  const offices: Mention[] = [...text.matchAll(TITLED_OFFICE)].map((match) => {
    const article = /^(?:The|A|An)\s+/.exec(match[0])?.[0].length ?? 0;
    const name = match[0].slice(article);
    const start = match.index + article;
    return {
      start,
      end: start + name.length,
      text: name,
      type: 'organization',
      source: 'rule',
      name,
      honorifics: [],
    };
  });
  const covered = (m: Mention): boolean =>
    dropped.has(m) ||
    offices.some((o) => m.source !== 'pronoun' && m.start < o.end && o.start < m.end);
  return [...mentions.filter((m) => !covered(m)), ...offices].sort((a, b) => a.start - b.start);
}

// ", the spokesperson to …", ", a senior commander": a role in apposition names a person.
// A wire dateline that opens a line: "KABUL - ", "ISLAMABAD, Pakistan — ", "GAZA CITY – ".
const DATELINE_BEFORE =
  /(?:^|\n)[ \t]*\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})*(?:,[ \t]+\p{Lu}[\p{L}.]*)*[ \t]+[-–—][ \t]+$/u;
const ROLE_APPOSITION =
  /^,[ \t]+(?:the|a|an|its|his|her|their)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?(?:spokesperson|spokesman|spokeswoman|minister|president|leader|director|chief|commander|chairman|chairwoman|governor|ambassador|envoy|secretary|adviser|advisor|founder|deputy|head)(?![\p{L}])/u;

/**
 * "Isa Gusau, the spokesperson …": a name the tagger read as a place (Gusau is also a city)
 * whose first word no lexicon class marks as a place, with a person's role after it, is that
 * person.
 */
function isPersonByRole(
  text: string,
  mention: Mention,
  lexicon: ReadonlyMap<string, string>,
): boolean {
  const words = mention.name.split(' ');
  const first = lexicon.get((words[0] ?? '').toLowerCase());
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    (first === undefined || first === 'first') &&
    (ROLE_APPOSITION.test(text.slice(mention.end, mention.end + 60)) ||
      // "KABUL - Sirajuddin Haqqani met …": a name right after a wire dateline.
      DATELINE_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)))
  );
}

/** True when the text writes a name more often without "the" right before it than with it. */
function bareMoreOften(text: string, name: string): boolean {
  let bare = 0;
  let withThe = 0;
  const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu');
  for (const match of text.matchAll(pattern))
    if (/(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, match.index - 5), match.index)))
      withThe++;
    else bare++;
  return bare > withThe;
}

/**
 * True when the text writes a one-word name after "in", "near" … ("in Coron") twice or more, not
 * as a possessive ("in Biden's plan"): a person is not somewhere one is in. Once is not enough:
 * "in God we trust".
 */
function writtenAfterLocative(text: string, name: string): boolean {
  const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}'’])`, 'gu');
  let after = 0;
  for (const match of text.matchAll(pattern))
    if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index))) after++;
  return after >= 2;
}
