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
/** Distinct values a cache numbers (16 bits); a pair whose value would be one more is not stored. */
const MAX_VALUES = 0xffff;
/** Slots of a new table: a one-shot screening stores a few thousand pairs. */
const FIRST_SLOTS = 1 << 13;
/** Outer keys are stored plus one in the low bits of a slot's first word; 0 marks a free slot. */
const OUTER_BITS = 25;
const OUTER_MASK = (1 << OUTER_BITS) - 1;
/** Largest outer key a cache stores (pairs with larger keys are never stored). */
const MAX_OUTER = OUTER_MASK - 1;
/** Inner keys take the low bits of a slot's second word. */
const INNER_BITS = 21;
const INNER_MASK = (1 << INNER_BITS) - 1;
/** Largest inner key a cache stores: token ids stop at 2^21. */
const MAX_INNER = INNER_MASK;
/**
 * A value's 16-bit number is split over the spare bits of both words: its high bits above the
 * outer key, its low bits above the inner key.
 */
const LOW_NUMBER_BITS = 16 - (32 - OUTER_BITS);
const LOW_NUMBER_MASK = (1 << LOW_NUMBER_BITS) - 1;

// A slot is two 32-bit words side by side, [outer + 1 | high bits of the number, inner | low bits
// of the number]: a lookup reads one cache line. Keys and numbers in three arrays cost three cache
// misses per lookup in a table of megabytes, most of a cached comparison's time (session 9).

/** The slot words of one table size. */
interface Table {
  words: Int32Array;
  mask: number;
}

function newTable(slots: number): Table {
  return { words: new Int32Array(2 * slots), mask: slots - 1 };
}

/** The slot of the pair in the table, or of the free slot where it would go. */
function slotOf(table: Table, outer: number, inner: number): number {
  // Multiplicative hashing of both keys, the high bits folded into the low ones.
  let h = (Math.imul(outer, 0x9e3779b1) ^ Math.imul(inner, 0x85ebca6b)) >>> 0;
  h = (h ^ (h >>> 16)) & table.mask;
  const words = table.words;
  const stored = outer + 1;
  for (;;) {
    const first = words[2 * h]! & OUTER_MASK;
    if (first === 0 || (first === stored && (words[2 * h + 1]! & INNER_MASK) === inner)) return h;
    h = (h + 1) & table.mask;
  }
}

/** The value number a slot holds. */
function numberAt(words: Int32Array, at: number): number {
  return (
    ((words[2 * at]! >>> OUTER_BITS) << LOW_NUMBER_BITS) |
    ((words[2 * at + 1]! >>> INNER_BITS) & LOW_NUMBER_MASK)
  );
}

/** Writes a pair and its value number into a slot. */
function store(words: Int32Array, at: number, outer: number, inner: number, number: number): void {
  words[2 * at] = (outer + 1) | ((number >>> LOW_NUMBER_BITS) << OUTER_BITS);
  words[2 * at + 1] = inner | ((number & LOW_NUMBER_MASK) << INNER_BITS);
}

/**
 * Creates a cache of up to `maxPairs` pairs in a typed array (open addressing, linear probing, at
 * most half full): 8 bytes a slot, where a Map of Maps spent ~100 bytes a pair on the V8 heap
 * (100 MB per batch thread at a million pairs, and as much again in garbage between collections).
 * The table starts small and doubles as pairs come. Values are kept once each and numbered, so
 * equal values must be interchangeable (callers share them and never change them): two values are
 * equal when `groupOf` (a small integer) and `keyOf` give the same numbers for both. Outer keys
 * up to 2^25 - 2 and inner keys up to 2^21 - 1 are stored, others never. Dropped when full, not
 * managed as LRU.
 */
export function createPairCache<T>(
  maxPairs: number,
  groupOf: (value: T) => number,
  keyOf: (value: T) => number,
): PairCache<T> {
  let maxSlots = FIRST_SLOTS;
  while (maxSlots < maxPairs * 2) maxSlots *= 2;
  let table: Table | undefined;
  let size = 0;
  const values: T[] = [];
  // Numbers by group, then by key: one number key would need the two combined, which a double
  // cannot do exactly for every pair.
  const numbers: Map<number, number>[] = [];

  /** The table with room for one more pair: doubled while under maxSlots, else emptied when full. */
  const roomy = (): Table => {
    if (table === undefined) return (table = newTable(FIRST_SLOTS));
    const slots = table.mask + 1;
    if (size >= maxPairs) {
      table.words.fill(0);
      size = 0;
    } else if ((size + 1) * 2 > slots && slots < maxSlots) {
      const old = table.words;
      table = newTable(slots * 2);
      for (let at = 0; at < slots; at++) {
        const first = old[2 * at]! & OUTER_MASK;
        if (first === 0) continue;
        const inner = old[2 * at + 1]! & INNER_MASK;
        const to = slotOf(table, first - 1, inner);
        table.words[2 * to] = old[2 * at]!;
        table.words[2 * to + 1] = old[2 * at + 1]!;
      }
    }
    return table;
  };

  return {
    get(outer, inner) {
      if (table === undefined || outer > MAX_OUTER || inner > MAX_INNER) return undefined;
      const at = slotOf(table, outer, inner);
      if (table.words[2 * at] === 0) return undefined;
      const number = numberAt(table.words, at);
      return number === NONE ? null : values[number - 1];
    },
    set(outer, inner, value) {
      if (outer > MAX_OUTER || inner > MAX_INNER) return;
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
      const into = roomy();
      const at = slotOf(into, outer, inner);
      if (into.words[2 * at] === 0) size++;
      store(into.words, at, outer, inner, number);
    },
    get size() {
      return size;
    },
  };
}
