import type { Sentence } from '../article-types.ts';

// A capitalised name of up to four words opening the sentence ("The Kremlin", "Gazprom"), then an
// active finite verb: auxiliaries of the perfect or future and adverbs, then a past form ("hit
// back", "has rejected"). A passive ("was hit by") or a noun after the name is no such verb.
const CAPITALISED_SUBJECT =
  /^((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})(?=\s+(?:(?:has|have|had|will|would|also|again|then|swiftly|\p{Ll}+ly)\s+)*(?:\p{Ll}+ed|hit|struck|took|made|gave|sent|held|put|set|stood|came|went|spoke|told|said|kept|sought|fought|threw)\b)/u;

/**
 * "The Kremlin hit back on Wednesday, saying …", "Gazprom hit back, insisting …": the capitalised
 * name that opens the sentence before its finite verb, as the subject a later participle shares,
 * when no mention of the article covers it (no lists loaded, or a body the name finder missed).
 */
export function capitalisedSubject(
  text: string,
  sentence: Sentence,
): { span: { start: number; end: number; text: string }; phrase: string } | undefined {
  const found = CAPITALISED_SUBJECT.exec(text.slice(sentence.start, sentence.end))?.[1];
  if (found === undefined) return undefined;
  const span = { start: sentence.start, end: sentence.start + found.length, text: found };
  return { span, phrase: found };
}
