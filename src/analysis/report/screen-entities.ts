import type {
  Hit,
  ListEntity,
  NameQuery,
  PartAlignment,
  Schema,
  ScreenResult,
} from '../../core/index.ts';
import type {
  AnalyzedEntity,
  ArticleEntity,
  EntityHit,
  EntityScreening,
  ScreenFunction,
} from '../article-types.ts';
import { groupListings } from './group-listings.ts';
import {
  analyzeName,
  legalFormOf,
  nameEquivalents,
  nameKey,
  reverseTranscriptionAs,
} from '../../names/index.ts';
import { listedNameFor } from '../mentions/news-names.ts';
import { nicknameWithSurname } from '../mentions/join-nicknamed-names.ts';
import { VESSEL_ROLE } from '../mentions/vessel-role.ts';
import { isShortFormOfListed } from './short-form-of-listed.ts';
import { isQuotedNameOf } from './quoted-company-name.ts';
import { wordsGivenByDescriptor } from './descriptor-kind-words.ts';
import { bareWordOfCharity } from './bare-word-of-charity.ts';
import { articleRoles, listingsHoldingRole, preferListingsWithRole } from './listing-roles.ts';
import { isMediaListing } from './news-outlets.ts';
import { reasonNamesArticleBody, shortTypoParts } from './short-name-typo.ts';
import { isListedTitledName, weakNameKeys } from './titled-listed-name.ts';
import { namesListingVerbatim } from './verbatim-listed-name.ts';
import { nominativeReadings } from './nominative-readings.ts';

/** What screening needs besides the entities. */
export interface ScreenEntitiesOptions {
  screen: ScreenFunction;
  /** The listed entity behind a hit, for its listing reason and countries. */
  lookupEntity?: (id: string) => ListEntity | undefined;
  /** ISO alpha-2 codes of the places the article names (country evidence for hits). */
  articleCountries?: readonly string[];
  /** Ids of the article's organisations it cites as news outlets (news-outlets.ts). */
  newsOutlets?: ReadonlySet<string>;
  /** Names of the organisations the article names, to read a listing's reason against. */
  articleOrganisations?: readonly string[];
  lists?: string[];
  /** Lowest score shown as a partial hit; below it a candidate is not shown at all. */
  partialFloor?: number;
  /** The article's language (`French`, `German` …), to read its spellings of Russian names. */
  articleLanguage?: string;
  /** The article's text, to read the title before a person's name (listing-roles.ts). */
  articleText?: string;
}

// The languages whose press transcribes Russian and Ukrainian names by a table of their own
// (names/translit/european-cyrillic.ts), by the names guessLanguage gives them.
const TRANSCRIBING_LANGUAGES: Readonly<Record<string, string>> = {
  French: 'fr',
  German: 'de',
  Spanish: 'es',
  // Session 23: the Dutch press transcribes Russian names too (Vladimir Poetin), and the engine
  // reads Dutch oe as u only beside another Dutch letter group. (Polish and Czech names are read
  // back from their cases under a guard of their own, below.)
  Dutch: 'nl',
};

const DEFAULT_PARTIAL_FLOOR = 0.75;
// The engine's note on a query part that another name of the same listed entity holds (a rare
// one: common names are never counted so; matching/alias-support.ts).
const HELD_BY_ANOTHER_NAME = 'held by another name of the entity';
// Words that do not make a listed name longer ("THE HOUTHIS" is one word of name).
const ARTICLES = new Set(['the', 'al', 'el', 'of', 'and']);
const MAX_PARTIALS = 5;
const MIN_PART_SIMILARITY = 0.85;
// The engine's rarity weight below which a name part is a very common given name ("Mohamed" 0.37,
// "Ali" 0.47); rarer names weigh more ("Yahya" 0.76, "Jihad" 0.74, "Sinwar" 1).
const COMMON_NAME_WEIGHT = 0.5;

// Words that news capitalises in names ("Pakistan People's Party", "The", "No.") but that name
// nothing alone: screened alone, "Party" answered an EU-listed "…Liberation Party".
const GENERIC_WORDS = new Set(
  (
    'the a an no party front army group movement council network organisation organization ' +
    'company bank state government ministry office committee union league alliance brigade ' +
    'brigades forces force people association foundation front minister president secretary ' +
    'prime minister treasury department specially designated west bank interior'
  ).split(' '),
);

