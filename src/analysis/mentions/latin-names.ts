// "Erasmus", "Theseus", "Copernicus": a Latin or Greek "-us" ending is no plural, unless it is a
// people's or a faith's ("Hindus", "Zulus").
const U_PLURALS = new Set(['hindus', 'zulus', 'bantus', 'gurus', 'sadhus', 'emus']);
/**
 * True when a word ends in "-us", is a name or unknown to the lexicon (not "Belarus" or "Venus"),
 * and is neither a plural of a word ending in "u" nor ends in a common word ("Hantavirus").
 */
export function isLatinName(word: string, lexicon: ReadonlyMap<string, string>): boolean {
  if (!word.endsWith('us') || U_PLURALS.has(word)) return false;
  if (!['first', 'last', 'person', undefined].includes(lexicon.get(word))) return false;
  for (let from = 0; from <= word.length - 5; from++)
    if (lexicon.get(word.slice(from)) === 'common') return false;
  return true;
}
