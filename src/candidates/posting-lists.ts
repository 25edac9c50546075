/**
 * Posting lists in compressed-row form: the values of slot `s` are
 * `values[start[s] .. start[s + 1]]`, in the order they were added. One flat typed array replaces
 * hundreds of thousands of small lists, which cost far more in object headers than in values.
 */
export interface PostingLists {
  start: Int32Array;
  values: Int32Array;
}

/** Posting lists under construction: an append-only log of (slot, value) pairs. */
export interface PostingBuilder {
  slots: Int32Array;
  values: Int32Array;
  size: number;
  /** Last value added to each slot, so that a value repeated in a row is filed once. */
  last: Int32Array;
  /** Number of values of each slot. */
  count: Int32Array;
}

/** A new, empty posting builder. */
export function createPostingBuilder(): PostingBuilder {
  return {
    slots: new Int32Array(1024),
    values: new Int32Array(1024),
    size: 0,
    last: new Int32Array(1024).fill(-1),
    count: new Int32Array(1024),
  };
}

/** A copy of `array` grown to at least `length`, new cells set to `fill`. */
function grow(array: Int32Array, length: number, fill: number): Int32Array {
  let size = array.length;
  while (size < length) size *= 2;
  const grown = new Int32Array(size);
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}

/** Files a non-negative `value` under `slot`, unless it is already the slot's last value. */
export function addPosting(builder: PostingBuilder, slot: number, value: number): void {
  if (slot >= builder.last.length) {
    builder.last = grow(builder.last, slot + 1, -1);
    builder.count = grow(builder.count, slot + 1, 0);
  }
  if (builder.last[slot] === value) return;
  builder.last[slot] = value;
  builder.count[slot]! += 1;
  logPosting(builder, slot, value);
}

/**
 * Files `value` under `slot` in the log alone, neither counted nor checked against the slot's last
 * value: for a caller that files each pair once (the key slots of a token, all filed together). The
 * builder's per-slot arrays stay unused, so a log over millions of sparse slots needs no array as
 * long as the slots while it grows (16 MB for the key slots of 283,000 entities).
 */
export function logPosting(builder: PostingBuilder, slot: number, value: number): void {
  if (builder.size === builder.values.length) {
    builder.slots = grow(builder.slots, builder.size + 1, 0);
    builder.values = grow(builder.values, builder.size + 1, 0);
  }
  builder.slots[builder.size] = slot;
  builder.values[builder.size] = value;
  builder.size++;
}

/**
 * The finished posting lists of slots 0 .. slotCount - 1, each in the order its values came,
 * counted from the log (so a log written by logPosting finishes as one by addPosting does). No
 * array but the result is as long as the slots: the log is placed from its end, each slot's end
 * moving down to its start, and the starts are then shifted into place.
 */
export function finishPostings(builder: PostingBuilder, slotCount: number): PostingLists {
  const start = new Int32Array(slotCount + 1);
  for (let i = 0; i < builder.size; i++) start[builder.slots[i]! + 1]! += 1;
  for (let s = 0; s < slotCount; s++) start[s + 1]! += start[s]!;
  // start[s + 1] is now where slot s ends; filling from the back leaves it where slot s starts.
  const values = new Int32Array(builder.size);
  for (let i = builder.size - 1; i >= 0; i--) {
    const end = builder.slots[i]! + 1;
    values[--start[end]!] = builder.values[i]!;
  }
  start.copyWithin(0, 1);
  start[slotCount] = builder.size;
  return { start, values };
}

/** Number of values of a slot. */
export function postingCount(lists: PostingLists, slot: number): number {
  const end = lists.start[slot + 1];
  return end === undefined ? 0 : end - lists.start[slot]!;
}
