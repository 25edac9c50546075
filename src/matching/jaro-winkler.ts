// Match flags, reused across calls (JavaScript runs one at a time): OFAC parity compares every
// hit's query parts with every listed part, and two allocations per pair showed in profiles.
let aMatched = new Uint8Array(64);
let bMatched = new Uint8Array(64);

/** Jaro similarity of two strings, 0..1. */
export function jaro(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(n, m) / 2) - 1);
  if (aMatched.length < n) aMatched = new Uint8Array(n * 2);
  if (bMatched.length < m) bMatched = new Uint8Array(m * 2);
  aMatched.fill(0, 0, n);
  bMatched.fill(0, 0, m);
  let matches = 0;
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(m - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (bMatched[j] === 1 || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      aMatched[i] = 1;
      bMatched[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (aMatched[i] !== 1) continue;
    while (bMatched[k] !== 1) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const t = transpositions / 2;
  return (matches / n + matches / m + (matches - t) / matches) / 3;
}

/**
 * Jaro-Winkler similarity, 0..1. With `alwaysBoost` the common-prefix bonus applies whatever the
 * Jaro score (the SimMetrics variant OFAC's search tool appears to use); otherwise only above 0.7.
 */
export function jaroWinkler(a: string, b: string, alwaysBoost = false): number {
  const base = jaro(a, b);
  if (!alwaysBoost && base < 0.7) return base;
  let prefix = 0;
  const limit = Math.min(4, a.length, b.length);
  while (prefix < limit && a[prefix] === b[prefix]) prefix++;
  return base + prefix * 0.1 * (1 - base);
}
