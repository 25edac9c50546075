/** Precision, recall and F1 of one extracted text against its gold text. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Token-shingle overlap as the ScrapingHub article-extraction benchmark scores it: lower-cased
 * word tokens, 4-token shingles counted with multiplicity.
 */
export function shingleScore(predicted: string, gold: string, size = 4): PrecisionRecall {
  const p = shingles(predicted, size);
  const g = shingles(gold, size);
  let overlap = 0;
  for (const [shingle, count] of p) overlap += Math.min(count, g.get(shingle) ?? 0);
  const pTotal = [...p.values()].reduce((a, b) => a + b, 0);
  const gTotal = [...g.values()].reduce((a, b) => a + b, 0);
  const precision = pTotal === 0 ? (gTotal === 0 ? 1 : 0) : overlap / pTotal;
  const recall = gTotal === 0 ? 1 : overlap / gTotal;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Harmonic mean of precision and recall (0 when both are 0). */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function shingles(text: string, size: number): Map<string, number> {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  const n = Math.min(size, Math.max(1, tokens.length));
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
