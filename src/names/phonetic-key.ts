import { doubleMetaphone } from 'double-metaphone';

const cache = new Map<string, string>();

/**
 * The Double Metaphone primary key of a token, or '' for tokens too short or numeric to carry a
 * useful sound key; cached because list names repeat the same tokens many times.
 */
export function phoneticKey(token: string): string {
  const known = cache.get(token);
  if (known !== undefined) return known;
  const key = token.length < 3 || /\d/.test(token) ? '' : doubleMetaphone(token)[0];
  // The cache is bounded so that a long-running server fed arbitrary queries cannot grow it forever.
  if (cache.size > 200_000) cache.clear();
  cache.set(token, key);
  return key;
}
