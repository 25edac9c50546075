import type { ArticleEntity, Statement } from '../article-types.ts';

// "our correspondent", "The Al Jazeera correspondent", "the BBC's reporter": the outlet's own
// reporter as a source.
const REPORTER_SOURCE = /^(?:our|the(?:\s+\p{Lu}[\p{L}'’]*){0,3})\s+(?:correspondent|reporter)$/iu;
// Right after an outlet named as the source: "The Al Jazeera correspondent, who spoke …".
const REPORTER_AFTER = /^(?:['’]s)?\s+(?:correspondent|reporter)\b/iu;
// How an outlet introduces its reporter: "Al Jazeera's James Bays", "the BBC's Lyse Doucet",
// "our correspondent Lyse Doucet".
const INTRODUCED_AS_REPORTER = /(?:\p{Lu}[\p{L}]*['’]s|\b(?:correspondent|reporter))\s+$/u;

/**
 * "…, our correspondent said": the outlet's reporter the article introduced before by name
 * ("Al Jazeera's James Bays"), the latest one before the statement.
 */
export function resolveCorrespondents(
  text: string,
  statements: Statement[],
  entities: ReadonlyMap<string, ArticleEntity>,
): void {
  const reporters = [...entities.values()]
    .filter((e) => e.type === 'person')
    .flatMap((e) =>
      e.mentions
        .filter((m) => INTRODUCED_AS_REPORTER.test(text.slice(Math.max(0, m.start - 40), m.start)))
        .map((m) => ({ start: m.start, entity: e })),
    )
    .sort((a, b) => a.start - b.start);
  if (reporters.length === 0) return;
  for (const statement of statements) {
    const source = statement.source;
    if (source === null) continue;
    const named =
      REPORTER_SOURCE.test(source.text.trim()) ||
      REPORTER_AFTER.test(text.slice(source.end, source.end + 20));
    if (!named) continue;
    const reporter = reporters.findLast((r) => r.start < statement.start);
    if (reporter === undefined) continue;
    statement.speaker = reporter.entity.id;
    statement.speakerName = reporter.entity.name;
  }
}
