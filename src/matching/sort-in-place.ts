/** Lists longer than this go to Array.prototype.sort, whose O(n log n) then pays. */
const INSERTION_MAX = 48;

/**
 * Sorts `items` in place by `compare`, stably, and returns them: by insertion up to a few dozen
 * items, the sizes the matcher sorts per alignment. Array.prototype.sort is stable too, so the
 * order is the same, but it copies the array into a work array on every call, and the matcher
 * sorts the edges of every alignment it makes (session 9). Only the first `length` items are
 * sorted (a reused list whose other items are spare); the rest stay where they are.
 */
export function sortInPlace<T>(
  items: T[],
  compare: (a: T, b: T) => number,
  length = items.length,
): T[] {
  if (length > INSERTION_MAX) return sortPrefix(items, compare, length);
  for (let i = 1; i < length; i++) {
    const item = items[i]!;
    let at = i;
    // Strictly greater only: an item never passes an equal one, which keeps the sort stable.
    while (at > 0 && compare(items[at - 1]!, item) > 0) {
      items[at] = items[at - 1]!;
      at--;
    }
    items[at] = item;
  }
  return items;
}

/** Array.prototype.sort on the first `length` items of `items`, in place. */
function sortPrefix<T>(items: T[], compare: (a: T, b: T) => number, length: number): T[] {
  if (length === items.length) return items.sort(compare);
  const sorted = items.slice(0, length).sort(compare);
  for (let i = 0; i < length; i++) items[i] = sorted[i]!;
  return items;
}
