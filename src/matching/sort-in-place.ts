/** Lists longer than this go to Array.prototype.sort, whose O(n log n) then pays. */
const INSERTION_MAX = 48;

/**
 * Sorts `items` in place by `compare`, stably, and returns them: by insertion up to a few dozen
 * items, the sizes the matcher sorts per alignment. Array.prototype.sort is stable too, so the
 * order is the same, but it copies the array into a work array on every call, and the matcher
 * sorts the edges of every alignment it makes (session 9).
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_MAX) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
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
