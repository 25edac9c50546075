import { escapeRegExp } from '../../core/index.ts';
import type { ArticleEntity, Statement } from '../article-types.ts';
import { BODY_SOURCE, KIND_IN_NAME } from './resolve-speaker-references.ts';

// Words before a name that, in South Asian, Afghan and Arab naming, are part of how a person is
// called rather than an office: "Haji Janan", "Qari Yousuf", "Mullah Omar". A one-word name
// without them ("Janan") is not the name the article gives.
const NAME_PART_HONORIFICS = new Set(
  (
    'haji hajji alhaj alhaji mullah mulla maulvi mawlawi mawlavi molvi qari sheikh sheik shaikh ' +
    'sayed sayyed sayyid syed hafiz mufti maulana mawlana pir sardar khalifa'
  ).split(' '),
);

const key = (word: string): string => word.toLowerCase().replace(/[’`]/g, "'");

/**
 * Gives a speaker the name the article introduced it by: a body named by its head word alone
 * ("Office") takes the capitalised words before it ("Hillsborough County Sheriff's Office"), and
 * for a person: a surname-only entity
 * ("Malin", "Al-Ahmad") becomes the one person named earlier with that last name ("Chin Malin",
 * "Najm al-Ahmad") when there is exactly one, and a one-word name keeps the name-part honorific it
 * was first given with ("Haji Janan", not "Janan").
 */
export function completeSpeakerNames(
  text: string,
  statements: Statement[],
  entities: ReadonlyMap<string, ArticleEntity>,
): void {
  const people = [...entities.values()].filter((e) => e.type === 'person');
  // The sentences of a quote that took their speaker from the attributed one before the name was
  // completed ("Foundation" → "Prince’s Foundation") take the completed name too.
  const renamed = new Map<string, Pick<Statement, 'speaker' | 'speakerName'>>();
  for (const statement of statements) {
    const before = statement.speakerName;
    if (before === null) continue;
    if (statement.source === null) {
      const to = renamed.get(before);
      if (to !== undefined) Object.assign(statement, to);
      continue;
    }
    completeOne(text, statement, entities, people, statements);
    spelledOutAcronym(text, statement, entities);
    if (statement.speakerName === before) bodyNamedBefore(statement, statements);
    if (statement.speakerName !== before)
      renamed.set(before, { speaker: statement.speaker, speakerName: statement.speakerName });
    else renamed.delete(before);
  }
}

/** Completes the speaker name of one statement that names its own source. */
function completeOne(
  text: string,
  statement: Statement,
  entities: ReadonlyMap<string, ArticleEntity>,
  people: readonly ArticleEntity[],
  statements: readonly Statement[],
): void {
  {
    const body = wholeBodyName(statement);
    if (body !== undefined) {
      statement.speakerName = body;
      return;
    }
    const named = namedAfterPerson(text, statement);
    if (named !== undefined) {
      // "Wallace" is not the foundation: the body speaks, under its whole name.
      const holder = [...entities.values()].find(
        (e) => e.type !== 'person' && e.name.toLowerCase() === named.toLowerCase(),
      );
      statement.speaker = holder?.id ?? null;
      statement.speakerName = named;
      return;
    }
    const entity = statement.speaker === null ? undefined : entities.get(statement.speaker);
    // A speaker phrase no mention covers may be a surname too ("Al-Ahmad pointed out").
    const bare =
      statement.speaker === null &&
      /^(?:(?:al|el)-)?\p{Lu}[\p{L}'’-]+$/u.test(statement.speakerName ?? '')
        ? statement.speakerName
        : null;
    if (bare === null && (entity?.type !== 'person' || entity.name.includes(' '))) return;
    const surname = key(bare ?? entity?.name ?? '');
    const fuller = people.filter(
      (p) =>
        p !== entity &&
        p.name.includes(' ') &&
        key(p.name.split(' ').at(-1) ?? '') === surname &&
        p.mentions.some((m) => m.start < statement.end),
    );
    const only = fuller[0];
    if (fuller.length === 1 && only !== undefined) {
      statement.speaker = only.id;
      statement.speakerName = only.name;
      return;
    }
    // "Dawn Austwick, chief executive of …, told" found as a phrase, not a mention: the full name
    // an earlier statement gave its speaker.
    const spoken = new Set(
      statements
        .filter((s) => s.end <= statement.start && s.speaker === null && s.source !== null)
        .map((s) => s.speakerName ?? '')
        .filter(
          (n) =>
            /^\p{Lu}\S*(?:\s+\p{Lu}\S*){1,3}$/u.test(n) &&
            key(n.split(' ').at(-1) ?? '') === surname,
        ),
    );
    const [spokenName] = spoken;
    if (fuller.length === 0 && spoken.size === 1 && spokenName !== undefined) {
      statement.speakerName = spokenName;
      return;
    }
    const particled =
      fuller.length === 0
        ? nameWithParticle(text, bare ?? entity?.name ?? '', statement)
        : undefined;
    if (particled !== undefined) {
      statement.speakerName = particled;
      return;
    }
    if (entity === undefined) return;
    const titled = firstTitledName(text, entity) ?? givenNameFirst(text, entity, statements);
    if (titled !== undefined) statement.speakerName = titled;
  }
}

// The Arabic article in a surname ("Majed al-Ansari", "Abdelati al-Obeidi"), which a later
// mention often drops ("Ansari said") or keeps in lower case ("al-Obeidi").
const ARTICLE_PARTICLE = String.raw`(?:[Aa]l|[Ee]l)[-‐]`;

/**
 * "Ansari" or "al-Obeidi" where the article introduced the person as "Majed al-Ansari" or
 * "Abdelati al-Obeidi" before the statement ends: the given name and the particle the first full
 * writing puts before the surname, which the name finder did not take in.
 */
function nameWithParticle(text: string, name: string, statement: Statement): string | undefined {
  const surname = name.replace(new RegExp(`^${ARTICLE_PARTICLE}`, 'u'), '');
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) return undefined;
  const full = new RegExp(
    String.raw`(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+(${ARTICLE_PARTICLE})${escapeRegExp(surname)}(?![\p{L}'’-])`,
    'u',
  ).exec(text.slice(0, statement.end));
  const given = full?.[1];
  if (full === null || given === undefined || NOT_A_GIVEN_NAME.has(given.toLowerCase()))
    return undefined;
  return `${given} ${full[2] ?? ''}${surname}`;
}

// Capitalised words that open a sentence before a name without being part of it: function words,
// sentence adverbs, days and titles the name grouping already sets aside.
const NOT_A_GIVEN_NAME = new Set(
  (
    'the a an this that these those his her its their our but and so yet however meanwhile then ' +
    'now still also instead in on at for if when while after before as since although though ' +
    'yesterday today tonight earlier later last next monday tuesday wednesday thursday friday ' +
    'saturday sunday mr mrs ms miss dr prof sir dame lord lady judge justice president minister ' +
    'general colonel captain sheriff police officer spokesman spokeswoman chairman chief coach ' +
    'manager director secretary senator governor mayor councillor cllr commissioner inspector'
  ).split(' '),
);

/**
 * "Dawn Austwick, chief executive of …, told": a one-word name whose first mention opens its
 * sentence right after one more capitalised word (a given name the name finder read as an ordinary
 * sentence opener) is the two words.
 */
function givenNameFirst(
  text: string,
  entity: ArticleEntity,
  statements: readonly Statement[],
): string | undefined {
  const first = [...entity.mentions].sort((a, b) => a.start - b.start)[0];
  if (first === undefined || entity.name.includes(' ')) return undefined;
  const sentence = statements.find((s) => s.start <= first.start && s.end >= first.end);
  if (sentence === undefined) return undefined;
  const word = /^["“‘]?(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(sentence.start, first.start))?.[1];
  if (word === undefined || NOT_A_GIVEN_NAME.has(word.toLowerCase())) return undefined;
  // The name goes on as the subject of an apposition or a verb, as an introduction does.
  if (!/^(?:,|\s+\p{Ll})/u.test(text.slice(first.end, first.end + 3))) return undefined;
  return `${word} ${entity.name}`;
}

/** "Haji Janan" when the entity's first mention gives its one-word name after a name-part honorific. */
function firstTitledName(text: string, entity: ArticleEntity): string | undefined {
  const first = [...entity.mentions].sort((a, b) => a.start - b.start)[0];
  if (first === undefined) return undefined;
  const words = text
    .slice(first.start, first.end)
    .replace(/['’]s$/u, '')
    .split(/\s+/);
  const name = words.at(-1) ?? '';
  const honorific = words.at(-2) ?? '';
  if (words.length < 2 || key(name) !== key(entity.name)) return undefined;
  return NAME_PART_HONORIFICS.has(key(honorific).replace(/\.$/, ''))
    ? `${honorific} ${name}`
    : undefined;
}

// The head word of a body's name, which names no body alone ("Department", "Liberation Front").
const GENERIC_BODY =
  /^(?:Department|Office|Front|Ministry|Agency|Council|Command|Service|Party|Army|Forces?|Bureau|Commission|Committee|Court|Police|Authority|Administration|Directorate|Movement|Foundation|Trust|Fund|Institute|Society|Association|Charity)$/u;

// Head words of a body that is often named after a person ("the Esmee Fairbairn Foundation", "the
// Wallace and Gromit Children's Foundation", "the Nelson Mandela Children's Hospital").
const NAMED_BODY_HEAD =
  'Foundation|Trust|Fund|Institute|Institution|Centre|Center|Society|Association|Charity|Prize|Award|School|College|University|Hospital|Museum|Library|Academy|Memorial|Hall|Stadium|Company|Corporation|Group|Bank|Partnership';
// After the person's name: more capitalised words (with "and", "of", "for", "&" or a possessive
// between them) up to the head word.
const REST_OF_BODY_NAME = new RegExp(
  String.raw`^((?:(?:['’]s)?\s+(?:(?:and|of|for|&)\s+)?\p{Lu}[\p{L}'’.-]*){0,5}?(?:['’]s)?\s+(?:${NAMED_BODY_HEAD}))\b`,
  'u',
);

/**
 * "The Hillsborough County Sheriff's Office said", "the Tigray People's Liberation Front (TPLF)
 * claimed": where the speaker's name starts with a body's generic head word, the capitalised
 * words right before it in the sentence are the rest of the name.
 */
function wholeBodyName(statement: Statement): string | undefined {
  const name = statement.speakerName;
  const heads = name?.split(' ') ?? [];
  if (name === null || heads.length > 2 || !GENERIC_BODY.test(heads.at(-1) ?? '')) return undefined;
  // The name as the sentence gives it, also where the source is its acronym ("(TPLF) claimed").
  const at = statement.text.search(new RegExp(String.raw`\b${escapeRegExp(name)}\b`, 'u'));
  if (at < 0) return undefined;
  const before = statement.text.slice(0, at);
  const prefix = /(?:^|[^\p{L}'’.&-])((?:\p{Lu}[\p{L}.&-]*(?:['’]s)?\s+){1,5})$/u.exec(before)?.[1];
  const words = (prefix ?? '').trim().split(/\s+/);
  // An article opens the noun phrase; it is not part of the name.
  while (/^(?:the|a|an)$/i.test(words[0] ?? '')) words.shift();
  // "Britain's Home Office": a lone possessive before a two-word name is its owner, not its name.
  if (heads.length > 1 && words.length === 1 && /['’]s$/u.test(words[0] ?? '')) return undefined;
  return words.length === 0 || words[0] === '' ? undefined : `${words.join(' ')} ${name}`;
}

/**
 * "The Wallace and Gromit Children's Foundation will publish …": where the speaker found is a
 * person's name that runs on into a body's name, the body is the speaker, under the whole name
 * (with the capitalised words before the person's name, an article left out).
 */
function namedAfterPerson(text: string, statement: Statement): string | undefined {
  const source = statement.source;
  if (source === null || !/^\p{Lu}/u.test(source.text)) return undefined;
  const rest = REST_OF_BODY_NAME.exec(text.slice(source.end, source.end + 120))?.[1];
  if (rest === undefined) return undefined;
  const before = /((?:\p{Lu}[\p{L}'’.-]*\s+)*)$/u.exec(
    text.slice(Math.max(statement.start, source.start - 60), source.start),
  )?.[1];
  const words = (before ?? '').split(/\s+/).filter((w) => w !== '');
  while (/^(?:the|a|an)$/i.test(words[0] ?? '')) words.shift();
  return [...words, text.slice(source.start, source.end + rest.length)].join(' ').trim();
}

/**
 * "The charity disputed the claim" where the charity was named only as a speaker ("The Wallace and
 * Gromit Children's Foundation will publish …", a body the name finder read as two people): the
 * latest speaker before whose name has the words of that kind.
 */
function bodyNamedBefore(statement: Statement, statements: readonly Statement[]): void {
  const source = statement.source;
  if (source === null || statement.speaker !== null) return;
  const kind = BODY_SOURCE.exec(source.text.trim())?.[1]?.toLowerCase();
  if (kind === undefined) return;
  const words = KIND_IN_NAME[kind] ?? kind;
  const inName = new RegExp(String.raw`\b(?:${words})\b`, 'iu');
  const bare = new RegExp(String.raw`^(?:the\s+)?(?:${words})$`, 'iu');
  const earlier = statements.filter((s) => s.end <= statement.start && s.source !== null);
  const named = earlier.findLast((s) => {
    const name = s.speakerName ?? '';
    return inName.test(name) && !bare.test(name);
  });
  if (named === undefined) return;
  statement.speaker = named.speaker;
  statement.speakerName = named.speakerName;
}

// An acronym as a speaker ("The DfT said:"), and the name it was introduced by: capitalised words
// (joined by "for", "of", "and", "the", "&") right before the acronym in brackets.
const ACRONYM_SPEAKER = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*)$/u;
const NAME_BEFORE_BRACKET = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:for|of|and|the|&)\s+)*\p{Lu}[\p{L}'’.-]*){1,7})\s*\(`;

/**
 * "The DfT said" where the article introduced "the Department for Transport (DfT)": the body speaks
 * under the name the acronym stands for, as a reader would name it. The name's words must start
 * with the acronym's first letter.
 */
function spelledOutAcronym(
  text: string,
  statement: Statement,
  entities: ReadonlyMap<string, ArticleEntity>,
): void {
  const acronym = ACRONYM_SPEAKER.exec(statement.speakerName ?? '')?.[1];
  if (acronym === undefined || acronym.length > 8) return;
  const found = new RegExp(`${NAME_BEFORE_BRACKET}${escapeRegExp(acronym)}\\)`, 'u').exec(
    text.slice(0, statement.end),
  );
  const words = found?.[1]?.split(/\s+/) ?? [];
  while (words.length > 0 && words[0]?.[0] !== acronym[0]) words.shift();
  if (words.length < 2) return;
  const name = words.join(' ');
  const holder = [...entities.values()].find((e) => e.name === name);
  statement.speaker = holder?.id ?? statement.speaker;
  statement.speakerName = name;
}
