import { escapeRegExp } from '../../core/index.ts';
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
  for (const statement of statements) {
    const body = wholeBodyName(statement);
    if (body !== undefined) {
      statement.speakerName = body;
      continue;
    }
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

// The head word of a body's name, which names no body alone ("Department", "Liberation Front").
const GENERIC_BODY =
  /^(?:Department|Office|Front|Ministry|Agency|Council|Command|Service|Party|Army|Forces?|Bureau|Commission|Committee|Court|Police|Authority|Administration|Directorate|Movement)$/u;

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
