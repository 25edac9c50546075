import type { Hit, ListEntity } from '../../core/index.ts';
import { nameKey } from '../../names/index.ts';

/**
 * True when the article's name is, word for word (in any order), one of the listing's own names
 * of two words or more that the list does not call weak: "Mohammad Raad" and OFAC 26956's alias
 * "RAAD, Mohammad". The engine can answer such a query with another, similarly spelt name of the
 * same listing ("RAED, Mohamad": an alias made only of common names is weighed down, and a rarer
 * spelling is not), and a similar spelling alone is no match for an article name; but the name the
 * article prints is the list's own, so the spelling is no objection.
 */
export function namesListingVerbatim(hit: Hit, listed: ListEntity | undefined): boolean {
  const query = sortedWords(hit.explanation.queryTokens.join(' '));
  if (listed === undefined || query.split(' ').length < 2) return false;
  return listed.names.some(
    (name) =>
      name.kind !== 'weak-alias' && sortedWords(name.full.replace(/\([^)]*\)/g, ' ')) === query,
  );
}

function sortedWords(name: string): string {
  return nameKey(name)
    .split(' ')
    .filter((w) => w !== '')
    .sort()
    .join(' ');
}
