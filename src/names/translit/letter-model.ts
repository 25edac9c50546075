// How likely a string of Latin letters is as an English spelling of a name, from letter n-gram
// counts mined from public name pairs (scripts/build-data/mine-letter-model.ts). The segment decoder adds
// it to the segment scores, so that it prefers readings shaped like names (tefs, not tvs).
import { loadTable } from '../load-table.ts';

/** Letters of history plus one: the n of the n-gram model. */
export const LETTER_ORDER = 4;

interface LetterTables {
  counts: ReadonlyMap<string, number>;
  /** How many times each history was followed by any letter, from the kept n-grams. */
  history: ReadonlyMap<string, number>;
}

// Read on first use: only names in other scripts are decoded with the letter model.
let tables: LetterTables | undefined;
function letterTables(): LetterTables {
  if (tables !== undefined) return tables;
  const mined = loadTable('translit-english-letters.json') as {
    counts: Record<string, number>;
  };
  const counts = new Map(Object.entries(mined.counts));
  const history = new Map<string, number>();
  for (const [gram, n] of counts) {
    const h = gram.slice(0, -1);
    history.set(h, (history.get(h) ?? 0) + n);
  }
  tables = { counts, history };
  return tables;
}
// Stupid backoff (Brants et al. 2007): a missing n-gram costs a fixed factor per shorter history.
const BACKOFF = Math.log(0.4);
const FLOOR = Math.log(1e-6);

/** Log-score of letter `next` after `history` (the text so far, '^'-padded at the start). */
export function letterLogScore(history: string, next: string): number {
  const { counts, history: totals } = letterTables();
  let penalty = 0;
  for (let n = LETTER_ORDER - 1; n >= 0; n--) {
    const h = history.slice(history.length - n);
    if (h.length < n) continue;
    const count = counts.get(h + next);
    const total = totals.get(h);
    if (count !== undefined && total !== undefined) return penalty + Math.log(count / total);
    penalty += BACKOFF;
  }
  return penalty + FLOOR;
}

// Scores by (three letters of history + letter); at most 28^4 keys, far fewer in practice.
const MEMO = new Map<string, number>();

/** Log-score of appending `segment` (and, when `final`, the word end) to the text `before`. */
export function segmentLogScore(before: string, segment: string, final: boolean): number {
  let history = ('^'.repeat(LETTER_ORDER - 1) + before.slice(1 - LETTER_ORDER)).slice(
    1 - LETTER_ORDER,
  );
  let score = 0;
  for (const ch of final ? segment + '$' : segment) {
    const key = history + ch;
    let value = MEMO.get(key);
    if (value === undefined) {
      value = letterLogScore(history, ch);
      MEMO.set(key, value);
    }
    score += value;
    history = history.slice(1) + ch;
  }
  return score;
}
