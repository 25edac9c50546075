// An Arabic article belongs to the word after it (عبد المهدي is abd + al-mahdi, "servant of the
// Mahdi"), so a run of tokens that ends in one and leaves that word out cuts a name in two places:
// joined, "abd al" reads "abdal", which an edit or two makes ABDALLAH, another name (issue #13).
import { particleKind } from '../names/index.ts';
import type { NameToken } from '../names/index.ts';

/** Articles written before their word; eddin, filed with them, ends a name (Nasr Eddin). */
const TRAILING_ARTICLES = new Set(['eddin']);

/**
 * True when the run of tokens [from, to) ends in an article particle whose word, the next token,
 * is outside the run: such a run is no spelling of one word and must not be joined.
 */
export function articleEndsRun(tokens: readonly NameToken[], from: number, to: number): boolean {
  const last = tokens[to - 1];
  if (last === undefined || to >= tokens.length || to - 1 < from) return false;
  return (
    last.role === 'particle' &&
    particleKind(last.text) === 'article' &&
    !TRAILING_ARTICLES.has(last.text)
  );
}
