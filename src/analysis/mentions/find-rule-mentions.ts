import type { Mention } from '../article-types.ts';

/** Honorifics and titles that precede a person's name and are kept as attributes, not name. */
export const HONORIFIC_WORDS = new Set(
  (
    'dame sir lord lady mr mrs ms miss mx dr prof professor mullah maulavi maulana sheikh shaikh ' +
    'haji hajji imam ayatollah president minister secretary senator sen rep representative gov ' +
    'governor gen col colonel capt judge king queen prince princess pope ' +
    'rev reverend chancellor mayor commissioner chairman chairwoman ambassador emir sultan ' +
    'sergeant sgt lieutenant lt detective inspector speaker commander ' +
    // Spelt out or French, before a name as Mr and Dr are ("Doctor Spock", "Mlle. Arosa").
    'doctor mister madam madame monsieur mme mlle mademoiselle'
  ).split(' '),
);

const FEMALE = new Set([
  'dame',
  'lady',
  'mrs',
  'ms',
  'miss',
  'queen',
  'princess',
  'chairwoman',
  'spokeswoman',
  'madam',
  'madame',
  'mme',
  'mlle',
  'mademoiselle',
]);
const MALE = new Set([
  'sir',
  'lord',
  'mr',
  'king',
  'prince',
  'chairman',
  'spokesman',
  'mister',
  'monsieur',
]);

const NAME_WORD = String.raw`\p{Lu}(?:\.|[\p{L}'’-]+)`;
const PARTICLE = String.raw`(?:al|el|bin|ibn|abu|de|del|da|van|von|der|le|la)`;
// Names stay on one line: a paragraph break ends them.
const NAME = String.raw`${NAME_WORD}(?:[ \t]+(?:${PARTICLE}[ \t-])?${NAME_WORD}){0,3}`;
// Either case for titles ("Prime Minister", "justice secretary"), but names must be capitalised,
// so the pattern spells both cases out rather than using the i flag (which would fold \p{Lu}).
const anyCase = (word: string): string =>
  `[${word[0] ?? ''}${(word[0] ?? '').toUpperCase()}]${word.slice(1)}`;
const TITLE_PREFIX =
  'prime deputy foreign home interior defence defense justice former vice levelling up parliament house army'
    .split(' ')
    .map(anyCase)
    .join('|');
const HONORIFIC = String.raw`(?:(?:${TITLE_PREFIX})\s+)*(?:${[...HONORIFIC_WORDS].map(anyCase).join('|')})\.?`;
// A title and its name stand on one line: "…, the president.\n\nOfficials said" names nobody.
// Verbs a title-case headline puts after a title ("Doctor Says", "Minister Warns").
const HEADLINE_VERB =
  /^(?:Says|Said|Warns|Warned|Tells|Told|Claims|Admits|Reveals|Denies|Urges|Asks|Writes|Explains|Insists|Confirms)(?![\p{L}])/u;
const TITLED_PERSON = new RegExp(String.raw`\b((?:${HONORIFIC}[ \t]+)+)(${NAME})`, 'gu');

/**
 * Business and press head words, each an organisation every time GUM train ends a capitalised
 * run with it ("Associated Press", "Cherry Capital Foods", "Naval Research Lab").
 */
export const BUSINESS_HEAD_WORDS: readonly string[] = (
  'Press Magazine Weekly Academy Lab Labs Laboratory Laboratories Navy Airways Publishing ' +
  'Publishers Studios Records Foods Industries Holdings Technologies Pharmaceuticals'
).split(' ');

