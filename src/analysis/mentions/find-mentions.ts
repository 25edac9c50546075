import { escapeRegExp } from '../../core/index.ts';
import type { Mention, MentionSource, MentionType } from '../article-types.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { findGazetteerMentions } from './find-gazetteer-mentions.ts';
import { findRuleMentions, HONORIFIC_WORDS } from './find-rule-mentions.ts';
import { shippedNerModel, tagEntities } from './ner/index.ts';
import { findOpeningNames } from './find-opening-names.ts';
import { joinSplitNames } from './join-split-names.ts';
import { joinNicknamedNames } from './join-nicknamed-names.ts';
import { cutBeforeGivenName, runsIntoGivenName } from './cut-before-given-name.ts';
import { cutLeadingCountry } from './cut-leading-country.ts';
import { joinUnitNames } from './join-unit-names.ts';
import { extendOrganizationNames } from './extend-organization-names.ts';
import { nameKey } from '../../names/index.ts';
import { wholePersonNames } from './whole-person-names.ts';
import { joinSyllableNames } from './join-syllable-names.ts';
import { retypeMentions } from './retype-mentions.ts';
import { dropNonNames } from './drop-non-names.ts';
import { findPlaceNames } from './find-place-names.ts';
import { findStatePlaces } from './find-state-places.ts';
import { lowercaseParticleFront } from './lowercase-particle-front.ts';
import { retypeSchoolTowns, schoolTowns } from './school-towns.ts';
import { findNestedPlaces } from './find-nested-places.ts';
import { VESSEL_ROLE } from './vessel-role.ts';
import { findVesselNames } from './find-vessel-names.ts';
import { joinListedInNames } from './join-listed-in-names.ts';
import { joinRomanceInNames } from './join-romance-in-names.ts';
import { extendVesselNumbers } from './vessel-numbers.ts';
import { arabicNameHead } from './arabic-name-head.ts';
import { PORTFOLIO_BEFORE } from './portfolio-before.ts';
import { mendContinentalNames } from './continental-names.ts';
import { findAcronymOrganizations } from './find-acronym-organizations.ts';
import { splitPersonOfOrganization } from './split-person-of-organization.ts';
import { findCyrillicNames } from './cyrillic/find-cyrillic-names.ts';
import { cutTurkishOffice } from './cut-turkish-office.ts';
import { RUSSIAN_NAME_CASES } from './cyrillic/russian-name-cases.ts';
import { UKRAINIAN_NAME_CASES } from './cyrillic/ukrainian-name-cases.ts';
import { findArabicNames } from './arabic/find-arabic-names.ts';
import { findReadingMentions } from './find-reading-mentions.ts';
import { guessLanguage } from '../extract/guess-language.ts';
import { isLatinName } from './latin-names.ts';
import { findArticleParticleNames } from './find-article-particle-names.ts';
import { findGermanRoleNames } from './find-german-role-names.ts';
import { findGivenNameNames } from './find-given-name-names.ts';
import { takeLowercaseHeads } from './lowercase-organization-heads.ts';
import { retypeGivenNamePlaces } from './given-name-places.ts';
import { retypePossessiveVenues } from './possessive-venues.ts';
import { splitCoordinatedOrganizations } from './split-coordinated-organizations.ts';
import { cutDateBeforeName } from './cut-date-before-name.ts';
import { cutOpeningAdverb } from './cut-opening-adverb.ts';
import { extendInstitutionNames } from './extend-institution-names.ts';
import { findOpeningBodies } from './find-opening-bodies.ts';

// Languages whose people are found by a known given name too (find-given-name-names.ts): the
// tagger, trained on English, misses names in them ("el régimen de Nicolás Maduro", Polish
// "Władimir Putin" after a capitalised place, "Sergeje Lavrova").
const GIVEN_NAME_LANGUAGES = new Set(['German', 'French', 'Spanish', 'Polish', 'Czech']);

// Which source wins where two mentions overlap (then the longer one). The tagger's mentions rank
// between the rules for titled people (above) and for organisations by head word (below); "nlp"
// here is a name propagated from another mention (see propagateNames).
const PRIORITY: Record<MentionSource, number> = {
  gazetteer: 5,
  acronym: 4,
  rule: 3,
  nlp: 2,
  group: 1,
  pronoun: 1,
};
const TAGGER_PRIORITY = 2.5;
const ORGANIZATION_RULE_PRIORITY = 2;

/**
 * Finds the people, organisations, places and groups a text names: the GUM-trained tagger's
 * names (src/analysis/mentions/ner/), the list gazetteer (which knows "Haqqani Network" and
 * "al-Qaeda's"), rules for honorifics, organisation head words and acronyms, then group nouns
 * and pronouns. Overlaps are resolved by source priority, then length; a name keeps one type
 * through the text and its other occurrences are found too. `language` is the text's
 * (guessLanguage), when the caller has it already.
 */
