import { jaro } from './jaro-winkler.ts';

/**
 * Jaro-Winkler as OFAC's search tool computes it: the common-prefix bonus (0.1 a letter) applies
 * whatever the Jaro score, as in SimMetrics, and counts up to `prefixCap` letters. The recorded
 * scores put the cap at 5, not Winkler's 4: every pair sharing 5 or more leading letters sits at
 * Jaro + 0.5 × (1 − Jaro), those sharing 4 at + 0.4 × (1 − Jaro).
 */
export function ofacJaroWinkler(a: string, b: string, prefixCap: number): number {
  const base = jaro(a, b);
  let prefix = 0;
  const limit = Math.min(prefixCap, a.length, b.length);
  while (prefix < limit && a[prefix] === b[prefix]) prefix++;
  return base + prefix * 0.1 * (1 - base);
}

const MAX_LEN = 64;
const previousRow = new Uint16Array(MAX_LEN + 1);
const currentRow = new Uint16Array(MAX_LEN + 1);

/** Levenshtein similarity, 1 − distance ÷ the longer length: FAQ 249's "% similar by edit distance". */
export function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  // Name parts are short; past MAX_LEN the tails count as edits, an upper bound on the distance.
  const n = Math.min(a.length, MAX_LEN);
  const m = Math.min(b.length, MAX_LEN);
  for (let j = 0; j <= m; j++) previousRow[j] = j;
  for (let i = 1; i <= n; i++) {
    currentRow[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const substitution = (previousRow[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (previousRow[j] ?? 0) + 1;
      const insertion = (currentRow[j - 1] ?? 0) + 1;
      currentRow[j] = Math.min(substitution, deletion, insertion);
    }
    previousRow.set(currentRow.subarray(0, m + 1));
  }
  const distance = (previousRow[m] ?? 0) + Math.max(a.length - n, b.length - m);
  return 1 - distance / longer;
}

// Letter counts of one string, reused across calls (JavaScript runs one at a time).
const letterCounts = new Int32Array(128);

/**
 * An upper bound of ofacJaroWinkler(a, b, prefixCap) from letter counts alone, in time linear in
 * the lengths (Jaro itself searches a window per letter): Jaro's matches pair equal letters, so
 * there are at most as many as the letters the two strings share, and no transposition is assumed.
 * 1 when a string holds a character outside ASCII.
 */
export function ofacJaroWinklerCeiling(a: string, b: string, prefixCap: number): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  for (let i = 0; i < n; i++) {
    const code = a.charCodeAt(i);
    if (code >= 128) {
      letterCounts.fill(0);
      return 1;
    }
    letterCounts[code]!++;
  }
  let shared = 0;
  let ascii = true;
  for (let j = 0; j < m; j++) {
    const code = b.charCodeAt(j);
    if (code >= 128) ascii = false;
    else if (letterCounts[code]! > 0) {
      letterCounts[code]!--;
      shared++;
    }
  }
  for (let i = 0; i < n; i++) letterCounts[a.charCodeAt(i)] = 0;
  if (!ascii) return 1;
  if (shared === 0) return 0;
  const base = (shared / n + shared / m + 1) / 3;
  let prefix = 0;
  const limit = Math.min(prefixCap, n, m);
  while (prefix < limit && a[prefix] === b[prefix]) prefix++;
  return base + prefix * 0.1 * (1 - base);
}
