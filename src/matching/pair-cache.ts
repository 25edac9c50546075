/** A bounded cache from a pair of small non-negative integers to a shared value, or to none. */
export interface PairCache<T> {
  /** The value stored for the pair; null when stored as none; undefined when not stored. */
  get(outer: number, inner: number): T | null | undefined;
  /** Stores the pair's value (null for none); drops every pair first when the cache is full. */
  set(outer: number, inner: number, value: T | null): void;
  /** Pairs stored now. */
  readonly size: number;
}

/** The value number of a pair stored as none; distinct values are numbered from 1. */
const NONE = 0;
/** Distinct values a cache numbers; a pair whose value would be one more is not stored. */
const MAX_VALUES = 0xffff;
/**
 * Slots of a new row: a query token met for the first time meets ~20 listed tokens in its first
 * query (median; a quarter meet 40 or more, a few a thousand), so a row of 4 slots moved three or
 * four times, a rehash into a new region each (session 11). 16 slots would fill the arena with
 * rows of one pair (a batch of distinct names) before it holds `maxPairs`.
 */
const FIRST_ROW_SLOTS = 8;
/** Fewest words of an arena, so that a small cache holds its pairs whatever rows they make. */
const MIN_ARENA_WORDS = 1 << 14;
/**
 * Arena words per pair the cache may hold before it starts again: two words a slot, rows between a
 * quarter and half full, and regions freed by rows that grew, waiting for a row of their size.
 */
const ARENA_WORDS_PER_PAIR = 8;

// Each outer key has a row of its own, a small open-addressing table (linear probing, at most half
// full) of slots [inner + 1, value number], cut from one shared arena. The matcher asks for one
// query token's pairs with every listed token of a reading in a row, so the slots it reads sit
// together: one flat table of pairs put every lookup in a random place of megabytes, a cache miss
// each, most of what a cached comparison cost (session 9). A row that fills moves to a region twice
// its size; the arena is emptied when the cache starts again.

/** The first slot of a row for an inner key (multiplicative hashing, high bits folded in). */
function homeSlot(inner: number, mask: number): number {
  const h = Math.imul(inner, 0x9e3779b1) >>> 0;
  return (h ^ (h >>> 15)) & mask;
}

/**
 * Creates a cache of up to `maxPairs` pairs in one typed array: 8 bytes a slot, where a Map of Maps
 * spent ~100 bytes a pair on the V8 heap (100 MB per batch thread at a million pairs, and as much
 * again in garbage between collections). Values are kept once each and numbered, so equal values
 * must be interchangeable (callers share them and never change them): two values are equal when
 * `groupOf` (a small integer) and `keyOf` give the same numbers for both. Inner keys must stay
 * under 2^31 - 1. Dropped when full, not managed as LRU.
 */
