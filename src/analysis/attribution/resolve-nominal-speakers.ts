import { escapeRegExp } from '../../core/index.ts';
import type { ArticleEntity, Statement } from '../article-types.ts';
import type { GroupedMentions } from '../mentions/group-entities.ts';

// How many statements back a definite description looks for the unnamed source it repeats.
const ANTECEDENT_WINDOW = 6;
// "the voice", "her mother", "the woman": a definite description, by article or possessive.
// The head is a common noun: "the Treasury" is a name, not a description.
const DEFINITE =
  /^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}'’-]+\s+){0,3}(\p{Ll}[\p{L}'’-]*)$/u;
// "the Chief Executive", "the Prime Minister": an office in capitals, which only a person the
// article titled so before can hold (a capitalised head is never an unnamed source's noun).
const CAPITALISED_TITLE = /^[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(\p{Lu}[\p{L}'’-]*)$/u;
// "an unknown male voice", "one woman", "a senior Houthi official": an unnamed source introduced.
// Modifiers may be abbreviations ("a senior U.S. State Department official").
const INDEFINITE = /^(?:a|an|one|another)\s+(?:[\p{L}'’.-]+\s+){0,4}([\p{L}'’-]+)$/iu;

/**
 * A definite description as the source ("the voice added", "her mother said") names whoever the
 * article introduced with it: the person it stood beside as an apposition before ("her mother,
 * Jacqueline Medina, told KTRK"), or else the unnamed source with the same head noun that spoke
 * in the statements just before ("an unknown male voice").
 */
export function resolveNominalSpeakers(
  text: string,
  statements: Statement[],
  links: GroupedMentions['links'],
  entities: ReadonlyMap<string, ArticleEntity>,
): void {
  statements.forEach((statement, i) => {
    const source = statement.source;
    if (source === null) return;
    // A group of people by office ("ministry spokesman") is an entity of its own, but "the
    // foreign ministry spokesman" can still be the person the article titled so.
    const office = links.some(
      ({ mention }) =>
        mention.source === 'group' && mention.start === source.start && mention.end === source.end,
    );
    if (statement.speaker !== null && !office) return;
    // The speaker's name can hold words the source span left out ("the foreign ministry
    // spokesman" around the group mention "ministry spokesman").
    const written = statement.speakerName ?? '';
    const phrase = (written.endsWith(source.text.trim()) ? written : source.text).trim();
    const head = DEFINITE.exec(phrase)?.[1] ?? CAPITALISED_TITLE.exec(phrase)?.[1];
    if (head === undefined) return;
    const person =
      (office ? undefined : appositionHolder(text, phrase, source.start, links, entities)) ??
      titledHolder(text, phrase, statement, links, entities);
    if (office && person === undefined) return;
    if (person !== undefined) {
      statement.speaker = person.id;
      statement.speakerName = person.name;
      // An office held by a named person is no vague source.
      if (statement.kind === 'weakly-sourced')
        statement.kind = /["“”]/u.test(statement.text) ? 'quote' : 'reported';
      return;
    }
    for (let j = i - 1; j >= Math.max(0, i - ANTECEDENT_WINDOW); j--) {
      const previous = statements[j];
      if (previous === undefined || previous.speaker !== null || previous.source === null) continue;
      const name = previous.speakerName ?? '';
      if (INDEFINITE.exec(name)?.[1]?.toLowerCase() !== head.toLowerCase()) continue;
      statement.speakerName = name;
      return;
    }
    const body = bodyDescribed(text, head, source.start, links, entities);
    if (body !== undefined) {
      statement.speaker = body.id;
      statement.speakerName = body.name;
    }
  });
}

// "the militia group said", "the company added": nouns for a body of people, which a definite
// description uses for the organisation the article named last.
const GROUP_HEADS = new Set([
  'group',
  'militia',
  'movement',
  'faction',
  'organisation',
  'organization',
  'network',
  'outfit',
  'company',
  'firm',
]);
// Nouns of a state body: "the ministry" is the last body named with that very noun, never a
// militia or a firm named since.
const STATE_HEADS = new Set(['ministry', 'department', 'agency', 'council', 'office', 'court']);
// Words that mark an organisation as a state body or a union of states, which no "group" or
// "company" describes ("sanctions imposed by the United States on the group").
const STATE_WORDS =
  /\b(?:ministry|department|treasury|government|council|court|agency|office|police|army|commission|parliament|senate|congress|states?|nations|union|kingdom|republic)\b/iu;
// How far back the named organisation may stand: the same or the previous paragraphs.
const BODY_WINDOW_CHARS = 1200;

/**
 * The organisation a description of a body stands for: the last one named before it, within a few
 * paragraphs, that the noun fits ("the militia group" → Kataeb Hezbollah; "the ministry" → a
 * ministry named so). Undefined when the noun is no body's or none fits.
 */
function bodyDescribed(
  text: string,
  head: string,
  before: number,
  links: GroupedMentions['links'],
  entities: ReadonlyMap<string, ArticleEntity>,
): ArticleEntity | undefined {
  const noun = head.toLowerCase();
  const group = GROUP_HEADS.has(noun);
  if (!group && !STATE_HEADS.has(noun)) return undefined;
  const fits = (name: string): boolean =>
    group ? !STATE_WORDS.test(name) : new RegExp(String.raw`\b${noun}\b`, 'iu').test(name);
  let found: ArticleEntity | undefined;
  for (const { mention, entityId } of links) {
    if (mention.end > before) break;
    if (before - mention.end > BODY_WINDOW_CHARS) continue;
    if (mention.type !== 'organization' || mention.source === 'pronoun') continue;
    const entity = entities.get(entityId);
    // "the United States (US)": a country the mention finder took for a body once is still a place.
    if (entity?.type === 'organization' && fits(entity.name)) found = entity;
  }
  return found;
}

/**
 * The person named last with the description's words as a title before the name ("foreign
 * ministry spokesman Wang Wenbin" for "the foreign ministry spokesman", "The Chief Executive,
 * Abdullah Abdullah" for "the Chief Executive"); never a person the
 * statement itself names, who would be its subject, not its source.
 */
function titledHolder(
  text: string,
  phrase: string,
  statement: Statement,
  links: GroupedMentions['links'],
  entities: ReadonlyMap<string, ArticleEntity>,
): ArticleEntity | undefined {
  const title = phrase.split(/\s+/u).slice(1);
  if (title.length === 0) return undefined;
  const titled = new RegExp(
    String.raw`(?<![\p{L}])${title.map(escapeRegExp).join(String.raw`\s+`)},?\s+$`,
    'iu',
  );
  const named = new Set(
    links
      .filter(({ mention }) => mention.start >= statement.start && mention.end <= statement.end)
      .map(({ entityId }) => entityId),
  );
  let found: ArticleEntity | undefined;
  for (const { mention, entityId } of links) {
    if (mention.end > statement.start) break;
    if (mention.type !== 'person' || mention.source === 'pronoun' || named.has(entityId)) continue;
    if (titled.test(text.slice(Math.max(0, mention.start - 80), mention.start)))
      found = entities.get(entityId) ?? found;
  }
  return found;
}

/** The person last named right beside `phrase` ("her mother, Jacqueline Medina", "Medina, her mother"). */
function appositionHolder(
  text: string,
  phrase: string,
  before: number,
  links: GroupedMentions['links'],
  entities: ReadonlyMap<string, ArticleEntity>,
): ArticleEntity | undefined {
  const words = escapeRegExp(phrase).replace(/\s+/g, String.raw`\s+`);
  // An apposition stands between commas on both sides ("…, her mother, Jacqueline Medina, told"):
  // "the pilgrimage of Hajj, the notice said" is a clause and its subject.
  const phraseBefore = new RegExp(String.raw`(?:^|[,;:(—–]\s*)${words},\s+$`, 'iu');
  const phraseAfter = new RegExp(String.raw`^,\s+${words},`, 'iu');
  let found: ArticleEntity | undefined;
  for (const { mention, entityId } of links) {
    if (mention.end > before) break;
    if (mention.type !== 'person' || mention.source === 'pronoun') continue;
    const entity = entities.get(entityId);
    if (entity === undefined) continue;
    const { start, end } = mention;
    if (
      (phraseBefore.test(text.slice(Math.max(0, start - phrase.length - 6), start)) &&
        /^,/.test(text.slice(end))) ||
      phraseAfter.test(text.slice(end, end + phrase.length + 6))
    )
      found = entity;
  }
  return found;
}