/**
 * Screens every person and organisation (each of its names, plus the listed name behind a
 * common news name) and sorts the hits into matches and partial hits: a hit is only a match when
 * every significant listed name part is present in the article's name and a person is named by
 * more than one word. Places and groups are not screened.
 */
export async function screenEntities(
  entities: readonly ArticleEntity[],
  options: ScreenEntitiesOptions,
): Promise<AnalyzedEntity[]> {
  const screen = screenOncePerQuery(options.screen);
  // Every query is asked at once, in the order they were asked one by one before: the audit trail
  // then commits them in one transaction (one disk sync) instead of one per name.
  return Promise.all(
    entities.map(async (entity): Promise<AnalyzedEntity> =>
      entity.type !== 'person' && entity.type !== 'organization'
        ? { ...entity, screening: null }
        : { ...entity, screening: await screenEntity(entity, screen, options) },
    ),
  );
}

/**
 * Screens each distinct query once per article: the same name can reach screening from more than
 * one entity (a news name and its listed name, two entities the grouping kept apart), and an
 * answer depends only on the query and the loaded lists. It is per article on purpose: a cache
 * across articles would also skip the audit record of each screening.
 */
function screenOncePerQuery(screen: ScreenFunction): (query: NameQuery) => Promise<ScreenResult> {
  const answers = new Map<string, Promise<ScreenResult>>();
  return (query) => {
    const key = JSON.stringify([query.name, query.schema, query.limit, query.lists]);
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = Promise.resolve(screen(query));
      // Queries are asked before earlier answers are awaited: a failure is reported where it is
      // awaited, not also as an unhandled rejection.
      answer.catch(() => undefined);
      answers.set(key, answer);
    }
    return answer;
  };
}

async function screenEntity(
  entity: ArticleEntity,
  screen: (query: NameQuery) => Promise<ScreenResult>,
  options: ScreenEntitiesOptions,
): Promise<EntityScreening> {
  const best = new Map<string, EntityHit>();
  // A ship the article names ("the tanker Aurora Riley") is looked for among vessels too.
  const schemas: Schema[] =
    entity.type === 'person'
      ? ['Person']
      : entity.honorifics.includes(VESSEL_ROLE)
        ? ['Organization', 'Vessel']
        : ['Organization'];
  const asked = namesToScreen(entity, options.articleLanguage).flatMap(({ name, label, lemma }) =>
    schemas.map((schema) => ({
      label,
      lemma,
      answer: screen({
        name,
        schema,
        limit: 25,
        ...(options.lists === undefined ? {} : { lists: options.lists }),
      }),
    })),
  );
  const answered = await Promise.all(
    asked.map(async ({ label, lemma, answer }) => ({ label, lemma, result: await answer })),
  );
  const roles =
    entity.type === 'person' ? articleRoles(entity, options.articleText) : new Set<string>();
  const holdingRole = listingsHoldingRole(
    answered.flatMap(({ result }) => result.results),
    roles,
    options.lookupEntity,
  );
  const weakNames = weakNameKeys(answered.flatMap(({ result }) => result.results));
  // A name read back to its nominative (nominative-readings.ts) only sharpens a hit on an entity
  // the name as written already reaches: a case ending read wrong never brings in another one.
  const reached = new Set<string>();
  for (const { label, lemma, result } of [...answered].sort((a, b) => +a.lemma - +b.lemma)) {
    for (const hit of result.results) {
      if (lemma && !reached.has(hit.entityId)) continue;
      const titled = isListedTitledName(
        hit,
        entity,
        weakNames,
        options.lookupEntity?.(hit.entityId),
      );
      const view = viewHit(hit, label, entity, options, holdingRole.has(hit.entityId), titled);
      if (view === null) continue;
      if (!lemma) reached.add(hit.entityId);
      const known = best.get(hit.entityId);
      if (known === undefined || rank(view) > rank(known)) best.set(hit.entityId, view);
    }
  }
  const hits = groupListings(
    preferListingsWithRole([...best.values()], holdingRole, roles).sort(
      (a, b) => rank(b) - rank(a),
    ),
    options.lookupEntity,
  );
  const matches = hits.filter((h) => h.match === 'match');
  const partials = hits.filter((h) => h.match === 'partial').slice(0, MAX_PARTIALS);
  return {
    match: matches.length > 0 ? 'match' : partials.length > 0 ? 'partial' : 'none',
    hits: [...matches, ...partials],
  };
}

