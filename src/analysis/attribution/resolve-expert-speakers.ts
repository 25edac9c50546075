import type { ArticleEntity, Statement } from '../article-types.ts';
import type { GroupedMentions } from '../mentions/group-entities.ts';
import { roleHolder } from './resolve-speaker-references.ts';

// "the expert added", "the analyst said": a person described by expertise rather than office.
const EXPERT_SOURCE =
  /^the\s+(?:[\p{L}.'’-]+\s+){0,2}?(expert|analyst|researcher|economist|professor|scholar)$/iu;

/**
 * "the expert added" after "Oleksiy Yizhak, an expert from …, told …": the person the article
 * introduced with that noun. Unlike an office ("the spokesman"), no one else who spoke before is
 * taken for the expert: without such an introduction the speaker stays as written.
 */
export function resolveExpertSpeakers(
  text: string,
  statements: Statement[],
  links: GroupedMentions['links'],
  entities: ReadonlyMap<string, ArticleEntity>,
): void {
  for (const statement of statements) {
    const source = statement.source;
    if (source === null) continue;
    const current = statement.speaker === null ? undefined : entities.get(statement.speaker);
    if (current?.type === 'person') continue;
    const noun = EXPERT_SOURCE.exec(source.text.trim())?.[1];
    if (noun === undefined) continue;
    const holder = roleHolder(text, noun, source.start, links, entities);
    if (holder === undefined) continue;
    statement.speaker = holder.id;
    statement.speakerName = holder.name;
  }
}
