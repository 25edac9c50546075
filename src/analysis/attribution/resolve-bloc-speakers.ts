import type { ArticleEntity, Statement } from '../article-types.ts';
import type { GroupedMentions } from '../mentions/group-entities.ts';

// "the bloc", "the 27-nation bloc", "The union": a union of states named by its kind.
const BLOC_SOURCE = /^the\s+(?:[\p{L}\d-]+\s+){0,2}?(?:bloc|union)$/iu;
// The names such a description stands for: a union of states or its short form.
const BLOC_NAME =
  /\bUnion\b|^(?:EU|ASEAN|Mercosur|NATO|OPEC|ECOWAS|GCC|Gulf Cooperation Council|Arab League|Commonwealth of Independent States)$/u;

/**
 * "The bloc has now said …" after "The European Union announced …": the union of states named
 * last before it. With none named, the speaker stays as written.
 */
export function resolveBlocSpeakers(
  statements: Statement[],
  links: GroupedMentions['links'],
  entities: ReadonlyMap<string, ArticleEntity>,
): void {
  for (const statement of statements) {
    const source = statement.source;
    if (source === null || statement.speaker !== null) continue;
    if (!BLOC_SOURCE.test(source.text.trim())) continue;
    const bloc = links
      .filter(({ mention }) => mention.end <= source.start)
      .map(({ entityId }) => entities.get(entityId))
      .findLast((e) => e?.type === 'organization' && BLOC_NAME.test(e.name));
    if (bloc === undefined) continue;
    statement.speaker = bloc.id;
    statement.speakerName = bloc.name;
  }
}