function rank(hit: EntityHit): number {
  return (hit.match === 'match' ? 1 : 0) + hit.score;
}

function namesToScreen(
  entity: ArticleEntity,
  articleLanguage: string | undefined,
): { name: string; label: string; lemma: boolean }[] {
  const all = [entity.name, ...entity.aliases].filter(
    (n) => /\p{L}/u.test(n) && !GENERIC_WORDS.has(nameKey(n)),
  );
  const multiWord = all.some((n) => n.trim().includes(' '));
  const seen = new Set<string>();
  const names: { name: string; label: string; lemma: boolean }[] = [];
  for (const name of all) {
    // A person's bare first or last name only adds surname-alone partials once the full name is known.
    if (entity.type === 'person' && multiWord && !name.includes(' ')) continue;
    const key = nameKey(name);
    if (key.length < 2 || seen.has(key)) continue;
    seen.add(key);
    names.push({ name, label: name, lemma: false });
    if (entity.type === 'person')
      for (const reading of nominativeReadings(name, articleLanguage))
        if (!seen.has(nameKey(reading))) {
          seen.add(nameKey(reading));
          names.push({
            name: reading,
            label: `${reading} (the nominative of "${name}")`,
            lemma: true,
          });
        }
    const listed = listedNameFor(name);
    if (listed !== undefined && !seen.has(nameKey(listed))) {
      seen.add(nameKey(listed));
      names.push({
        name: listed,
        label: `${listed} (the listed name for "${name}")`,
        lemma: false,
      });
    }
    const russian = transcribedRussianName(entity, name, articleLanguage);
    if (russian !== undefined && !seen.has(nameKey(russian))) {
      seen.add(nameKey(russian));
      names.push({
        name: russian,
        label: `${russian} (the ${articleLanguage ?? ''} spelling "${name}" read back)`,
        lemma: false,
      });
    }
  }
  // Joaquin "El Chapo" Guzman: the lists keep the nickname with the surname (GUZMAN, Chapo).
  for (const { text } of entity.type === 'person' ? entity.mentions : []) {
    const nicknamed = nicknameWithSurname(text);
    if (nicknamed === undefined || seen.has(nameKey(nicknamed))) continue;
    seen.add(nameKey(nicknamed));
    names.push({
      name: nicknamed,
      label: `${nicknamed} (the nickname in "${text}")`,
      lemma: false,
    });
  }
  return names;
}

/**
 * A person's name in a French, German, Spanish or Dutch article read back from that language's
 * transcription of Russian ("Alexei Mordachov" → alexei mordashov), which the engine reads only
 * when the name carries letters no English spelling writes: the article says which language it is.
 */
function transcribedRussianName(
  entity: ArticleEntity,
  name: string,
  articleLanguage: string | undefined,
): string | undefined {
  const code = articleLanguage === undefined ? undefined : TRANSCRIBING_LANGUAGES[articleLanguage];
  if (entity.type !== 'person' || code === undefined) return undefined;
  return reverseTranscriptionAs(name, code);
}

function viewHit(
  hit: Hit,
  label: string,
  entity: ArticleEntity,
  options: ScreenEntitiesOptions,
  sameOffice: boolean,
  titled: boolean,
): EntityHit | null {
  const floor = options.partialFloor ?? DEFAULT_PARTIAL_FLOOR;
  if (hit.score < floor) return null;
  // "EU" against the alias "S.A.S. E.U.": an article name made only of legal forms names no one.
  const queryTokens = hit.explanation.queryTokens;
  if (queryTokens.length > 0 && queryTokens.every((t) => legalFormOf(t) !== undefined)) return null;
  const listed = options.lookupEntity?.(hit.entityId);
  const listedCountries = new Set([...(listed?.countries ?? []), ...(listed?.nationalities ?? [])]);
  const countryEvidence = (options.articleCountries ?? []).filter((c) => listedCountries.has(c));
  const why =
    differentLegalForm(hit, label, entity) ??
    (entity.type === 'organization'
      ? bareWordOfCharity(hit.matchedName.full, listed)
      : undefined) ??
    // The list's own name of a titled person, word for word (titled-listed-name.ts).
    (titled
      ? undefined
      : partialReason(
          hit,
          entity,
          reasonNamesArticleBody(listed, options.articleOrganisations),
          sameOffice,
          namesListingVerbatim(hit, listed),
        )) ??
    stateBodyElsewhere(hit, entity, countryEvidence) ??
    (options.newsOutlets?.has(entity.id) === true && listed !== undefined && !isMediaListing(listed)
      ? `the article cites "${entity.name}" as a news outlet, and the listed entity is no media outlet`
      : undefined);
  const view: EntityHit = {
    entityId: hit.entityId,
    list: hit.list,
    reference: hit.reference,
    caption: hit.caption,
    score: hit.score,
    match: (hit.match || titled) && why === undefined ? 'match' : 'partial',
    queryName: label,
    matchedName: { full: hit.matchedName.full, kind: hit.matchedName.kind },
    countryEvidence,
    explanation: hit.explanation,
  };
  const partial =
    hit.match || titled
      ? why
      : `score ${hit.score.toFixed(2)} is below the threshold ${hit.explanation.threshold}`;
  if (partial !== undefined) view.partialReason = partial;
  if (listed?.reason !== undefined) view.reason = listed.reason;
  return view;
}

