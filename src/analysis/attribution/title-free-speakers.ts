import type { ArticleEntity, Statement } from '../article-types.ts';
import { OFFICE, PORTFOLIO_BEFORE } from '../mentions/portfolio-before.ts';

// A "person" that is the office, with or without the first half of its portfolio ("Federal
// Minister for Information", "for Information", "Federal Minister").
const OFFICE_AS_NAME = new RegExp(
  String.raw`^(?:(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}${OFFICE}\s+)?(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*|(?:\p{Lu}[\p{L}-]*\s+){0,2}${OFFICE})$`,
  'u',
);
// From the title to its holder's name: the portfolio's first half where the title left it out
// ("Federal Minister" + " for Information"), then the rest of the portfolio ("… and Broadcasting
// Fawad Chaudhry"), or a comma before the name in apposition ("Minister of Justice, Najm al-Ahmad,
// said").
const TITLE_TO_NAME =
  /^(?:\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*)?(?:\s+(?:and|&)\s+(?:\p{Lu}[\p{L}-]*\s+)?|\s*,\s*)$/u;

/**
 * Gives the statements of a person read with a title's words the person's own name: "Broadcasting
 * Fawad Chaudhry" (from "Minister for Information and Broadcasting Fawad Chaudhry") speaks as
 * "Fawad Chaudhry", and "Federal Minister for Information", the title's first half read as a
 * person, is the person the title belongs to.
 */
export function titleFreeSpeakers(
  text: string,
  statements: Statement[],
  entities: ReadonlyMap<string, ArticleEntity>,
): void {
  const people = [...entities.values()].filter((e) => e.type === 'person');
  const renamed = new Map<string, { id: string; name: string }>();
  for (const person of people) {
    const first = person.mentions[0];
    if (first === undefined) continue;
    const words = person.name.split(' ');
    const before = text.slice(Math.max(0, first.start - 80), first.start);
    if (words.length >= 3 && PORTFOLIO_BEFORE.test(before))
      renamed.set(person.id, { id: person.id, name: words.slice(1).join(' ') });
  }
  for (const title of people) {
    if (!OFFICE_AS_NAME.test(title.name)) continue;
    const end = title.mentions[0]?.end ?? -1;
    const holder = people.find((p) =>
      p.mentions.some((m) => m.start > end && TITLE_TO_NAME.test(text.slice(end, m.start))),
    );
    const name = holder === undefined ? undefined : (renamed.get(holder.id)?.name ?? holder.name);
    if (holder !== undefined && name !== undefined) renamed.set(title.id, { id: holder.id, name });
  }
  // A speaker named from the entity without its id ("quoted Chaudhary as saying", completed to the
  // entity's name) is renamed by that name.
  const byName = new Map(
    [...renamed].map(([id, to]) => [entities.get(id)?.name ?? '', to] as const),
  );
  for (const statement of statements) {
    const to =
      (statement.speaker === null ? undefined : renamed.get(statement.speaker)) ??
      byName.get(statement.speakerName ?? '');
    if (to === undefined) continue;
    statement.speaker = to.id;
    statement.speakerName = to.name;
  }
}
