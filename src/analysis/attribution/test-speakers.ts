import { readArticle } from '../analyze-article.ts';
import { findMentions } from '../mentions/find-mentions.ts';
import { groupEntities } from '../mentions/group-entities.ts';
import { attributeStatements } from './attribute-statements.ts';
import { segmentText } from './segment-text.ts';

/** The speaker of each statement of a text, with no lists loaded, for the attribution unit tests. */
export function speakersOf(text: string): (string | null)[] {
  const segmentation = segmentText(text);
  return attributeStatements(
    text,
    segmentation,
    groupEntities(findMentions(text), segmentation.quotes, segmentation.sentences),
  ).map((s) => s.speakerName);
}

/** The statements of a text, with no lists loaded, as the attribution unit tests read them. */
export function attributeText(text: string): ReturnType<typeof attributeStatements> {
  const segmentation = segmentText(text);
  return attributeStatements(
    text,
    segmentation,
    groupEntities(findMentions(text), segmentation.quotes),
  );
}

/**
 * A whole article read as `sift analyze` reads it, with no lists loaded: its language, its
 * entities as "type:name", and the speaker of each statement (the entity's name when the speaker
 * is one, else the speaker as the text names it).
 */
export function readArticleSpeakers(text: string): {
  language: string | null;
  entities: string[];
  speakers: (string | null)[];
} {
  const article = readArticle({ content: text, format: 'text' });
  const byId = new Map(article.entities.map((e) => [e.id, e.name]));
  return {
    language: article.language,
    entities: article.entities.map((e) => `${e.type}:${e.name}`),
    speakers: article.statements.map((s) =>
      s.speaker === null ? s.speakerName : byId.get(s.speaker)!,
    ),
  };
}
