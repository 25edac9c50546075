import {
  newEntity,
  type ListEntity,
  type PartAlignment,
  type SourcedEntity,
} from '../../core/index.ts';
import { buildScreeningIndex, getEntity, screenName } from '../../screening/index.ts';
import type { ArticleEntity } from '../article-types.ts';

/** Screening options over listed entities given as UK-list entries, for tests. */
export function optionsOver(listed: readonly ListEntity[]) {
  const source = {
    list: 'uk',
    version: 1,
    sha256: 'test',
    importedAt: '2026-01-01T00:00:00Z',
    format: 'uk-json' as const,
    fileName: 'test.json',
  };
  const entities: SourcedEntity[] = listed.map((entity) => ({ entity, source }));
  const local = buildScreeningIndex(entities);
  return {
    screen: (q: Parameters<typeof screenName>[1]) => screenName(local, q),
    lookupEntity: (id: string) => getEntity(local, id),
  };
}

/** Screening options over a few entries of the UK list (reference, caption, aliases, schema), for tests. */
export function localOptions(
  orgs: [string, string, string[], ('Person' | 'Organization' | 'Vessel')?][],
) {
  return optionsOver(
    orgs.map(([ref, caption, aliases, schema]) => {
      const listed = newEntity('uk', ref, schema ?? 'Organization', caption);
      listed.names = [
        { full: caption, kind: 'primary' },
        ...aliases.map((full) => ({ full, kind: 'alias' as const })),
      ];
      return listed;
    }),
  );
}

/** The same options with each explained part's weight set by `weigh`, as the real lists would weigh it. */
export function reweighed(
  options: ReturnType<typeof localOptions>,
  weigh: (part: PartAlignment) => number,
): ReturnType<typeof localOptions> {
  return {
    ...options,
    screen: (q: Parameters<typeof screenName>[1]) => {
      const answer = options.screen(q);
      return {
        ...answer,
        results: answer.results.map((h) => ({
          ...h,
          explanation: {
            ...h.explanation,
            parts: h.explanation.parts.map((p) => ({ ...p, weight: weigh(p) })),
          },
        })),
      };
    },
  };
}

/** An article's person named once, at `start` (the whole text by default), for tests. */
export function articlePerson(name: string, start = 0): ArticleEntity {
  return {
    id: 'e1',
    name,
    type: 'person',
    aliases: [],
    honorifics: [],
    mentions: [{ start, end: start + name.length, text: name }],
  };
}