export function findMentions(
  text: string,
  gazetteer?: Gazetteer,
  language: string | null = guessLanguage(text),
): Mention[] {
  // The tagger and the rules read Latin-script English; Russian and Arabic have rules of their own,
  // and in Arabic script (Arabic, Persian) a run of words whose reading is a listed name is a name.
  const cyrillic = language === 'Russian' || language === 'Ukrainian';
  if (cyrillic || language === 'Arabic' || language === 'Persian')
    return resolveOverlaps([
      ...(gazetteer === undefined ? [] : findGazetteerMentions(text, gazetteer)),
      ...(gazetteer === undefined || cyrillic ? [] : findReadingMentions(text, gazetteer)),
      ...(cyrillic
        ? findCyrillicNames(
            text,
            language === 'Ukrainian' ? UKRAINIAN_NAME_CASES : RUSSIAN_NAME_CASES,
          )
        : language === 'Arabic'
          ? findArabicNames(text)
          : []),
    ]);
  const givenNameMentions =
    language !== null && GIVEN_NAME_LANGUAGES.has(language)
      ? findGivenNameNames(text, language)
      : [];
  // Copies: later steps move the start of the mentions themselves.
  const givenNameSpans = givenNameMentions.map((m) => ({ ...m }));
  const candidates: Mention[] = [
    ...(gazetteer === undefined ? [] : findGazetteerMentions(text, gazetteer)),
    ...findTaggerMentions(text),
    ...findRuleMentions(text),
    ...findPlaceNames(text),
    ...findStatePlaces(text),
    ...findAcronymOrganizations(text, shippedNerModel().lexicon),
  ].filter((c) => !runsIntoGivenName(c, givenNameMentions, language));
  // Only where nothing else found a name: the tagger's longer readings ("Mohammed bin Salman
  // al-Saud") stay whole.
  candidates.push(
    ...[
      ...findArticleParticleNames(text),
      ...findOpeningBodies(text, shippedNerModel().lexicon),
      ...(language === 'German' ? findGermanRoleNames(text) : []),
      ...givenNameMentions,
    ].filter((m) => !candidates.some((c) => m.start < c.end && c.start < m.end)),
  );
  const found = joinRomanceInNames(
    text,
    joinListedInNames(text, resolveOverlaps(candidates, text), gazetteer),
    gazetteer,
    language,
  );
  // "Chambers", "Rogers": a one-word "plural" that is the surname of a person the article names
  // is that person.
  const surnames = new Set(
    found
      .filter((m) => m.type === 'person' && m.name.includes(' '))
      .map((m) => m.name.split(' ').at(-1)),
  );
  for (const mention of found)
    if (mention.type === 'group' && TAGGED.has(mention) && surnames.has(mention.name))
      mention.type = 'person';
  const types = documentTypes(found);
  // The tagger decides each occurrence alone; a name keeps one type through an article.
  for (const mention of found) {
    const type = types.get(mention.name);
    if (TAGGED.has(mention) && type !== undefined) mention.type = type;
  }
  const all = takeLowercaseHeads(
    text,
    extendInstitutionNames(
      text,
      extendOrganizationNames(
        text,
        joinSplitNames(
          text,
          joinUnitNames(text, resolveOverlaps([...found, ...propagateNames(text, found, types)])),
        ),
        shippedNerModel().lexicon,
      ),
      shippedNerModel().lexicon,
    ),
  );
  // "the Iran-backed Houthis" beside "the Houthis", a listed organisation: a one-word plural the
  // tagger read as a group of people is that organisation when the article names it so elsewhere.
  const organizations = new Set(
    all.filter((m) => m.type === 'organization').map((m) => m.name.replace(/^the\s+/i, '')),
  );
  for (const mention of all)
    if (mention.type === 'group' && mention.source === 'nlp' && organizations.has(mention.name))
      mention.type = 'organization';
  for (const mention of all) {
    // A name never runs across a line ("…as Foreign Secretary.\n\nYahya Sinwar").
    const lineStart = mention.text.lastIndexOf('\n') + 1;
    if (lineStart > 0) {
      mention.start += lineStart;
      mention.text = text.slice(mention.start, mention.end);
      if (!mention.text.includes(mention.name)) mention.name = mention.text.replace(/['’]s?$/, '');
      mention.honorifics = mention.honorifics.filter((h) => mention.text.includes(h));
    }
    if (mention.type === 'person') takeParticlesBefore(text, mention);
    if (mention.type === 'person' || mention.type === 'organization') setRoleAside(text, mention);
    if (mention.type === 'person') setNameTitlesAside(mention);
  }
  for (const mention of all) {
    // "the Houthis" and "Houthis" are one organisation: the article is no part of its name.
    if (mention.type === 'organization' || mention.type === 'group')
      mention.name = mention.name.replace(/^the\s+(?=\p{Lu})/iu, '');
    // "US Embassy", "Foreign Ministry": a body the tagger read as a place.
    if (mention.type === 'place' && BODY_HEADS.test(mention.name)) mention.type = 'organization';
  }
  const lexicon = shippedNerModel().lexicon;
  const kept = retypeGivenNamePlaces(
    text,
    retypePossessiveVenues(
      text,
      cutOpeningAdverb(
        text,
        cutDateBeforeName(
          text,
          splitCoordinatedOrganizations(
            text,
            dropNonNames(
              text,
              retypeMentions(text, all, lexicon, (m) => m.source === 'nlp'),
            ),
            lexicon,
          ),
        ),
      ),
    ),
    lexicon,
  );
  const typed = [...kept, ...findVesselNames(text, kept)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  // "the Panama-flagged tanker Aurora Riley": a ship is screened as a body, never as a person.
  for (const mention of typed) {
    if (
      mention.type !== 'group' &&
      VESSEL_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))
    ) {
      // Its role says so, which tells the screening to look among listed vessels too.
      mention.type = 'organization';
      if (!mention.honorifics.includes(VESSEL_ROLE))
        mention.honorifics = [...mention.honorifics, VESSEL_ROLE];
    }
    // "Panama-flagged", "Cyprus-registered": the flag is a country.
    else if (/^-(?:flagged|registered)\b/.test(text.slice(mention.end, mention.end + 12)))
      mention.type = 'place';
  }
  const numbered = extendVesselNumbers(text, typed);
  // "Houthi leaders": the singular of a plural organisation or group the article names
  // ("the Houthis") is its adjective, not a person.
  const plurals = new Set(
    typed
      .filter((m) => m.type === 'organization' || m.type === 'group')
      .map((m) => m.name.toLowerCase()),
  );
  const whole = wholePersonNames(
    text,
    cutLeadingCountry(
      text,
      joinSyllableNames(text, joinNicknamedNames(text, numbered)),
      shippedNerModel().lexicon,
    ).filter(
      (m) =>
        m.type !== 'person' || m.name.includes(' ') || !plurals.has(`${m.name.toLowerCase()}s`),
    ),
    ROLE_WORDS,
  );
  // "Prime Minister", "Under Secretary", "The", "No", "of Interior": a title or a function word
  // alone names nobody.
  const mended = mendContinentalNames(text, whole);
  const towns = schoolTowns(mended);
  const named = retypeSchoolTowns(mended, towns).filter(
    (m) =>
      m.type !== 'person' ||
      m.source === 'pronoun' ||
      !m.name.split(/\s+/).every((w) => ROLE_WORDS.has(w.toLowerCase()) || NOT_NAMES.has(w)),
  );
  // "Dhaka" in "Dhaka University": a place named inside a longer name, reported beside it; not
  // "Harrow" in "Harrow School", where the article calls the school "Harrow" too.
  const nested = findNestedPlaces(named, shippedNerModel().lexicon).filter(
    (m) => !towns.has(m.name),
  );
  const sorted = [...named, ...nested].sort((a, b) => a.start - b.start || b.end - a.end);
  const cut = cutBeforeGivenName(sorted, givenNameSpans, language);
  return language === 'Turkish' ? cutTurkishOffice(cut) : cut;
}

// The words news puts before a ship's name.
const VESSEL_BEFORE =
  /(?:-flagged|-registered|\b(?:vessel|tanker|ship|supertanker|freighter|cargo ship|oil tanker))\s+(?:(?:tanker|vessel|ship)\s+)?(?:the\s+)?$/u;

const BODY_HEADS =
  /\s(?:Embassy|Consulate|Ministry|Department|Agency|Council|Committee|Commission)$/u;

// Job titles that news writes before a name ("US Secretary of State Antony Blinken", "Chief
// Executive Officer John Chambers"). Titles that are part of names in the regions Sift watches
// (Sheikh, Mullah, Haji) are not here: "Hassan Sheikh Mohamud" keeps all three words.
const ROLE_WORDS = new Set(
  (
    'acting under deputy chief executive officer director secretary secretary-general minister ' +
    'president vice prime spokesperson spokesman spokeswoman chairman chairwoman head leader ' +
    'shadow former foreign interior defence defense finance affairs state treasury general ' +
    'ambassador envoy commander governor senator undersecretary assistant adviser advisor ' +
    'attorney major colonel captain lieutenant brigadier police officer sheriff ' +
    // Pakistani police ranks: "DPO Waqar Ahmed told reporters".
    'dpo ssp dsp sho igp ' +
    // Nigeria Police Force ranks as news abbreviates them (the Force's rank structure, Police
    // Act 2020 and its Regulations): "CSP Chike Oti", "SP Benjamin Hundeyin".
    'dig aig cp dcp acp csp sp asp insp ' +
    // "Intel Corp CEO Bob Swan": a company's officer is named after their title.
    'ceo cfo coo cto chief executive director founder coach manager of the for and ' +
    // "Oligarch Igor Sechin", "Billionaire Viktor Vekselberg": a descriptor capitalised at the
    // start of a sentence is no given name.
    'oligarch billionaire businessman businesswoman tycoon magnate financier cleric militant warlord'
  ).split(' '),
);

const PERSON_TITLES = new Set(
  'secretary secretary-general minister president spokesman spokesperson spokeswoman leader commander chief director chairman governor ambassador envoy'.split(
    ' ',
  ),
);

/** "de Tocqueville", "von der Leyen": the lower-case particles before a surname are the name's. */
function takeParticlesBefore(text: string, mention: Mention): void {
  const front = lowercaseParticleFront(text, mention.start);
  if (front === mention.start) return;
  mention.name = `${text.slice(front, mention.start)}${mention.name}`;
  mention.start = front;
  mention.text = text.slice(front, mention.end);
}

/** "Sirajuddin Haqqani Minister of Interior": a title after the name is its role too. */
function cutTrailingRole(text: string, mention: Mention): void {
  if (mention.type !== 'person') return;
  const words = mention.text.split(' ');
  const at = words.findIndex(
    (w, i) =>
      i >= 2 &&
      ROLE_WORDS.has(w.toLowerCase().replace(/[.,]$/, '')) &&
      !/^(?:of|the|for|and)$/i.test(w),
  );
  if (at < 0) return;
  const role = words.slice(at);
  // Only title words, and the capitalised words an "of" brings in ("Minister of the Interior").
  const roleOnly = role.every(
    (w, i) =>
      ROLE_WORDS.has(w.toLowerCase()) ||
      (/^\p{Lu}/u.test(w) && /^(?:of|the|for)$/i.test(role[i - 1] ?? '')),
  );
  if (!roleOnly) return;
  mention.end = mention.start + words.slice(0, at).join(' ').length;
  mention.text = text.slice(mention.start, mention.end);
  mention.name = mention.text.replace(/['’]s?$/, '');
  mention.honorifics = [...mention.honorifics, role.join(' ')];
}

// Titles the rules can leave at the front of a person's name ("Mr Justice Globe" → "Justice
// Globe", "Hezbollah's Sheik Hassan Nasrallah") and post-nominals after it ("Anthony Hudson QC").
// Sheikh is not here: it is part of Somali names ("Hassan Sheikh Mohamud").
// Police rank abbreviations are titles too before a surname alone ("added CP Jimoh"): the
// Pakistani and Nigerian ranks of ROLE_WORDS.
const TITLES_BEFORE_NAME = new Set(
  'justice sheriff judge sheik sgt sergeant dpo ssp dsp sho igp dig aig cp dcp acp csp sp asp insp'.split(
    ' ',
  ),
);
const POST_NOMINALS = new Set(['QC', 'KC', 'MP', 'MEP', 'MBE', 'OBE', 'CBE', 'KBE', 'PhD']);

/** Sets title words before and post-nominals after a person's name aside as honorifics. */
function setNameTitlesAside(mention: Mention): void {
  const names = mention.name.split(' ');
  const honorifics: string[] = [];
  while (
    names.length > 1 &&
    TITLES_BEFORE_NAME.has((names[0] ?? '').replace(/\.$/, '').toLowerCase()) &&
    /^\p{Lu}/u.test(names[1] ?? '')
  )
    honorifics.push(names.shift() ?? '');
  while (names.length > 1 && POST_NOMINALS.has(names.at(-1) ?? ''))
    honorifics.push(names.pop() ?? '');
  if (honorifics.length === 0) return;
  mention.name = names.join(' ');
  mention.honorifics = [...new Set([...mention.honorifics, ...honorifics])];
}

const NAME_KINDS = new Set(['first', 'person']);

const NOT_NAMES = new Set(['The', 'No', 'A', 'An', 'Mr', 'Ms', 'Mrs', 'Specially', 'Designated']);

/**
 * A person's mention is the name alone; a job title the tagger took in with it is set aside as
 * its role ("Treasury Secretary Scott Bessent" → "Scott Bessent", honorifics "Treasury
 * Secretary"). Only a run of title words (and the capitalised words they qualify) is cut, and
 * two name words must remain.
 */
function setRoleAside(text: string, mention: Mention): void {
  cutPortfolioEnd(text, mention);
  cutTrailingRole(text, mention);
  cutTitleContinued(text, mention);
  // "Cisco Systems Inc Chief" (+ "Executive John Chambers"): a title word that ends an
  // organisation's name belongs to the person after it.
  if (mention.type === 'organization') {
    const words = mention.text.split(' ');
    while (words.length > 1 && PERSON_TITLES.has((words.at(-1) ?? '').toLowerCase())) words.pop();
    if (words.length < mention.text.split(' ').length) {
      mention.end = mention.start + words.join(' ').length;
      mention.text = text.slice(mention.start, mention.end);
      mention.name = mention.text.replace(/^the\s+/i, '');
    }
  }
  const words = mention.text.split(' ');
  const isRole = (w: string | undefined): boolean =>
    ROLE_WORDS.has((w ?? '').toLowerCase().replace(/\.$/, ''));
  let cut = -1;
  for (let i = 0; i < words.length - 2; i++) if (isRole(words[i])) cut = i;
  // "Attorney General Carlin", "Prime Minister Khan": after two title words one name is enough.
  const titles = words.slice(0, -1).filter((w) => isRole(w) && !/^(?:of|the|for|and)$/i.test(w));
  if (words.length >= 3 && isRole(words.at(-2)) && titles.length >= 2 && !isRole(words.at(-1)))
    cut = words.length - 2;
  if (cut < 0) return;
  // Every word before the cut is a title word or qualifies one ("US", "Treasury", "Hezbollah").
  const roles = words.slice(0, cut + 1);
  if (!roles.every((w) => ROLE_WORDS.has(w.toLowerCase()) || /^[\p{Lu}][\p{L}.'’-]*$/u.test(w)))
    return;
  const rest = words.slice(cut + 1);
  const minimum = cut === words.length - 2 && titles.length >= 2 ? 1 : 2;
  if (rest.length < minimum || !rest.every((w) => /^[\p{Lu}]/u.test(w))) return;
  // "Hezbollah Deputy Secretary-General Naim Qassem", tagged as an organisation: a person's title
  // followed by a first name is a person.
  if (mention.type === 'organization') {
    const title = (words[cut] ?? '').toLowerCase();
    const first = shippedNerModel().lexicon.get((rest[0] ?? '').toLowerCase());
    if (!PERSON_TITLES.has(title) || first !== 'first') return;
    mention.type = 'person';
  }
  const offset = roles.join(' ').length + 1;
  mention.start += offset;
  mention.text = text.slice(mention.start, mention.end);
  const names = mention.text.replace(/['’]s?$/, '').split(' ');
  const honorifics: string[] = [];
  while (names.length > 1 && HONORIFIC_WORDS.has((names[0] ?? '').replace(/\.$/, '').toLowerCase()))
    honorifics.push(names.shift() ?? '');
  mention.name = names.join(' ');
  mention.honorifics = [...new Set([...mention.honorifics, roles.join(' '), ...honorifics])];
}

/**
 * "Minister for Information and" + "Broadcasting Fawad Chaudhry": the first word of a person's
 * name the tagger opened inside an office's portfolio ends the portfolio, and is set aside with it.
 */
function cutPortfolioEnd(text: string, mention: Mention): void {
  if (mention.type !== 'person') return;
  const words = mention.text.split(' ');
  if (words.length < 3) return;
  // "… and Sirajuddin Haqqani Khan": a name word after the "and" is a second person, not a portfolio.
  const kind = shippedNerModel().lexicon.get((words[0] ?? '').toLowerCase());
  if (kind === 'first' || kind === 'last' || kind === 'person') return;
  if (!PORTFOLIO_BEFORE.test(text.slice(Math.max(0, mention.start - 80), mention.start))) return;
  mention.start += (words[0] ?? '').length + 1;
  mention.text = text.slice(mention.start, mention.end);
  mention.name = mention.text.replace(/['’]s?$/, '');
}

/**
 * "Assistant Attorney" + "General Carlin": a person's name the tagger opened inside a title sets
 * the title words it took in aside, with the title words before it, down to one name word.
 */
function cutTitleContinued(text: string, mention: Mention): void {
  if (mention.type !== 'person') return;
  const isRole = (w: string | undefined): boolean =>
    ROLE_WORDS.has((w ?? '').toLowerCase()) && !/^(?:of|the|for|and)$/i.test(w ?? '');
  const before = /((?:\p{Lu}[\p{L}-]*[ \t]+)+)$/u.exec(
    text.slice(Math.max(0, mention.start - 60), mention.start),
  );
  const prior = (before?.[1] ?? '').trim().split(/\s+/);
  if (!isRole(prior.at(-1))) return;
  const words = mention.text.split(' ');
  let lead = 0;
  while (lead < words.length - 1 && isRole(words[lead])) lead++;
  if (lead === 0) return;
  let first = prior.length;
  while (first > 0 && isRole(prior[first - 1])) first--;
  mention.start += words.slice(0, lead).join(' ').length + 1;
  mention.text = text.slice(mention.start, mention.end);
  mention.name = mention.text.replace(/['’]s?$/, '');
  const role = [...prior.slice(first), ...words.slice(0, lead)].join(' ');
  mention.honorifics = [...new Set([...mention.honorifics, role])];
}

/**
 * The type each name has in most of its mentions in the document (a person's first and last
 * word count as that person's name too); names whose votes tie are left out.
 */
function documentTypes(found: readonly Mention[]): Map<string, MentionType> {
  const votes = new Map<string, Map<MentionType, number>>();
  const vote = (name: string, type: MentionType, weight: number): void => {
    const tally = votes.get(name) ?? new Map<MentionType, number>();
    tally.set(type, (tally.get(type) ?? 0) + weight);
    votes.set(name, tally);
  };
  for (const mention of found) {
    if (mention.source === 'pronoun' || mention.source === 'group') continue;
    // Sources other than the tagger are more sure of their type.
    vote(mention.name, mention.type, TAGGED.has(mention) ? 1 : 2);
    const words = mention.name.split(' ');
    if (mention.type === 'person' && words.length >= 2)
      for (const word of new Set([words[0], words.at(-1)]))
        if (word !== undefined) vote(word, 'person', 1);
  }
  const types = new Map<string, MentionType>();
  const lexicon = shippedNerModel().lexicon;
  for (const [name, tally] of votes) {
    const ranked = [...tally].sort((a, b) => b[1] - a[1]);
    const [first, second, third] = ranked;
    if (first !== undefined && (second === undefined || first[1] > second[1]))
      types.set(name, first[0]);
    // "The U.S. Treasury has …" beside "Brian Nelson, U.S. Treasury's under secretary": a name
    // read once as a body and once as a person, with no first name in it, is the body.
    else if (
      first !== undefined &&
      second !== undefined &&
      (third === undefined || third[1] < second[1]) &&
      [first[0], second[0]].sort().join() === 'organization,person' &&
      !name.split(' ').some((w) => NAME_KINDS.has(lexicon.get(w.toLowerCase()) ?? ''))
    )
      types.set(name, 'organization');
  }
  return types;
}

/**
 * Once a name is found somewhere, its other occurrences are mentions too: a person's surname or
 * first name alone ("Norton", "Melanie"), and every repeat of an organisation or place name
 * that the NLP missed in a harder context.
 */
function propagateNames(
  text: string,
  found: readonly Mention[],
  types: ReadonlyMap<string, MentionType>,
): Mention[] {
  const forms = new Map<string, MentionType>();
  // A word the article also writes in lower case ("The", "Senators") is not a name by itself.
  const lowerWords = new Set(text.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? []);
  const singleName = (word: string): boolean => !lowerWords.has(word.toLowerCase());
  for (const mention of found) {
    if (mention.source === 'pronoun' || mention.source === 'group') continue;
    const words = mention.name.split(' ');
    if (mention.type === 'person' && words.length >= 2) {
      for (const word of [words[0], words.at(-1)])
        if (
          word !== undefined &&
          /^\p{Lu}\p{Ll}{2,}$/u.test(word) &&
          !HONORIFIC_WORDS.has(word.toLowerCase()) &&
          !forms.has(word) &&
          types.get(word) === 'person' &&
          singleName(word)
        )
          forms.set(word, 'person');
    }
    const type = types.get(mention.name);
    if (
      type !== undefined &&
      !forms.has(mention.name) &&
      (mention.name.includes(' ') || singleName(mention.name)) &&
      /^\p{Lu}/u.test(mention.name) &&
      mention.name.length >= 3
    )
      forms.set(mention.name, type);
  }
  const added: Mention[] = [];
  for (const [form, type] of forms) {
    // "Al-Madani" opening a sentence is "al-Madani" inside one: the particle takes either case.
    const escaped = escapeRegExp(form).replace(
      /^([AaEe])l-/,
      (_, a: string) => `[${a.toUpperCase()}${a.toLowerCase()}]l-`,
    );
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern))
      added.push({
        start: match.index,
        end: match.index + form.length,
        text: match[0],
        type,
        source: 'nlp',
        name: match[0],
        honorifics: [],
      });
  }
  return added;
}

// The GUM-trained tagger's mentions (see TAGGER_PRIORITY). compromise is not used: on GUM dev,
// with it filling the tagger's gaps, person/org/place F1 moved +0.01/-0.00/-0.01 for 150-350 ms
// per 10 KB article (docs/decisions/003-article-analysis.md).
const TAGGED = new WeakSet<Mention>();
const rank = (mention: Mention): number =>
  TAGGED.has(mention)
    ? TAGGER_PRIORITY
    : mention.source === 'rule' && mention.type !== 'person'
      ? ORGANIZATION_RULE_PRIORITY
      : PRIORITY[mention.source];

/** The tagger's names, tidied (honorifics aside, possessive and articles off). */
function findTaggerMentions(text: string): Mention[] {
  const lexicon = shippedNerModel().lexicon;
  const spans = tagEntities(text);
  const mentions = [...spans, ...findOpeningNames(text, spans, lexicon)].flatMap((span) => {
    let { start, end } = span;
    // Arabic particles, which GUM hardly has: "Ayman al-Zawahri", "Osama bin Laden". A particle
    // the tagger ended the name on ("Mu’in Daqiq Al" + "-‘Amili") is read again with its name.
    if (span.type === 'person') {
      const particle = /[ \t](?:al|el|Al|El|bin|ibn|abu|abd)$/.exec(text.slice(start, end));
      if (particle !== null && /^[-\s]['‘’\u0060]?\p{Lu}/u.test(text.slice(end, end + 3)))
        end -= particle[0].length;
      end += particleTail(text.slice(end, end + 60), lexicon);
    }
    start -= PARTICLE_HEAD.exec(text.slice(Math.max(0, start - 4), start))?.[0].length ?? 0;
    start -= arabicNameHead(text.slice(Math.max(0, start - 16), start));
    let type = span.type;
    // "Sheriff" + "Chad" (a country) + "Chronister": a place the tagger cut out of a titled name.
    const titled = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(
      text.slice(Math.max(0, start - 20), start),
    );
    const surname = /^[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u.exec(text.slice(end, end + 30));
    if (
      type === 'place' &&
      !span.text.includes(' ') &&
      ROLE_WORDS.has((titled?.[1] ?? '').toLowerCase()) &&
      surname !== null &&
      !lexicon.has((surname[1] ?? '').toLowerCase())
    ) {
      type = 'person';
      end += surname[0].length;
    }
    // "Iran’s Islamic Revolutionary" + "Guard Corps": capitalised words the tagger left off the
    // front of an organisation's name, inside a sentence.
    if (type === 'organization') start = organizationFront(text, start, lexicon);
    // "Members of Tablighi Jamaat" opening a sentence: the capital is the sentence's.
    const opener = /^(\p{Lu}\p{Ll}+) of (?:the )?/u.exec(text.slice(start, end));
    if (
      opener !== null &&
      ['common', 'title', undefined].includes(lexicon.get((opener[1] ?? '').toLowerCase())) &&
      /(^|[.!?]["”’]?\s+|\n)$/.test(text.slice(Math.max(0, start - 3), start))
    )
      start += opener[0].length;
    const mention = tidySpan(text, start, end, type);
    // "Russian troops", "Russian President": a nationality, alone or with a title, names nobody;
    // read as a person it drew "she said" to itself.
    if (mention?.type === 'person' && isNationalityOrTitle(mention.name, lexicon)) return [];
    // "Central Finance Unit", "the West": a compass word alone is no place to report.
    if (mention?.type === 'place' && COMPASS_WORDS.test(mention.name)) return [];
    // "Muslims", "Uzbeks": GUM counts nationalities and faiths as people; Sift screens people by
    // name, so a one-word plural that is no known first or last name is a group.
    if (
      mention?.type === 'person' &&
      PLURAL_GROUP.test(mention.name) &&
      !isLatinName(mention.name.toLowerCase(), lexicon)
    ) {
      const word = mention.name.toLowerCase();
      const names = [word, word.replace(/s$/, '')].map((w) => lexicon.get(w) ?? '');
      if (!names.some((kind) => ['first', 'last', 'person'].includes(kind))) mention.type = 'group';
    }
    return mention ?? [];
  });
  const split = splitPersonOfOrganization(text, mentions, lexicon);
  for (const mention of split) TAGGED.add(mention);
  return split;
}

// "Al-‘Amili" opens with an ayn mark; "al-Qassabi Lari" goes on with one more name word.
// "… al-Khaliq Badr al-Din al-Houthi": up to three particle names, a plain word only between them.
const PARTICLE = String.raw`(?:al|el|Al|El|bin|ibn|bint|abu|abd|ul|ud|ad|as|ar|ash)[-\s]['‘’\u0060]?\p{Lu}[\p{L}'’]+`;
const PLAIN = String.raw`[ \t]+\p{Lu}\p{Ll}{2,}(?![\p{L}'’-])`;
const PARTICLE_TAIL = new RegExp(
  String.raw`^(?:[ \t]+${PARTICLE}(?:${PLAIN}(?=[ \t]+${PARTICLE}))?){1,3}(?:${PLAIN})?`,
  'u',
);
/** The length of an Arabic particle name after a person's name, with one more name word after it. */
function particleTail(after: string, lexicon: ReadonlyMap<string, string>): number {
  const match = PARTICLE_TAIL.exec(after);
  if (match === null) return 0;
  const last = /[ \t]+(\p{Lu}\p{Ll}+)$/u.exec(match[0]);
  // A day, a month or a common word after the particle name is not part of it ("… al-Banai Monday").
  const kind = last?.[1] === undefined ? undefined : lexicon.get(last[1].toLowerCase());
  if (last !== null && kind !== undefined && !['first', 'last', 'person'].includes(kind))
    return match[0].length - last[0].length;
  return match[0].length;
}

// Lexicon classes that start something other than the organisation's name ("Iran’s", "Monday").
const NOT_ORGANIZATION_FRONT = new Set([
  'first',
  'last',
  'person',
  'title',
  'date',
  'country',
  'place',
]);

/** The start of an organisation's name run back over the capitalised words before it. */
function organizationFront(
  text: string,
  start: number,
  lexicon: ReadonlyMap<string, string>,
): number {
  let front = start;
  for (let k = 0; k < 3; k++) {
    const word = /(?:^|[ \t])(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(
      text.slice(Math.max(0, front - 30), front),
    );
    if (word === null) break;
    const at = front - word[0].length + (word[0].length - word[0].trimStart().length);
    // A word opening a sentence may be any capitalised word ("Yesterday Guard Corps …").
    if (/(?:^|[.!?:;"“”\n]\s*)$/u.test(text.slice(Math.max(0, at - 3), at))) break;
    if (NOT_ORGANIZATION_FRONT.has(lexicon.get((word[1] ?? '').toLowerCase()) ?? '')) break;
    front = at;
  }
  return front;
}

const PARTICLE_HEAD = /(?<![\p{L}])(?:al|el)-$/iu;
// "Truss", "Ross", "Hess" end in -ss and are surnames, not plurals.
const PLURAL_GROUP = /^\p{Lu}\p{Ll}*[^\Ws]s$/u;
const COMPASS_WORDS =
  /^(?:Central|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Greater|Middle)$/;
// Nationalities the tagger's lexicon does not class as demonyms.
const MORE_DEMONYMS = new Set(
  'british english scottish welsh irish somali yemeni turkish spanish dutch swedish danish polish finnish sudanese gazan'.split(
    ' ',
  ),
);

/** True when every word of a name is a nationality or a job title ("Russian", "Russian President"). */
function isNationalityOrTitle(name: string, lexicon: ReadonlyMap<string, string>): boolean {
  const words = name.split(/\s+/).map((w) => w.toLowerCase());
  const nationality = (w: string): boolean => lexicon.get(w) === 'demonym' || MORE_DEMONYMS.has(w);
  return words.some(nationality) && words.every((w) => nationality(w) || ROLE_WORDS.has(w));
}

/** Trims punctuation, possessives, leading articles and honorifics off a tagged span. */
function tidySpan(text: string, from: number, to: number, type: MentionType): Mention | null {
  let start = from;
  let end = to;
  const slice = (): string => text.slice(start, end);
  while (end > start && /[\s,.;:!?“”"’'()[\]–—-]/.test(text[end - 1] ?? '')) end--;
  // "U.S.", "D.C.": the last full stop of initials is the name's, even where it ends a sentence.
  if (text[end] === '.' && /(?<![\p{L}])(?:\p{Lu}\.)+\p{Lu}$/u.test(slice())) end++;
  const possessive = /['’]s?$/.exec(slice());
  if (possessive !== null && end - possessive[0].length > start) end -= possessive[0].length;
  while (start < end && /[\s“"‘'(–—-]/.test(text[start] ?? '')) start++;
  const article = /^(the|a|an)\s+/i.exec(slice());
  if (article !== null) start += article[0].length;
  const words = slice().split(/\s+/);
  if (words.length === 0 || slice() === '') return null;
  // Generic phrases compromise tags as organisations ("Muslim community", "Afghan government").
  if (type === 'organization' && !/^[\p{Lu}\p{N}]/u.test(words.at(-1) ?? '')) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0] ?? '')) return null;
  const honorifics: string[] = [];
  while (words.length > 1 && HONORIFIC_WORDS.has((words[0] ?? '').replace(/\.$/, '').toLowerCase()))
    honorifics.push(words.shift() ?? '');
  if (
    type === 'person' &&
    words.length === 1 &&
    honorifics.length === 0 &&
    words[0] === words[0]?.toUpperCase()
  )
    return null;
  return { start, end, text: slice(), type, source: 'nlp', name: words.join(' '), honorifics };
}

function resolveOverlaps(candidates: Mention[], text?: string): Mention[] {
  const ranked = [...candidates].sort(
    (a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Mention[] = [];
  for (const mention of ranked) {
    const clash = kept.find((k) => mention.start < k.end && k.start < mention.end);
    if (clash === undefined) {
      kept.push(mention);
      continue;
    }
    // "Mount Hood", "Euphrates River": a landform word makes the name a place, whatever person
    // the tagger read in it ("Hood"); the place rule wins over a tagged person or place it
    // covers ("Fla." over "Fla").
    if (
      mention.source === 'rule' &&
      mention.type === 'place' &&
      TAGGED.has(clash) &&
      (clash.type === 'person' || clash.type === 'place') &&
      mention.start <= clash.start &&
      mention.end >= clash.end &&
      !kept.some((k) => k !== clash && mention.start < k.end && k.start < mention.end)
    ) {
      kept.splice(kept.indexOf(clash), 1, mention);
      continue;
    }
    // "Hezbollah Deputy Secretary-General Naim Qassem": a listed organisation opens the tagger's
    // person; the rest of it is still the person (its title is set aside later).
    const rest =
      text !== undefined &&
      TAGGED.has(mention) &&
      mention.type === 'person' &&
      clash.type === 'organization' &&
      clash.start <= mention.start &&
      clash.end < mention.end
        ? tidySpan(text, clash.end, mention.end, 'person')
        : null;
    if (
      rest !== null &&
      rest.name.split(' ').length >= 2 &&
      !kept.some((k) => rest.start < k.end && k.start < rest.end)
    ) {
      TAGGED.add(rest);
      kept.push(rest);
    }
    // "Idris Ali Awad al Fay": a listed company named after a family ("AL FAY COMPANY", alias "al
    // Fay") at the end of the tagger's person is the person's surname.
    if (
      TAGGED.has(mention) &&
      mention.type === 'person' &&
      clash.source === 'gazetteer' &&
      clash.type === 'organization' &&
      clash.end === mention.end &&
      clash.start > mention.start &&
      text !== undefined &&
      text.slice(mention.start, clash.start).trim().split(/\s+/).length >= 2 &&
      /^(?:al|el|bin|ibn|abu)[-\s]/i.test(clash.text) &&
      !kept.some((k) => k !== clash && mention.start < k.end && k.start < mention.end)
    ) {
      kept.splice(kept.indexOf(clash), 1, mention);
      continue;
    }
    // "Aurora Riley", a tanker, is not the EU-listed "Aurora": a one-word list name that only
    // opens the tagger's two-word name gives way to the whole name.
    if (
      TAGGED.has(mention) &&
      clash.source === 'gazetteer' &&
      nameKey(clash.name).split(' ').length === 1 &&
      clash.start === mention.start &&
      clash.end < mention.end &&
      /^\s+\p{Lu}[\p{Ll}'’-]+$/u.test(text?.slice(clash.end, mention.end) ?? '') &&
      !ROLE_WORDS.has(text?.slice(clash.end, mention.end).trim().toLowerCase() ?? '') &&
      !kept.some((k) => k !== clash && mention.start < k.end && k.start < mention.end)
    ) {
      kept.splice(kept.indexOf(clash), 1, mention);
      continue;
    }
    // A one-word list name inside a place the NLP found ("Kabul") stays a place; "Al-Qaeda" is
    // two words of a name, however it is hyphenated.
    if (
      clash.source === 'gazetteer' &&
      mention.type === 'place' &&
      nameKey(clash.name).split(' ').length === 1 &&
      clash.start === mention.start &&
      clash.end === mention.end
    )
      Object.assign(clash, { type: 'place' as const });
  }
  return kept.sort((a, b) => a.start - b.start);
}
