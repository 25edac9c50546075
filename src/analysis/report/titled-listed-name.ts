import type { Hit, ListEntity } from '../../core/index.ts';
import { nameKey } from '../../names/index.ts';
import type { ArticleEntity } from '../article-types.ts';

// The note the engine gives a religious title the query and the listed person share
// (matching/describe-alignment.ts): Mullah, Mawlawi, Qari, Mufti, Ayatollah, Patriarch.
const SHARED_TITLE_NOTE = 'a title the list gives this person';
// Below this rarity weight the one name is a very common given name ("Mohammad" 0.37): a title and
// a common name can name many clerics, whatever a list calls one of them.
const COMMON_NAME_WEIGHT = 0.5;
// The engine scores a title and one name at most this (it counts one name part): the exact listed
// alias "Patriarch Kirill" answers "Patriarch Kirill" with 0.80, under the 0.82 threshold.
const TITLED_ONE_NAME_FLOOR = 0.8;

/** Name keys that some list calls a weak alias of the entity it answers ("Mullah Taha" on the UN list). */
export function weakNameKeys(hits: readonly Hit[]): Set<string> {
  return new Set(
    hits.filter((h) => h.matchedName.kind === 'weak-alias').map((h) => nameKey(h.matchedName.full)),
  );
}

/**
 * True when the article names a person, word for word, by a name the list itself gives them that
 * is a religious title and one name: "Patriarch Kirill" (the UK's alias of RUS1467), "Mullah
 * Fazlullah" (the UN's good-quality alias of QDi.352). The list vouches for that name as this
 * person's, so it is a match although the engine counts only one name part. Never for a name any
 * list calls a weak alias ("Mullah Taha", "Mullah Nasir"), a title most people share (Haji,
 * Sheikh, Imam are no shared titles to the engine), or a very common name.
 */
export function isListedTitledName(
  hit: Hit,
  entity: ArticleEntity,
  weakNames: ReadonlySet<string>,
  listed: ListEntity | undefined,
): boolean {
  if (entity.type !== 'person' || hit.score < TITLED_ONE_NAME_FLOOR) return false;
  // The engine answers with the listing's best name ("MAULANA FAZLULLAH"); the one the article
  // gives may be another of its names ("Mullah Fazlullah").
  const listedKeys = new Set(
    [hit.matchedName, ...(listed?.names ?? [])]
      .filter((n) => n.kind !== 'weak-alias')
      .map((n) => nameKey(n.full))
      .filter((key) => key.includes(' ') && !weakNames.has(key)),
  );
  const articleNames = [entity.name, ...entity.mentions.map((m) => m.text)];
  if (!articleNames.some((n) => listedKeys.has(nameKey(n)))) return false;
  const parts = hit.explanation.parts;
  const title = parts.filter((p) => p.note === SHARED_TITLE_NOTE && p.similarity === 1);
  const names = parts.filter((p) => p.note !== SHARED_TITLE_NOTE);
  return (
    title.length === 1 &&
    names.length === 1 &&
    names[0] !== undefined &&
    names[0].query.length === 1 &&
    names[0].matched.length === 1 &&
    names[0].similarity === 1 &&
    names[0].weight >= COMMON_NAME_WEIGHT
  );
}
