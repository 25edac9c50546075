import type { NerToken } from './tokenize-text.ts';

const CHUNK_END = new Set(['.', '!', '?', '…', '...']);

/**
 * The token ranges [from, to) of the sentences (or lines) of a text, which are decoded one by one
 * as in training: no name runs across a sentence end or a line break.
 */
export function sentenceChunks(tokens: readonly NerToken[]): [number, number][] {
  const chunks: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++)
    if (
      i === tokens.length ||
      tokens[i]?.lineStart === true ||
      CHUNK_END.has(tokens[i - 1]?.text ?? '')
    ) {
      chunks.push([from, i]);
      from = i;
    }
  return chunks;
}