export function createPairCache<T>(
  maxPairs: number,
  groupOf: (value: T) => number,
  keyOf: (value: T) => number,
): PairCache<T> {
  const maxArenaWords = Math.max(MIN_ARENA_WORDS, maxPairs * ARENA_WORDS_PER_PAIR);
  let arena = new Int32Array(0);
  let used = 0;
  let size = 0;
  // Rows by number: where each starts in the arena (in words), its slot mask and its pairs.
  const rowOf = new Map<number, number>();
  const starts: number[] = [];
  const masks: number[] = [];
  const sizes: number[] = [];
  // The matcher asks for one outer key many times in a row: its row is kept at hand.
  let lastOuter = -1;
  let lastRow = -1;
  const values: T[] = [];
  // Numbers by group, then by key: one number key would need the two combined, which a double
  // cannot do exactly for every pair.
  const numbers: Map<number, number>[] = [];

  /** The row of an outer key, or -1. */
  const rowFor = (outer: number): number => {
    if (outer === lastOuter) return lastRow;
    const row = rowOf.get(outer) ?? -1;
    lastOuter = outer;
    lastRow = row;
    return row;
  };

  // Regions rows left when they grew, by size (log2 of their words): new rows and grown rows of
  // that size take them first, so the arena holds little more than the rows in use.
  const freed: number[][] = [];

  /** Gives a region back for reuse. */
  const release = (start: number, words: number): void => {
    (freed[Math.log2(words)] ??= []).push(start);
  };

  /** The word offset of a zeroed region of `words` words (a power of two), or -1 when full. */
  const region = (words: number): number => {
    const reused = freed[Math.log2(words)]?.pop();
    if (reused !== undefined) {
      arena.fill(0, reused, reused + words);
      return reused;
    }
    if (used + words > maxArenaWords) return -1;
    // The arena is made at its largest size at once: the system hands out zeroed pages as they are
    // first written, so the memory a one-shot screening uses stays what its pairs take, while an
    // arena grown by copying (by half, ~14 times on the way to 16 MB) cost ~2 % of the CPU of a
    // bench of new names (session 11).
    if (arena.length === 0) arena = new Int32Array(maxArenaWords);
    const start = used;
    used += words;
    return start;
  };

  /** Forgets every pair; the arena is kept, zeroed, for the pairs to come. */
  const clear = (): void => {
    arena.fill(0, 0, used);
    used = 0;
    size = 0;
    rowOf.clear();
    freed.length = 0;
    starts.length = 0;
    masks.length = 0;
    sizes.length = 0;
    lastOuter = -1;
    lastRow = -1;
  };

  /** The word offset of the slot holding `inner` in a row, or of the free slot where it would go. */
  const slotIn = (row: number, inner: number): number => {
    const start = starts[row]!;
    const mask = masks[row]!;
    let h = homeSlot(inner, mask);
    for (;;) {
      const at = start + 2 * h;
      const stored = arena[at]!;
      if (stored === 0 || stored === inner + 1) return at;
      h = (h + 1) & mask;
    }
  };

  /** Moves a full row to a region twice its size; false when the arena may not grow. */
  const growRow = (row: number): boolean => {
    const oldStart = starts[row]!;
    const oldSlots = masks[row]! + 1;
    const start = region(4 * oldSlots);
    if (start < 0) return false;
    starts[row] = start;
    masks[row] = 2 * oldSlots - 1;
    for (let s = 0; s < oldSlots; s++) {
      const stored = arena[oldStart + 2 * s]!;
      if (stored === 0) continue;
      const at = slotIn(row, stored - 1);
      arena[at] = stored;
      arena[at + 1] = arena[oldStart + 2 * s + 1]!;
    }
    release(oldStart, 2 * oldSlots);
    return true;
  };

  /** A new empty row for an outer key; -1 when the arena may not grow. */
  const newRow = (outer: number): number => {
    const start = region(2 * FIRST_ROW_SLOTS);
    if (start < 0) return -1;
    const row = starts.length;
    starts.push(start);
    masks.push(FIRST_ROW_SLOTS - 1);
    sizes.push(0);
    rowOf.set(outer, row);
    lastOuter = outer;
    lastRow = row;
    return row;
  };

  /** Stores a value number for a pair; false when the cache has no room left for it. */
  const put = (outer: number, inner: number, number: number): boolean => {
    let row = rowFor(outer);
    if (row < 0) row = newRow(outer);
    if (row < 0) return false;
    let at = slotIn(row, inner);
    if (arena[at] === 0) {
      if (2 * (sizes[row]! + 1) > masks[row]! + 1) {
        if (!growRow(row)) return false;
        at = slotIn(row, inner);
      }
      arena[at] = inner + 1;
      sizes[row]!++;
      size++;
    }
    arena[at + 1] = number;
    return true;
  };

  return {
    get(outer, inner) {
      const row = rowFor(outer);
      if (row < 0) return undefined;
      const at = slotIn(row, inner);
      if (arena[at] === 0) return undefined;
      const number = arena[at + 1]!;
      return number === NONE ? null : values[number - 1];
    },
    set(outer, inner, value) {
      let number = NONE;
      if (value !== null) {
        const group = groupOf(value);
        const key = keyOf(value);
        const numbered = (numbers[group] ??= new Map());
        const known = numbered.get(key);
        if (known !== undefined) number = known;
        else {
          if (values.length >= MAX_VALUES) return;
          values.push(value);
          number = values.length;
          numbered.set(key, number);
        }
      }
      if (size >= maxPairs) clear();
      // The arena may fill before maxPairs when rows grew often: the cache then starts again.
      if (!put(outer, inner, number)) {
        clear();
        put(outer, inner, number);
      }
    },
    get size() {
      return size;
    },
  };
}
