import type { ArticleEntity, Statement, TextSpan } from '../article-types.ts';
import { cueRate } from './attribution-cues.ts';
import { isEmbeddedClaim } from './embedded-claim.ts';
import { BODY_NOUN, ROLE_NOUN } from './find-speaker.ts';
import type { GroupedMentions } from '../mentions/group-entities.ts';
import { escapeRegExp } from '../../core/index.ts';
import { isTitleOnly } from './title-only-name.ts';

// How many statements back a "he said" or "the spokesman said" looks for the person it continues.
const PRONOUN_WINDOW = 4;
// Only title words before a name that opens a sentence ("Secretary of State Antony Blinken"),
// a role noun among them ("The Liverpool coach Arne Slot", "The coach, Arne Slot,").
const OPENING_TITLES = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for|and|${ROLE_NOUN}),?\s+){0,6}$`,
  'u',
);
// "the elated Taliban spokesman", "The Hezbollah leader", "the President": a definite description
// ending in a role noun.
const ROLE_SOURCE = new RegExp(String.raw`^the\s+(?:[\p{L}.'’-]+\s+){0,3}?(${ROLE_NOUN})$`, 'iu');

/**
 * "It said …": the organisation, or the unnamed source ("the report", "the statement", "The
 * Treasury"), that spoke last within the few statements before; people who spoke in between are
 * skipped, since "it" is never one of them, but a sentence with no source stops the search. Otherwise the speaker stays unresolved: the nearest organisation
 * named is often what the statement is about, not who made it.
 */
export function resolveItSpeakers(
  text: string,
  statements: Statement[],
  entities: ReadonlyMap<string, ArticleEntity>,
  quotes: readonly TextSpan[] = [],
): void {
  // A sentence inside a quotation is the quoted speaker's, still waiting for the quote's cue ("“…
  // the sect. It is worthy to note … . Therefore …,” it added."): it is no sentence of the writer's
  // about another body, so "it" looks past it.
  const quoted = (s: Statement): boolean =>
    s.cue === null && quotes.some((q) => s.start >= q.start && s.end <= q.end + 1);
  statements.forEach((statement, i) => {
    if (statement.speaker !== null || !/^it$/i.test(statement.source?.text ?? '')) return;
    const antecedent = (other: Statement): boolean => {
      const type = other.speaker === null ? undefined : entities.get(other.speaker)?.type;
      // A country or capital that spoke is its government ("Doha condemned … It said …").
      if (other.speakerName === null || type === 'person') return false;
      // A pronoun, a group of people ("officials") or a vague source is no antecedent of "it";
      // a body is ("the UN panel").
      return (type !== undefined && type !== 'group') || IT_ANTECEDENT.test(other.speakerName);
    };
    let found: Statement | undefined;
    for (let j = i - 1; j >= Math.max(0, i - PRONOUN_WINDOW) && found === undefined; j--) {
      const previous = statements[j];
      if (previous === undefined) continue;
      // A sentence in between with no source may be about another body ("Islamic State lost
      // ground. Nonetheless, it said …"): "it" is not the body that spoke before it.
      if (previous.speakerName === null && quoted(previous)) continue;
      if (previous.speakerName === null) break;
      if (antecedent(previous)) found = previous;
    }
    // With no body before it (an excerpt that starts after the report was named), "it" is the
    // report or panel the next few statements name ("In the report, the panel … said"); an "it"
    // inside a relative clause ("entities it says are …") refers back only.
    const embedded = statement.source !== null && isEmbeddedClaim(text, statement.source.end);
    for (let j = i + 1; j <= i + IT_FORWARD_WINDOW && found === undefined && !embedded; j++) {
      const next = statements[j];
      if (next !== undefined && next.source !== null && antecedent(next)) found = next;
    }
    if (found === undefined) return;
    statement.speaker = found.speaker;
    statement.speakerName = found.speakerName;
  });
}

// How many statements after an unresolved "it said" may name the body it stands for.
const IT_FORWARD_WINDOW = 2;

// Unnamed sources "it" can stand for: a document or a body ("the report", "The Treasury", "the
// statement", "the panel"), not a person's role or a plural.
const IT_ANTECEDENT = new RegExp(
  String.raw`^(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’.-]+\s+){0,3}(?:report|statement|release|panel|committee|council|treasury|department|ministry|government|agency|office|court|tribunal|commission|notice|notification|bulletin|army|group|company|bank|organi[sz]ation|board|study|survey)$`,
  'iu',
);

// A singular noun phrase for one unnamed person ("another resident", "an unknown male voice",
// "a senior Houthi official", "her mother").
// The parties and counsel of court proceedings, as common-law courts name them (the petitioner
// and respondent of a writ petition, the plaintiff and defendant of a suit, the appellant of an
// appeal): court reports call a speaker by them ("the petitioner argued … He claimed …").
const LEGAL_PARTY = String.raw`(?:petitioner|respondent|plaintiff|defendant|accused|appellant|applicant|claimant|complainant|litigant|counsel)`;
const UNNAMED_PERSON = new RegExp(
  String.raw`^(?:the|a|an|one|another|his|her|their|[\p{L}.-]+['’]s)\s+(?:[\p{L}'’-]+\s+){0,4}(?:man|woman|resident|witness|eyewitness|official|source|voice|spokesman|spokeswoman|spokesperson|officer|commander|elder|doctor|relative|neighbou?r|student|teacher|worker|driver|farmer|mother|father|son|daughter|wife|husband|brother|sister|friend|lawyer|diplomat|analyst|expert|journalist|reporter|activist|villager|survivor|victim|member|leader|person|boy|girl|fighter|soldier|passenger|owner|manager|${LEGAL_PARTY}|${ROLE_NOUN})$`,
  'iu',
);

// Speech verbs that carry on what the speaker before was saying.
const CONTINUING_CUE = /^(?:adds|added|adding|continues|continued|went on)\b/i;

/**
 * "He added:", "She said": the person who spoke last, within the few statements before. News
 * writing keeps a pronoun subject of a speech verb on the current speaker, so the last speaker wins
 * over the last person merely named ("The spokesperson said Mr Zulum … . He said …" is the
 * spokesperson); a pronoun the grouping tied to one of those speakers keeps that one.
 */
export function resolvePersonPronouns(
  text: string,
  statements: Statement[],
  entities: ReadonlyMap<string, ArticleEntity>,
): void {
  statements.forEach((statement, i) => {
    // "The 43-year-old added": an age stands for the person as a pronoun does.
    if (!/^(?:he|she|the\s+\d+-year-old)$/i.test(statement.source?.text ?? '')) return;
    // "Antony Blinken also commented on the sanctions. "…," he said.": the person who opens the
    // sentence just before, when nobody spoke in it, is who "he" is.
    // "Zarif promptly hit back on Twitter: “…,” he wrote.": a person who opens the sentence, before
    // its quote, is who the pronoun after the quote is, whoever spoke before.
    const opener = sentenceOpener(text, statement, entities);
    if (opener !== undefined) {
      statement.speaker = opener.id;
      statement.speakerName = opener.name;
      return;
    }
    const previous = statements[i - 1];
    const linked = statement.speaker === null ? undefined : entities.get(statement.speaker);
    // "She adds:", "he went on": a verb that continues goes on with the last speaker, past a
    // person named in between who said nothing.
    const continues = CONTINUING_CUE.test(statement.cue ?? '');
    if (
      !continues &&
      previous !== undefined &&
      previous.speaker === null &&
      linked?.mentions.some(
        (m) =>
          m.start >= previous.start &&
          m.start < previous.end &&
          OPENING_TITLES.test(text.slice(previous.start, m.start)),
      ) === true
    )
      return;
    const speakers: Statement[] = [];
    for (let j = i - 1; j >= Math.max(0, i - PRONOUN_WINDOW); j--) {
      const previous = statements[j];
      if (previous === undefined) continue;
      const speaker = previous.speaker;
      // An unnamed person who spoke ("Another resident, a Tigrayan, said …") is who a following
      // "he said" continues, as a named one is.
      // So does one the grouping made a group of ("a foreign ministry spokesman" → the group
      // "ministry spokesman"): a singular noun phrase for one person is no group.
      const unnamed =
        (speaker === null || entities.get(speaker)?.type === 'group') &&
        previous.source !== null &&
        UNNAMED_PERSON.test(previous.speakerName ?? '');
      if ((speaker !== null && isNamedPerson(entities.get(speaker))) || unnamed)
        speakers.push(previous);
    }
    const last = speakers[0];
    // "He confirmed" is a person: a "he" the grouping tied to a place or a body ("Kaizer Chiefs …
    // ‘…,’ he told Times Live") falls back to the person named last before it.
    // So does a "he" tied to an office the mention finder took for a name ("Home Minister").
    const misread = linked !== undefined && !isNamedPerson(linked);
    if (last === undefined && misread) {
      const named = lastNamedPerson(statements, i, entities);
      statement.speaker = named?.id ?? null;
      statement.speakerName = named?.name ?? statement.source?.text ?? null;
      return;
    }
    if (
      last === undefined ||
      (statement.speaker !== null &&
        !misread &&
        speakers.slice(0, 1).some((s) => s.speaker === statement.speaker))
    )
      return;
    statement.speaker = last.speaker;
    statement.speakerName = last.speakerName;
  });
}

/** A person with a name, not an office taken for one ("Home Minister"). */
function isNamedPerson(entity: ArticleEntity | undefined): boolean {
  return entity?.type === 'person' && !isTitleOnly(entity.name);
}

/** The person named first in a statement, before its first quote mark and opening it, if any. */
function sentenceOpener(
  text: string,
  statement: Statement,
  entities: ReadonlyMap<string, ArticleEntity>,
): ArticleEntity | undefined {
  const quote = text.slice(statement.start, statement.end).search(/["“]/u);
  if (quote <= 0) return undefined;
  for (const entity of entities.values()) {
    if (entity.type !== 'person') continue;
    const opens = entity.mentions.some(
      (m) =>
        m.start >= statement.start &&
        m.end < statement.start + quote &&
        /^(?:(?:But|And|Meanwhile|Later),?\s+)?$/u.test(text.slice(statement.start, m.start)) &&
        /^\s+(?:\p{Ll}+\s+){1,4}[^"“]*:\s*$/u.test(text.slice(m.end, statement.start + quote)),
    );
    if (opens) return entity;
  }
  return undefined;
}

/**
 * The person whose mention comes last in the few statements before statement `i` (quotes
 * included: a pronoun after a quote goes back to the person the lead-in named).
 */
function lastNamedPerson(
  statements: readonly Statement[],
  i: number,
  entities: ReadonlyMap<string, ArticleEntity>,
): ArticleEntity | undefined {
  const from = statements[Math.max(0, i - PRONOUN_WINDOW)]?.start ?? 0;
  const to = statements[i]?.start ?? 0;
  let found: { start: number; entity: ArticleEntity } | undefined;
  for (const entity of entities.values()) {
    // An office taken for a name ("Home Minister") is not whom "he" goes back to: its holder is.
    if (entity.type !== 'person' || isTitleOnly(entity.name)) continue;
    for (const m of entity.mentions)
      if (m.start >= from && m.end <= to && (found === undefined || m.start > found.start))
        found = { start: m.start, entity };
  }
  return found?.entity;
}

/**
 * "The spokesperson said", "the Hezbollah leader confirmed": a definite role description as the
 * source names the person the article introduced with that role ("Isa Gusau, the spokesperson
 * to …", "Taliban's spokesman Zabihullah Mujahid"), the latest one before the statement.
 */
export function resolveRoleSpeakers(
  text: string,
  statements: Statement[],
  links: GroupedMentions['links'],
  entities: ReadonlyMap<string, ArticleEntity>,
): void {
  for (const statement of statements) {
    const source = statement.source;
    if (source === null) continue;
    const current = statement.speaker === null ? undefined : entities.get(statement.speaker);
    // "The Home Minister further said": a title the mention finder took for a name is a role.
    const titleOnly = current?.type === 'person' && isTitleOnly(current.name);
    if (current !== undefined && current.type !== 'group' && !titleOnly) continue;
    const phrase = titleOnly ? `the ${source.text.trim()}` : source.text.trim();
    const role = ROLE_SOURCE.exec(phrase)?.[1];
    if (role === undefined) {
      headMatchedHolder(text, statement, phrase, links, entities);
      continue;
    }
    // "The official said" with no official named is, in news, an anonymous official: never the
    // named person who spoke before.
    // A person named inside the statement's own quote is what it speaks about, never its source
    // ('"The spokesman Abu Obeida lies," the spokesman said').
    const quoted = quotedSpans(text, statement.start, statement.end);
    const outsideQuotes = links.filter(
      ({ mention }) => !quoted.some(([from, to]) => mention.start >= from && mention.end <= to),
    );
    const holder =
      roleHolder(text, role, source.start, outsideQuotes, entities) ??
      laterHolder(text, source.text.trim(), source.end, links, entities) ??
      (/^officials?$/i.test(role)
        ? undefined
        : lastPersonSpeaker(statements, statement, entities)) ??
      ledeRoleHolder(text, role, source, outsideQuotes, entities);
    if (holder === undefined) continue;
    statement.speaker = holder.id;
    statement.speakerName = holder.name;
  }
}

// "The special assistant", "the aviation minister": a definite description of up to four words
// whose head is a lower-case noun the role table lacks.
const HEAD_NOUN_SOURCE = /^[Tt]he\s+(?:[\p{L}.'’-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]{2,})$/u;

/**
 * "Special Assistant to the PM … Firdous Ashiq Awan … The special assistant further clarified": a
 * description whose head noun is the title the article introduced a person with names that person
 * (the head-match step of rule-based coreference: Lee et al., "Deterministic coreference
 * resolution based on entity-centric, precision-ranked rules", Computational Linguistics 39(4),
 * 2013). Only a person introduced with that very word: no fallback to the last speaker.
 */
function headMatchedHolder(
  text: string,
  statement: Statement,
  phrase: string,
  links: GroupedMentions['links'],
  entities: ReadonlyMap<string, ArticleEntity>,
): void {
  const head = HEAD_NOUN_SOURCE.exec(phrase)?.[1];
  const source = statement.source;
  // "The statement said" after "In a statement Putin …": a noun of saying is a document, no title.
  if (head === undefined || source === null || cueRate(head) > 0) return;
  const quoted = quotedSpans(text, statement.start, statement.end);
  const outsideQuotes = links.filter(
    ({ mention }) => !quoted.some(([from, to]) => mention.start >= from && mention.end <= to),
  );
  const holder = roleHolder(text, head, source.start, outsideQuotes, entities, true);
  if (holder === undefined) return;
  statement.speaker = holder.id;
  statement.speakerName = holder.name;
}

/** The spans between paired quote marks in `text.slice(start, end)`, as absolute offsets. */
function quotedSpans(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.slice(start, end).matchAll(/["“«][^"“”«»]*["”»]/gu))
    spans.push([start + m.index, start + m.index + m[0].length]);
  return spans;
}

/**
 * "The Hezbollah chief said", "the judge said" where no person was introduced with that role: the
 * named person who spoke last, within the few statements before (news keeps a role description on
 * the current speaker). Another source in between ("a U.S. official told Fox News. …, the official
 * claimed") stops it.
 */
function lastPersonSpeaker(
  statements: readonly Statement[],
  statement: Statement,
  entities: ReadonlyMap<string, ArticleEntity>,
): ArticleEntity | undefined {
  const i = statements.indexOf(statement);
  for (let j = i - 1; j >= Math.max(0, i - PRONOUN_WINDOW); j--) {
    const previous = statements[j];
    if (previous === undefined) continue;
    // "A senior security official confirmed …": an unnamed source spoke since, and "the official"
    // is that one, not the named person before it.
    if (previous.speakerName === null) {
      if (previous.source !== null) return undefined;
      continue;
    }
    const entity = previous.speaker === null ? undefined : entities.get(previous.speaker);
    return entity?.type === 'person' ? entity : undefined;
  }
  return undefined;
}

// How many statements back "the company said" looks for the company that spoke.
const BODY_WINDOW = 8;
// "the agency said", "The company said in a statement": a body named by its kind.
/** "the agency", "The force": a body named by its kind alone, the kind captured. */
export const BODY_SOURCE = new RegExp(String.raw`^the\s+(${BODY_NOUN})$`, 'iu');
// The words a body's name uses for the kind a description names it by: "the force" is a police
// force ("the Metropolitan Police"), "the charity" a foundation or trust.
/** The words a body's name uses for each kind word that describes it (alternatives of a regex). */
export const KIND_IN_NAME: Readonly<Record<string, string>> = {
  force: String.raw`police|constabulary|force`,
  charity: String.raw`foundation|trust|charity|fund|society|appeal`,
  foundation: String.raw`foundation`,
  trust: String.raw`trust`,
  club: String.raw`club|fc|united|city|athletic|rovers|wanderers|chiefs|pirates`,
};

/**
 * "The agency said", "the company said", "the department said": the organisation the article named
 * before with that word in its name ("the ministerial Agency for Criminal Investigations"), or,
 * for a company, the organisation that spoke last; the nearest one before the statement.
 */
export function resolveBodySpeakers(
  statements: Statement[],
  links: GroupedMentions['links'],
  entities: ReadonlyMap<string, ArticleEntity>,
): void {
  statements.forEach((statement, i) => {
    const source = statement.source;
    if (source === null || statement.speaker !== null) return;
    const kind = BODY_SOURCE.exec(source.text.trim())?.[1]?.toLowerCase();
    if (kind === undefined) return;
    let body: ArticleEntity | undefined;
    const words = KIND_IN_NAME[kind] ?? kind;
    const inName = new RegExp(String.raw`\b(?:${words})\b`, 'iu');
    // A name that is a kind word alone ("Police" from "Police said") names no particular body.
    const bare = new RegExp(String.raw`^(?:the\s+)?(?:${words})$`, 'iu');
    for (let k = links.length - 1; k >= 0 && body === undefined; k--) {
      const link = links[k];
      if (link === undefined || link.mention.end > source.start) continue;
      const entity = entities.get(link.entityId);
      if (entity?.type !== 'organization') continue;
      if (inName.test(entity.name) && !bare.test(entity.name)) body = entity;
    }
    // "Iridium said …. Analysts projected …. For the quarter, the company said": the organisation
    // that spoke last; people and unnamed sources in between (its spokesman, analysts) are
    // skipped, since "the company" is never one of them.
    if (body === undefined && /^(?:company|firm)$/.test(kind))
      for (let j = i - 1; j >= Math.max(0, i - BODY_WINDOW) && body === undefined; j--) {
        const previous = statements[j];
        const entity = previous?.speaker == null ? undefined : entities.get(previous.speaker);
        if (entity?.type === 'organization') body = entity;
      }
    if (body === undefined) return;
    statement.speaker = body.id;
    statement.speakerName = body.name;
  });
}

const SERVED_TITLE = String.raw`President|Governor|Minister|Secretary|Chancellor|King|Queen|Prince|Emir|Sheikh|Senator|General|Mayor|Chairman|Leader|Mr|Mrs|Ms|Dr`;
// A role's portfolio or post written out before the name: "for Information and Broadcasting",
// "to the United Nations", "of Foreign Affairs". A portfolio ending in a title ("spokesperson to
// Governor Babagana Zulum", "spokesman for President Biden") names the one served, not the holder.
const PORTFOLIO = String.raw`(?:\s+(?:for|of|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and|of|the|on|\p{Lu}[\p{L}'’-]*)){0,5}?(?<!\b(?:${SERVED_TITLE})))?`;

/** The person last introduced with `role` right before or after their name, before `before`. */
export function roleHolder(
  text: string,
  role: string,
  before: number,
  links: GroupedMentions['links'],
  entities: ReadonlyMap<string, ArticleEntity>,
  appositive = false,
): ArticleEntity | undefined {
  const holds = roleTest(role, appositive);
  let found: { start: number; entity: ArticleEntity } | undefined;
  for (const { mention, entityId } of links) {
    if (mention.end > before || mention.source === 'pronoun') continue;
    if (found !== undefined && mention.start < found.start) continue;
    const entity = entities.get(entityId);
    if (entity?.type !== 'person') continue;
    if (holds(text, mention)) found = { start: mention.start, entity };
  }
  return found?.entity;
}

/** A test of whether a person's mention is introduced with `role` right before or after it. */
function roleTest(role: string, appositive = false): (text: string, mention: TextSpan) => boolean {
  const word = role.replace(/[-]/g, '[- ]');
  // "Taliban's spokesman Zabihullah Mujahid", "Secretary-General Sheikh Naim Qassem",
  // "Hezbollah's leader, Naim Qassem".
  // Case-blind on the role only: with the i flag \p{Lu} would also take "of" in "The mayor of".
  const anyCase = word.replace(/^\p{L}/u, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
  // "Minister for Information and Broadcasting Fawad Chaudhary": the portfolio may follow the role.
  const roleBefore = new RegExp(
    String.raw`\b${anyCase}${PORTFOLIO},?\s+(?:\p{Lu}[\p{L}.'’-]*\s+)?$`,
    'u',
  );
  // "Isa Gusau, the spokesperson to …", "Abdiasis Abu Musab, Al Shabab's military spokesman".
  // With `appositive`, only an apposition that opens on an article ("Lavrov, according to the
  // statement" is no apposition).
  const roleAfter = new RegExp(
    String.raw`^,\s+(?:the\s+|a\s+|an\s+)${appositive ? '' : '?'}(?:[\p{L}'’.-]+\s+){0,4}?${word}\b`,
    'iu',
  );
  return (text, { start, end }) =>
    roleBefore.test(text.slice(Math.max(0, start - 80), start)) ||
    roleAfter.test(text.slice(end, end + 120));
}

/**
 * "The spokesperson for the Foreign Ministry of Iran condemned …" opening a story, then "Foreign
 * Ministry Spokesperson Nasser Kanaani …", or "…, the army spokesman said on Saturday." then "Major
 * General Athar Abbas, the Pakistan army's chief spokesman, …": a lede's role before any person is
 * named is the first person the story names after it, when that person is introduced with the
 * role. A later person, or one named before, is no holder: only the lede's delayed name is.
 */
function ledeRoleHolder(
  text: string,
  role: string,
  source: TextSpan,
  links: GroupedMentions['links'],
  entities: ReadonlyMap<string, ArticleEntity>,
): ArticleEntity | undefined {
  const people = links.filter(
    ({ mention, entityId }) =>
      mention.source !== 'pronoun' && entities.get(entityId)?.type === 'person',
  );
  if (people.some(({ mention }) => mention.start < source.start)) return undefined;
  const first = people
    .filter(({ mention }) => mention.start >= source.end)
    .sort((a, b) => a.mention.start - b.mention.start)[0];
  if (first === undefined || first.mention.start - source.end > ROLE_FORWARD_CHARS)
    return undefined;
  return roleTest(role)(text, first.mention) ? entities.get(first.entityId) : undefined;
}

/**
 * A news lede quotes "the deputy U.S. Treasury secretary" and names him a few sentences on
 * ("…, stated Michael Faulkender, deputy U.S. Treasury secretary"): the first person introduced
 * soon after with the very same description. A bare role ("the Minister") is too loose to look
 * ahead for: the next minister named is often another one.
 */
function laterHolder(
  text: string,
  description: string,
  after: number,
  links: GroupedMentions['links'],
  entities: ReadonlyMap<string, ArticleEntity>,
): ArticleEntity | undefined {
  const words = description.replace(/^the\s+/i, '');
  if (!/\s/.test(words)) return undefined;
  const phrase = escapeRegExp(words).replace(/\s+/g, String.raw`\s+`);
  const named = new RegExp(String.raw`^,\s+(?:the\s+)?${phrase}\b`, 'iu');
  const titled = new RegExp(String.raw`\b${phrase}\s+$`, 'iu');
  let later: { start: number; entity: ArticleEntity } | undefined;
  for (const { mention, entityId } of links) {
    const { start, end } = mention;
    if (start < after || start - after > ROLE_FORWARD_CHARS || mention.source === 'pronoun')
      continue;
    if (later !== undefined && start > later.start) continue;
    const entity = entities.get(entityId);
    if (entity?.type !== 'person') continue;
    if (
      named.test(text.slice(end, end + 120)) ||
      titled.test(text.slice(Math.max(0, start - 80), start))
    )
      later = { start, entity };
  }
  return later?.entity;
}

// How far after a role description ("the deputy Treasury secretary said") its holder may be named.
const ROLE_FORWARD_CHARS = 600;
