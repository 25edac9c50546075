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
