import type { NameToken, TokenRole } from '../names/index.ts';

/** Fixed weights of the weak token roles; `name` and `number` tokens are weighted by rarity. */
export const ROLE_WEIGHTS: Readonly<Record<TokenRole, number>> = {
  name: 1,
  number: 1,
  particle: 0.15,
  legal: 0.3,
  generic: 0.35,
  initial: 0.35,
};

/** Lowest weight a name token can fall to, however common. */
const FLOOR = 0.2;
/** Entity frequency at and below which a token counts as fully rare. */
const RARE_AT = 10;

/** Entities holding each key: a Map when built, a table view when loaded from a snapshot. */
export interface KeyCounts {
  get(key: string): number | undefined;
  readonly size: number;
  entries(): IterableIterator<[string, number]>;
}

/** How many entities carry each token, and the weight that follows from it. */
export interface RarityTable {
  /** Number of entities counted. */
  entityCount: number;
  /** Entities holding each key, as counted: what an engine snapshot stores. */
  counts: KeyCounts;
  /** Entities whose names hold the key. */
  frequency: (key: string) => number;
  /** Weight of a token in a name score: role weight times rarity, 0.2..1 for names. */
  weigh: (token: NameToken) => number;
}

/**
 * Builds a rarity table from per-entity key counts: weight = ln(N/df) / ln(N/10), clamped, so a
 * token held by ten entities or fewer weighs 1 and "muhammad" (thousands) about 0.4. With fewer
 * than 1,000 entities the counts say nothing about rarity and every name token weighs 1.
 */
export function createRarityTable(counts: KeyCounts, entityCount: number): RarityTable {
  const informative = entityCount >= 1000;
  const scale = Math.log(entityCount / RARE_AT);
  // Weights are cached by token id in a flat array: far cheaper than a Map lookup per token. It
  // grows with the ids seen (token ids stop at 2^21) rather than taking 16 MB up front. Float64, so a
  // cached weight is the very number a first lookup returns: scores must not depend on earlier queries.
  let cache = new Float64Array(1 << 16).fill(-1);
  const cacheFor = (id: number): Float64Array => {
    if (id < cache.length) return cache;
    let size = cache.length;
    while (size <= id) size *= 2;
    const grown = new Float64Array(size).fill(-1);
    grown.set(cache);
    cache = grown;
    return cache;
  };
  const rarity = (df: number): number => {
    if (!informative || df <= RARE_AT) return 1;
    return Math.max(FLOOR, Math.min(1, Math.log(entityCount / df) / scale));
  };
  const frequency = (key: string): number => counts.get(key) ?? 0;
  return {
    entityCount,
    counts,
    frequency,
    weigh: (token: NameToken): number => {
      const role = ROLE_WEIGHTS[token.role];
      if (token.role !== 'name') return role;
      let weight = token.id >= 0 ? cacheFor(token.id)[token.id]! : -1;
      if (weight < 0) {
        // A token is as common as its most common spelling group: a rare spelling of Muhammad is
        // still Muhammad.
        let df = frequency(token.text);
        for (const key of token.keys) df = Math.max(df, frequency(key));
        weight = rarity(df);
        if (token.id >= 0) cache[token.id] = weight;
      }
      return weight;
    },
  };
}
