import { jaroWinkler } from './jaro-winkler.ts';

/** An OFAC-parity score and the technique that produced it. */
export interface OfacScore {
  /** 0..100, as OFAC Sanctions List Search shows it. */
  score: number;
  technique: 'whole-name' | 'name-parts' | 'none';
  /** The list name that gave the score. */
  comparedWith: string;
}

/** Upper-case ASCII tokens of a name, as the search tool compares them. */
export function ofacTokens(name: string): string[] {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    // Apostrophes, periods and commas vanish (O'BRIEN stays one token); other marks separate.
    .replace(/['’.,]/g, '')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
  return folded === '' ? [] : folded.split(' ');
}

/** Whole-name technique: Jaro-Winkler of the joined names, only when the first letters agree. */
function wholeName(query: string[], listed: string[]): number {
  const a = query.join(' ');
  const b = listed.join(' ');
  if (a === '' || b === '' || a[0] !== b[0]) return 0;
  return jaroWinkler(a, b, true);
}

/**
 * Name-part technique: each query part (parts of two letters or fewer are ignored, unless all are
 * that short) takes its best Jaro-Winkler over the listed parts, below 0.5 counts as 0, averaged.
 */
function nameParts(query: string[], listed: string[]): number {
  const long = query.filter((t) => t.length > 2);
  const parts = long.length > 0 ? long : query;
  if (parts.length === 0 || listed.length === 0) return 0;
  let sum = 0;
  for (const part of parts) {
    let best = 0;
    for (const other of listed) {
      // Per part, the usual Jaro-Winkler (prefix bonus only above 0.7) tracks OFAC better.
      const similarity = part === other ? 1 : jaroWinkler(part, other);
      if (similarity > best) best = similarity;
    }
    sum += best < 0.5 ? 0 : best;
  }
  return sum / parts.length;
}

/**
 * Emulates OFAC Sanctions List Search (FAQ 249): the higher of a whole-name Jaro-Winkler and a
 * per-part composite, maximised over the entity's names, as a 0..100 integer.
 */
export function ofacScore(query: string, names: readonly string[]): OfacScore {
  const q = ofacTokens(query);
  let best: OfacScore = { score: 0, technique: 'none', comparedWith: '' };
  for (const name of names) {
    const r = ofacTokens(name);
    const whole = wholeName(q, r);
    const parts = nameParts(q, r);
    const value = Math.round(Math.max(whole, parts) * 100);
    if (value > best.score) {
      best = {
        score: value,
        technique: whole >= parts ? 'whole-name' : 'name-parts',
        comparedWith: name,
      };
    }
  }
  return best;
}
