import type { ArticleEntity, Statement } from '../article-types.ts';

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
 * Gives a person speaker the name the article introduced them by: a surname-only entity
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
  for (const statement of statements) {
    const entity = statement.speaker === null ? undefined : entities.get(statement.speaker);
    // A speaker phrase no mention covers may be a surname too ("Al-Ahmad pointed out").
    const bare =
      statement.speaker === null && /^\p{Lu}[\p{L}'’-]+$/u.test(statement.speakerName ?? '')
        ? statement.speakerName
        : null;
    if (bare === null && (entity?.type !== 'person' || entity.name.includes(' '))) continue;
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
      continue;
    }
    if (entity === undefined) continue;
    const titled = firstTitledName(text, entity);
    if (titled !== undefined) statement.speakerName = titled;
  }
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