/**
 * "Haleel Commodities L.L.C." is not "HALEEL COMMODITIES LIMITED": where the article and the
 * listed name both give a legal form and the forms differ, they are sister companies at most.
 */
function differentLegalForm(hit: Hit, label: string, entity: ArticleEntity): string | undefined {
  if (entity.type !== 'organization') return undefined;
  const forms = (name: string): Set<string> =>
    new Set(name.split(/[\s,()]+/).flatMap((t) => legalFormOf(t) ?? []));
  // The entity's name may have dropped the form its mentions give ("… L.L.C.").
  const given = forms(
    [label.replace(/\s*\(the listed name for .*$/, ''), ...entity.mentions.map((m) => m.text)].join(
      ' ',
    ),
  );
  const listed = forms(hit.matchedName.full);
  if (given.size === 0 || listed.size === 0 || [...given].some((f) => listed.has(f)))
    return undefined;
  return `the article's legal form (${[...given].join(', ')}) differs from the listed one (${[...listed].join(', ')})`;
}

// Words that say what kind of body an organisation is, not which one, and the function words
// between them ("… for Money Exchange").
const GENERIC_ORGANIZATION_WORDS = new Set(
  'association company co corporation corp inc incorporated ltd limited llc plc organization organisation establishment institution society foundation for of the and'.split(
    ' ',
  ),
);

// Words of the names every state gives its ministries, forces and banks ("Ministry of Defense",
// "Central Bank", "Ministry of Foreign Affairs").
const STATE_BODY_WORDS = new Set(
  (
    'ministry ministries minister department office of the for and national state general ' +
    'defense defence interior foreign affairs finance economy economic justice security ' +
    'intelligence public central bank army navy air force forces armed police staff ' +
    'revolutionary guard guards corps'
  ).split(' '),
);

/**
 * "Ministry of Defense" in a story about Iran is not North Korea's listed MINISTRY OF DEFENSE: a
 * name made only of the words every state's bodies share is a match only where the article also
 * names the listed body's country.
 */
function stateBodyElsewhere(
  hit: Hit,
  entity: ArticleEntity,
  countryEvidence: readonly string[],
): string | undefined {
  if (entity.type !== 'organization' || countryEvidence.length > 0) return undefined;
  const words = nameKey(hit.matchedName.full).split(' ');
  if (!words.every((w) => STATE_BODY_WORDS.has(w))) return undefined;
  return `"${hit.matchedName.full}" is a name every state's body has, and the article does not name the listed one's country`;
}

// A name part the article gives that identifies a company by itself: long, spelt as listed, and
// rare on the lists (the engine's rarity weight; "Atlas" or "Alliance", borne by several listed
// bodies, weigh less).
const DISTINCTIVE_MIN_LETTERS = 6;
const DISTINCTIVE_WEIGHT = 0.99;
const DISTINCTIVE_SIMILARITY = 0.98;

function givesDistinctiveName(parts: readonly PartAlignment[]): boolean {
  return parts.some(
    (p) =>
      p.query.length > 0 &&
      p.matched.length > 0 &&
      p.note === undefined &&
      p.query.join('').length >= DISTINCTIVE_MIN_LETTERS &&
      p.similarity >= DISTINCTIVE_SIMILARITY &&
      p.weight >= DISTINCTIVE_WEIGHT,
  );
}

// Words that say which trade a company is in, not which company it is ("… ROSNEFT OIL COMPANY").
const TRADE_WORDS = new Set(
  'oil gas petroleum energy bank airlines airline shipping steel mining metals holding group'.split(
    ' ',
  ),
);

/**
 * True when `word` is the only word of the listed caption that is neither a legal form, a generic
 * word nor a trade word: "ROSNEFT" of "OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY".
 */
function isOnlyNameWordOf(caption: string, word: string): boolean {
  const tokens = analyzeName(caption, 'organisation').forms[0]?.tokens ?? [];
  const naming = tokens.filter(
    (t) => t.role === 'name' && !TRADE_WORDS.has(t.text) && !ARTICLES.has(t.text),
  );
  return naming.length === 1 && naming[0]?.text === word;
}

/** Why an above-threshold hit is still only partial, or undefined when it is a full match. */
function partialReason(
  hit: Hit,
  entity: ArticleEntity,
  inContext: boolean,
  sameOffice: boolean,
  verbatim: boolean,
): string | undefined {
  // A list's weak alias ("HASSAN, Sheikh", "Abu Rayyan") is one the list itself calls too loose
  // to identify anyone; a one-word alias of a person is as loose. Neither accuses anyone alone.
  if (hit.matchedName.kind === 'weak-alias')
    return `only the list's weak alias "${hit.matchedName.full}" answers`;
  const matchedTokens = nameKey(hit.matchedName.full.replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter((t) => t.length > 1);
  if (entity.type === 'person' && matchedTokens.length < 2)
    return `only the one-word alias "${hit.matchedName.full}" answers`;
  // "Mohamed Ali", a witness, against the alias "Muhammad Ali" of Muhammad Ali DURGHAM: an alias
  // made only of very common names (by the engine's rarity weights) names thousands of people.
  if (
    entity.type === 'person' &&
    hit.matchedName.kind !== 'primary' &&
    hit.explanation.parts.length > 0 &&
    hit.explanation.parts.every((p) => p.weight < COMMON_NAME_WEIGHT)
  )
    return `only the alias "${hit.matchedName.full}", made of common names alone, answers`;
  // "Cham" of "Cham Holding": a one-word alias that is only a word of the listed primary name is
  // a short form, as loose as a person's one-word alias ("Hezbollah" for HIZBALLAH is a spelling).
  const captionTokens = nameKey(hit.caption.replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter((t) => t.length > 1 && !ARTICLES.has(t));
  const parts = hit.explanation.parts;
  const distinctive = entity.type === 'organization' && givesDistinctiveName(parts);
  if (
    hit.matchedName.kind !== 'primary' &&
    matchedTokens.length === 1 &&
    captionTokens.length > 1 &&
    captionTokens.includes(matchedTokens[0] ?? '') &&
    !(distinctive && isOnlyNameWordOf(hit.caption, matchedTokens[0] ?? '')) &&
    !(distinctive && isQuotedNameOf(hit.caption, matchedTokens[0] ?? ''))
  )
    return `only the short form "${hit.matchedName.full}" of the listed name "${hit.caption}" answers`;
  const glosses = new Set(
    [...hit.matchedName.full.matchAll(/\(([^)]*)\)/g)].flatMap((m) =>
      nameKey(m[1] ?? '').split(' '),
    ),
  );
  // "Myanmar Imperial Jade Co." for "MYANMAR IMPERIAL JADE CO., LTD.": where the article gives a
  // legal form too, a different or longer one is differentLegalForm's to judge, not a missing
  // name. Where it gives none, a legal form is still a part of the name: "EU" is not SERVICIO AEREO
  // DE SANTANDER E.U., nor "al Fay" AL FAY COMPANY. (Token roles say 'legal'; this once tested
  // 'legal-form', which no token has.)
  // A name the lists make distinctive ("Transneft" for PJSC TRANSNEFT) is the company itself:
  // news never prints the legal form.
  const articleGivesLegalForm = parts.some((p) => p.query.length > 0 && p.note === 'legal');
  const ignorable = (note: string | undefined): boolean =>
    note === 'particle' || (note === 'legal' && (articleGivesLegalForm || distinctive));
  const devotionalAside = entity.type === 'person' && rareLastPart(parts);
  const unmatchedListed = parts
    .filter((p) => p.query.length === 0 && !ignorable(p.note))
    .flatMap((p) => p.matched)
    .filter((token) => !glosses.has(token) && !(devotionalAside && isDevotionalName(token)));
  // "Söldner-Gruppe Wagner" gives the "group" of WAGNER GROUP in its descriptor.
  const described =
    entity.type === 'organization'
      ? wordsGivenByDescriptor(unmatchedListed, entity.honorifics)
      : new Set<string>();
  const missingListed = unmatchedListed.filter((token) => !described.has(token));
  // A long listed name with the father's or tribe's name ("SHER MOHAMMAD ABBAS STANEKZAI PADSHAH
  // KHAN") is still the person when the article gives three or more of its parts, all closely
  // spelt, and fewer parts are missing than are given.
  const given = parts.filter(
    (p) =>
      !ignorable(p.note) &&
      p.query.join('').length >= 3 &&
      p.matched.length > 0 &&
      p.similarity >= MIN_PART_SIMILARITY,
  ).length;
  const wholeArticleName = parts.every((p) => p.query.length === 0 || p.matched.length > 0);
  // Only for people: an organisation's extra listed words name a different body ("… Quds Force
  // Unit 840", "… Palestine Branch" beside the Quds Force itself).
  const longNameShort =
    entity.type === 'person' &&
    wholeArticleName &&
    ((given >= 3 && missingListed.length < given) ||
      isShortFormOfListed(
        parts,
        hit.matchedName.full,
        hit.explanation.matchedTokens,
        missingListed,
        sameOffice,
      ));
  // "Al-Qard al-Hassan" for "AL-QARD AL-HASSAN ASSOCIATION": news leaves out an organisation's
  // generic or legal word, and what it gives (two parts at least) is the name itself. Never for
  // people, where a missing part may be a different person.
  const genericWordOnly =
    entity.type === 'organization' &&
    given >= 2 &&
    parts.every(
      (p) =>
        p.query.length === 0 ||
        p.matched.length > 0 ||
        p.query.every((t) => GENERIC_ORGANIZATION_WORDS.has(t)),
    ) &&
    missingListed.every((t) => GENERIC_ORGANIZATION_WORDS.has(t));
  if (missingListed.length > 0 && !longNameShort && !genericWordOnly)
    return `the listed name "${hit.matchedName.full}" has parts the article does not give: ${missingListed.join(', ')}`;
  const extraQuery = parts.filter(
    (p) =>
      p.matched.length === 0 &&
      p.query.length > 0 &&
      !ignorable(p.note) &&
      // "Nemesio Rubén Oseguera Cervantes": OFAC lists OSEGUERA CERVANTES, Ruben and, as an alias,
      // OSEGUERA CERVANTES, Nemesio; a rare part another name of the same listing holds is his.
      p.note !== HELD_BY_ANOTHER_NAME &&
      // "… Money Exchange Company" for "… FOR MONEY EXCHANGE": a generic word the article adds.
      !(entity.type === 'organization' && p.query.every((t) => GENERIC_ORGANIZATION_WORDS.has(t))),
  );
  if (extraQuery.length > 0)
    return `the article's name has parts the listed name lacks: ${extraQuery.flatMap((p) => p.query).join(', ')}`;
  // Article names are bare strings with no birth date or country to confirm them, so a name part
  // that only resembles the listed one ("Hamas" ~ "Kamaz") is not enough for a match.
  const loose = parts.filter(
    (p) => p.query.length > 0 && p.matched.length > 0 && p.similarity < MIN_PART_SIMILARITY,
  );
  // A short word only spelt like the listed one is no match, unless the listing's reason names a
  // body the article names too ("Hamas leader Khaled Mashal" and Mishaal, listed as Hamas's leader).
  if (entity.type === 'person' && loose.length === 0 && !inContext)
    loose.push(...shortTypoParts(parts));
  // "Ameer Khan Muttaqi" for "AMIR KHAN MUTTAQI": one first name spelt by sound, before two or
  // more parts spelt exactly, is a transliteration. Never the last part (the family name), never
  // two loose parts.
  const exact = parts.filter(
    (p) => p.query.length > 0 && p.matched.length > 0 && p.similarity >= 0.95 && !ignorable(p.note),
  );
  const soundSpelt =
    entity.type === 'person' &&
    loose.length === 1 &&
    loose[0]?.evidence === 'phonetic' &&
    loose[0] !== parts.filter((p) => p.query.length > 0).at(-1) &&
    exact.length >= 2 &&
    // …and a part spelt exactly is no common name ("Muttaqi", not "Khan" and "Ali" alone).
    exact.some((p) => p.weight >= COMMON_NAME_WEIGHT);
  // "Mohammad Raad" answered by "RAED, Mohamad" while the listing also gives "RAAD, Mohammad".
  if (loose.length > 0 && !soundSpelt && !verbatim && !shortCompoundGivenName(loose, parts, entity))
    return `only similar spelling: ${loose.map((p) => `${p.query.join(' ')} ~ ${p.matched.join(' ')} (${p.evidence}, ${p.similarity.toFixed(2)})`).join(', ')}`;
  const queryTokens = hit.explanation.queryTokens.filter((t) => t.length > 1);
  // "Cham's come across" is no "Cham Holding": one word answers only a one-word listed name.
  // "Houthis" is the whole of "THE HOUTHIS": an article is no word of a name.
  // "Transneft" is the whole of "PJSC TRANSNEFT": a distinctive name's legal form is no word of it.
  // A legal form of several words ("S.A. DE C.V.", "S.P.R. DE R.L.") is one token of the engine's
  // reading of the name, not its letters and its "de".
  const namingTokens = distinctive
    ? (analyzeName(hit.matchedName.full, 'organisation').forms[0]?.tokens ?? [])
        .filter((t) => t.role !== 'legal' && !ARTICLES.has(t.text) && !described.has(t.text))
        .map((t) => t.text)
    : matchedTokens.filter((t) => !ARTICLES.has(t) && !described.has(t));
  if (entity.type === 'organization' && queryTokens.length === 1 && namingTokens.length > 1)
    return `a one-word name against the longer listed name "${hit.matchedName.full}"`;
  if (entity.type === 'person' && queryTokens.length < 2)
    return 'a single name (e.g. a surname alone) cannot identify a person';
  return undefined;
}

// The article's last name part tells a person apart when it is spelt closely and rare by the
// engine's weights ("Mazloom", "Stanikzai", "Khairkhwa"): not "Khan" in "Sher Ali Khan".
const RARE_PART_WEIGHT = 0.95;
const CLOSE_PART_SIMILARITY = 0.9;

function rareLastPart(parts: readonly PartAlignment[]): boolean {
  const last = parts.filter((p) => p.query.length > 0 && p.note === undefined).at(-1);
  return (
    last !== undefined &&
    last.matched.length > 0 &&
    last.similarity >= CLOSE_PART_SIMILARITY &&
    last.weight >= RARE_PART_WEIGHT
  );
}

/**
 * "Fazil Mazloom" for FAZL MOHAMMAD MAZLOOM, "Sher Abbas Stanikzai" for SHER MOHAMMAD ABBAS
 * STANEKZAI…: Afghan and South Asian names carry Muhammad as a devotional element of a compound
 * given name that news leaves out; it tells no one apart. Only when the article's last name part is rare.
 */
function isDevotionalName(token: string): boolean {
  return nameEquivalents(token).includes('muhammad');
}

// The second element of a compound given name ("Khair-ullah", "Siraj-uddin"), which news drops;
// Persian readings write it -ollah (Khairollah, Valiollah).
const COMPOUND_ENDINGS = /^(?:ullah|ulla|allah|ollah|olla|uddin|udin|uddeen|eddin|addin)$/;

/**
 * "Khair Khairkhwa" for KHAIRULLAH KHAIRKHWAH: one given name written as the first element of the
 * listed compound, never the last part (the family name), which must be rare and spelt closely.
 */
function shortCompoundGivenName(
  loose: readonly PartAlignment[],
  parts: readonly PartAlignment[],
  entity: ArticleEntity,
): boolean {
  const [part] = loose;
  if (entity.type !== 'person' || loose.length !== 1 || part === undefined) return false;
  const query = part.query.join('');
  const listed = part.matched.join('');
  return (
    part.query.length === 1 &&
    part.matched.length === 1 &&
    query.length >= 3 &&
    listed.startsWith(query) &&
    COMPOUND_ENDINGS.test(listed.slice(query.length)) &&
    part !== parts.filter((p) => p.query.length > 0).at(-1) &&
    rareLastPart(parts)
  );
}