/** Words that end an organisation's name ("Haqqani Network", "Labour Party", "Acme Ltd"). */
export const ORG_HEAD_WORDS: readonly string[] = [
  ...(
    'Network Front Jamaat Jamaah Brotherhood Party Group Council Office Movement Army Brigade ' +
    'Brigades Organisation Organization Ministry Agency University Committee Union Bank Company ' +
    'Corporation Association Institute Foundation Commission Court Police Forces Service ' +
    'Department Fund Trust Authority Assembly Parliament Senate Congress Administration Board ' +
    'Bureau College Hospital Airline Airlines Corps Guard Federation Alliance Coalition League ' +
    'Society Tribunal Times Post Journal Inc Ltd LLC Corp GmbH SA AG Plc PLC FC AFC Club ' +
    'Library Libraries Bulletin Gazette Herald Tribune ' +
    // Each an organisation every time GUM train ends a capitalised run with it ("ABC News", "The
    // Brooklyn Paper", "Ninth Circuit", "Barstool Sports"); "Heaven Sent Gaming" from GUM dev.
    'News Paper Circuit Sports Gaming'
  ).split(' '),
  ...BUSINESS_HEAD_WORDS,
];
const ORG_HEAD = `(?:${ORG_HEAD_WORDS.join('|')})`;
const ORG_WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*`;
const ORGANIZATION = new RegExp(
  String.raw`\b(${ORG_WORD}(?:\s+(?:of|for|the|&)?\s*${ORG_WORD})*?\s+${ORG_HEAD})\b`,
  'gu',
);

const GROUP_HEAD = String.raw`(?:experts|panel|officials|analysts|researchers|sources|authorities|critics|investigators|diplomats|observers|monitors|report|study|survey|spokesman|spokeswoman|spokesperson|scientists|lawyers|prosecutors|residents|witnesses|activists|ministers|campaigners|media reports|reports|commentators|insiders|aides|advisers|observers)`;
const NOT_MODIFIER = String.raw`(?!(?:as|to|of|in|on|by|for|from|with|and|or|that|said|says|according|the|a|an|some|many|several|other)\s)`;
const GROUP = new RegExp(
  String.raw`\b((?:the|a|an|some|many|several|other|two|three)\s+)?((?:${NOT_MODIFIER}[\p{L}-]+\s+)?${GROUP_HEAD})\b`,
  'giu',
);

const GROUP_HEAD_ONLY = new RegExp(String.raw`^${GROUP_HEAD}$`, 'iu');
// Participles that news uses as adjectives before a group noun ("unnamed officials").
const PARTICIPLE_ADJECTIVES = new Set(
  'unnamed unidentified armed concerned affected displaced detained elected retired trained leading ruling visiting striking fellow'.split(
    ' ',
  ),
);

/**
 * True when the word before a group noun is no modifier of it: a verb the noun is the object of
 * ("urged residents", "missed analysts"), an adverb ("personally monitors"), a question word
 * ("what officials"), the "s" of a possessive, or a unit ("percent"). A participle counts as a
 * verb after a word (not after a sentence start or punctuation), unless news uses it as an adjective.
 */
function notAModifier(word: string, before: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 2 || /ly$/.test(lower)) return true;
  if (/^(?:what|which|who|whom|whose|how|when|where|why|percent|per|cent)$/.test(lower))
    return true;
  const afterWord = /\p{L}[\p{L}'’]*\s+$/u.test(before);
  if (afterWord && IRREGULAR_PAST.has(lower)) return true;
  return afterWord && /(?:ed|ing)$/.test(lower) && !PARTICIPLE_ADJECTIVES.has(lower);
}

// Irregular past forms news puts before a group it acts on ("the minister met officials", "told
// reporters"), which the -ed test above cannot see.
const IRREGULAR_PAST = new Set(
  'met told saw sent gave led paid held kept brought took left caught found fought struck shot hit'.split(
    ' ',
  ),
);

const HEAD_OF = new RegExp(
  String.raw`\b((?:Department|Ministry|University|Bank|Institute|Museum|Office|Board|Council|Court|Church|Bureau|College|School|Academy|Society|Federation|Association|Commission|Committee|Union|League|Party|Army|Republic|Kingdom|Government) of (?:the )?${ORG_WORD}(?:\s+(?:and\s+)?${ORG_WORD}){0,4})`,
  'gu',
);

const LOWER_ORG_HEADS = new Set(ORG_HEAD_WORDS.map((w) => w.toLowerCase()));
const ACRONYM = /\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9})\)/gu;
const PRONOUN = /\b(he|she|him|her|they)\b/giu;

/**
 * Rule-based mentions: titled persons ("Dame Sara Khan", "former justice secretary Robert
 * Buckland"), organisations by head word ("Tablighi Jamaat", "National Resistance Front"),
 * parenthesised acronyms, group nouns ("the experts", "the panel") and personal pronouns.
 */
export function findRuleMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(TITLED_PERSON)) {
    const titles = splitTitles((match[1] ?? '').trim());
    const name = (match[2] ?? '').replace(/['’]s?$/, '').replace(/[.’'-]+$/, '');
    // A headline in title case: "… Former White House Doctor Says" names nobody after the title.
    if (HEADLINE_VERB.test(name)) continue;
    const start = match.index;
    const nameStart = match.index + (match[1] ?? '').length;
    const honorifics = titles;
    const lower = honorifics.map((h) =>
      (h.split(' ').at(-1) ?? '').replace(/\.$/, '').toLowerCase(),
    );
    const gender = lower.some((h) => FEMALE.has(h))
      ? 'female'
      : lower.some((h) => MALE.has(h))
        ? 'male'
        : undefined;
    // Lower-case job titles ("secretary Michael Gove") are kept, but the mention starts at the name.
    const from = /^\p{Lu}/u.test(titles[0] ?? '') ? start : nameStart;
    mentions.push({
      start: from,
      end: nameStart + name.length,
      text: text.slice(from, nameStart + name.length),
      type: 'person',
      source: 'rule',
      name,
      honorifics,
      ...(gender === undefined ? {} : { gender }),
    });
  }
  for (const match of text.matchAll(ORGANIZATION)) {
    let phrase = match[1] ?? '';
    let start = match.index;
    // "After the Constitutional Council …": function words opening a sentence are no name words.
    const lead =
      /^(?:(?:The|A|An|In|At|On|For|By|From|With|And|But|As|To|Of|After|Before|During|Since|Until|When|While|If|Despite|Following|Although|Because|Then)\s+)+(?:the\s+)?/.exec(
        phrase,
      );
    if (lead !== null) {
      phrase = phrase.slice(lead[0].length);
      start += lead[0].length;
    }
    // "Members of Tablighi Jamaat" at a sentence start: the capital is the sentence's, not a name's.
    const opener = /^\p{Lu}\p{Ll}+ of (?:the )?/u.exec(phrase);
    if (
      opener !== null &&
      /(^|[.!?]["”’]?\s+|\n)$/.test(text.slice(Math.max(0, start - 3), start))
    ) {
      phrase = phrase.slice(opener[0].length);
      start += opener[0].length;
    }
    if (!/\s/.test(phrase)) continue;
    mentions.push({
      start,
      end: start + phrase.length,
      text: phrase,
      type: 'organization',
      source: 'rule',
      name: phrase,
      honorifics: [],
    });
  }
  for (const match of text.matchAll(HEAD_OF)) {
    const phrase = match[1] ?? '';
    // "Republic of …" and "Kingdom of …" name countries, the rest organisations.
    const type = /^(Republic|Kingdom)\b/.test(phrase) ? 'place' : 'organization';
    mentions.push({
      start: match.index,
      end: match.index + phrase.length,
      text: phrase,
      type,
      source: 'rule',
      name: phrase,
      honorifics: [],
    });
  }
  for (const match of text.matchAll(ACRONYM)) {
    const start = match.index + 1;
    const acronym = match[1] ?? '';
    // "second language (L2)", "sea surface salinity (SSS)": an acronym after a lower-case word
    // abbreviates a term, unless that word is a body's ("academic libraries (UKB)"); GUM train
    // and dev: 1 organisation in 22 such acronyms, 11 in 27 after a capitalised word.
    const before = /(\p{L}+)[ \t]*$/u.exec(text.slice(Math.max(0, match.index - 40), match.index));
    const word = before?.[1] ?? '';
    if (/^\p{Ll}/u.test(word) && !LOWER_ORG_HEADS.has(word)) continue;
    mentions.push({
      start,
      end: start + acronym.length,
      text: acronym,
      type: 'organization',
      source: 'acronym',
      name: acronym,
      honorifics: [],
    });
  }
  for (const match of text.matchAll(GROUP)) {
    let start = match.index;
    let phrase = match[0];
    // The article's own case ("a Treasury spokesperson"; grouping keys ignore case), but not the
    // capital a sentence gives its first word ("Officials said").
    const written = match[2] ?? '';
    const opensSentence =
      (match[1] ?? '') === '' &&
      (start === 0 || /(?:[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, start - 8), start)));
    let name = opensSentence ? written.charAt(0).toLowerCase() + written.slice(1) : written;
    const modifier = /^([\p{L}-]+)\s+/u.exec(match[2] ?? '');
    if (
      (match[1] ?? '') === '' &&
      modifier !== null &&
      !GROUP_HEAD_ONLY.test(match[2] ?? '') &&
      notAModifier(modifier[1] ?? '', text.slice(Math.max(0, start - 20), start))
    ) {
      start += modifier[0].length;
      phrase = phrase.slice(modifier[0].length);
      name = name.slice(modifier[0].length);
    }
    // "the experts" and "the panel" are definite; bare plurals stay vague for attribution.
    mentions.push({
      start,
      end: start + phrase.length,
      text: phrase,
      type: 'group',
      source: 'group',
      name,
      honorifics: (match[1] ?? '').trim() === '' ? [] : [(match[1] ?? '').trim().toLowerCase()],
    });
  }
  for (const match of text.matchAll(PRONOUN)) {
    const word = (match[1] ?? '').toLowerCase();
    const gender =
      word === 'she' || word === 'her'
        ? 'female'
        : word === 'he' || word === 'him'
          ? 'male'
          : undefined;
    mentions.push({
      start: match.index,
      end: match.index + word.length,
      text: match[0],
      type: word === 'they' ? 'group' : 'person',
      source: 'pronoun',
      name: word,
      honorifics: [],
      ...(gender === undefined ? {} : { gender }),
    });
  }
  return mentions;
}

/** "Ms. Dame" → ["Ms.", "Dame"]; "former justice secretary" → one title. */
function splitTitles(phrase: string): string[] {
  const titles: string[] = [];
  let pending: string[] = [];
  for (const word of phrase.split(/\s+/)) {
    pending.push(word);
    if (HONORIFIC_WORDS.has(word.replace(/\.$/, '').toLowerCase())) {
      titles.push(pending.join(' '));
      pending = [];
    }
  }
  return titles;
}
