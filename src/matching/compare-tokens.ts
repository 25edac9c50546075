import type { EvidenceKind } from '../core/index.ts';
import type { NameToken } from '../names/index.ts';
import { editBudget, editCost } from './edit-cost.ts';

/** How similar two tokens are and why. */
export interface TokenMatch {
  similarity: number;
  evidence: EvidenceKind;
}

const VOWELS = /^[aeiouy]/;
const pairCache = new Map<number, Map<number, TokenMatch | null>>();

/** True when two keys lists share a key. */
function shareKey(a: readonly string[], b: readonly string[]): boolean {
  for (const key of a) if (b.includes(key)) return true;
  return false;
}

/**
 * Similarity of two strings by weighted edit cost within the length-dependent budget, or 0;
 * `tolerance` widens the budget for romanised readings, which drift more than typed Latin names.
 */
export function editSimilarity(a: string, b: string, tolerance: number): number {
  const shorter = Math.min(a.length, b.length);
  const cost = editCost(a, b, editBudget(shorter, tolerance));
  return cost === Infinity ? 0 : 1 - cost / Math.max(a.length, b.length);
}

/**
 * Compares one query token with one listed token: exact, equivalent name, initial, typo within
 * the edit budget, or same sound; undefined when they do not match. `romanised` labels exact
 * agreement reached through transliteration.
 */
export function compareTokens(
  query: NameToken,
  listed: NameToken,
  romanised: boolean,
  tolerance: number,
): TokenMatch | undefined {
  // Token pairs recur across candidates and queries (list names repeat the same tokens), so
  // results are cached under a numeric key; the cache is dropped when large, not managed as LRU.
  if (query.id < 0 || listed.id < 0) return compareUncached(query, listed, romanised, tolerance);
  // Two levels keep both keys small integers, which Maps hash much faster than large numbers.
  const outerKey = query.id * 4 + (romanised ? 2 : 0) + (tolerance === 1 ? 0 : 1);
  let inner = pairCache.get(outerKey);
  if (inner === undefined) {
    if (pairCache.size >= 20_000) pairCache.clear();
    inner = new Map();
    pairCache.set(outerKey, inner);
  }
  const known = inner.get(listed.id);
  if (known !== undefined) return known ?? undefined;
  const match = compareUncached(query, listed, romanised, tolerance);
  if (inner.size < 50_000) inner.set(listed.id, match ?? null);
  return match;
}

/** compareTokens without the cache. */
function compareUncached(
  query: NameToken,
  listed: NameToken,
  romanised: boolean,
  tolerance: number,
): TokenMatch | undefined {
  if (query.text === listed.text) {
    return { similarity: 1, evidence: romanised ? 'transliteration' : 'exact' };
  }
  if (query.role === 'number' || listed.role === 'number') return undefined;
  if (query.role === 'initial' || listed.role === 'initial') {
    const initial = query.role === 'initial' ? query.text : listed.text;
    const full = query.role === 'initial' ? listed.text : query.text;
    return full.startsWith(initial) ? { similarity: 0.9, evidence: 'initial' } : undefined;
  }
  if (query.role === 'particle' && listed.role === 'particle') {
    return { similarity: 0.85, evidence: 'equivalent' };
  }
  if (query.role === 'name' && listed.role === 'name' && shareKey(query.keys, listed.keys)) {
    return { similarity: 0.95, evidence: 'equivalent' };
  }
  const similarity = editSimilarity(query.text, listed.text, tolerance);
  if (similarity > 0) {
    return { similarity, evidence: romanised ? 'transliteration' : 'typo' };
  }
  if (
    query.sound !== '' &&
    query.sound === listed.sound &&
    query.text.length >= 4 &&
    listed.text.length >= 4 &&
    (query.text[0] === listed.text[0] || (VOWELS.test(query.text) && VOWELS.test(listed.text)))
  ) {
    return { similarity: 0.8, evidence: 'phonetic' };
  }
  return undefined;
}
