/**
 * True when `a` becomes `b` by one substitution, insertion, deletion or swap of two neighbouring
 * letters (Damerau–Levenshtein distance 1); false for equal texts.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const shorter = a.length <= b.length ? a : b;
  const longer = a.length <= b.length ? b : a;
  if (longer.length - shorter.length > 1) return false;
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  if (shorter.length === longer.length) {
    // One letter replaced, or two neighbours swapped.
    if (shorter.slice(i + 1) === longer.slice(i + 1)) return true;
    return (
      shorter[i] === longer[i + 1] &&
      shorter[i + 1] === longer[i] &&
      shorter.slice(i + 2) === longer.slice(i + 2)
    );
  }
  // One letter added to the shorter text.
  return shorter.slice(i) === longer.slice(i + 1);
}
