// Would a learned sentence classifier lift the PolNeAR cue-only figure (issue #14)? Trains a
// logistic regression in memory and prints PolNeAR dev figures with it beside Sift's own. It writes
// no weights: PolNeAR has no licence (docs/decisions/016-polnear-cue-only-reading.md), so a model
// learned from it cannot ship; `--train gum` learns from GUM's licensed documents instead.
// The classifier decides only sentences Sift does not put inside a quote: a quote's later
// sentences are PolNeAR content, and unmarking them to please the cue-only reading would drop
// their speaker from the report.
// Usage: npx tsx scripts/eval/attribution-probe.ts [--train polnear|gum]
import { gumRows, polnearRows, type ProbeRow } from './attribution-probe-rows.ts';

const EPOCHS = 8;
const MIN_FEATURE_COUNT = 3;
const L2 = 1e-3;
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6];

const source = process.argv.includes('gum') ? 'gum' : 'polnear';
const train = source === 'gum' ? gumRows() : polnearRows('train');
const dev = polnearRows('dev');
const decides = (r: ProbeRow): boolean => r.kind !== 'quote';
const model = trainLogistic(train.filter(decides));

console.log(
  `PolNeAR dev, cue-only reading; classifier trained on ${source} (${train.length} sentences)`,
);
console.log(`  Sift alone            ${figures(dev, (r) => r.kind !== 'unattributed')}`);
for (const threshold of THRESHOLDS) {
  const t = threshold.toFixed(2);
  console.log(
    `  classifier ≥ ${t}     ${figures(dev, (r) => !decides(r) || model(r) >= threshold)}`,
  );
  // The classifier only adding sentences to Sift's own: a recall aid that cannot unmark any.
  const added = (r: ProbeRow): boolean => r.kind !== 'unattributed' || model(r) >= threshold;
  console.log(`  Sift or ≥ ${t}        ${figures(dev, added)}`);
}

/** Logistic regression by stochastic gradient descent, features seen fewer than MIN_FEATURE_COUNT times dropped. */
function trainLogistic(rows: ProbeRow[]): (r: ProbeRow) => number {
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map<string, number>();
  let bias = 0;
  const probability = (r: ProbeRow): number => {
    let z = bias;
    for (const f of r.features) z += weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
  };
  let rate = 0.2;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const i of shuffled(rows.length, epoch)) {
      const r = rows[i];
      if (r === undefined) continue;
      const gradient = (r.cue ? 1 : 0) - probability(r);
      bias += rate * gradient;
      for (const f of r.features) {
        if ((counts.get(f) ?? 0) < MIN_FEATURE_COUNT) continue;
        const w = weights.get(f) ?? 0;
        weights.set(f, w + rate * (gradient - L2 * w));
      }
    }
    rate *= 0.7;
  }
  return probability;
}

/** The indices 0…n−1 in an order fixed by the seed (a multiplicative hash), so runs repeat. */
function shuffled(n: number, seed: number): number[] {
  const key = (i: number): number => ((i + 1) * 2654435761 + seed * 97) % 1000003;
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => key(a) - key(b));
}

/** Cue-only F1, P, R and the error kinds of eval:articles for one prediction. */
function figures(rows: ProbeRow[], predicted: (r: ProbeRow) => boolean): string {
  let tp = 0;
  let missed = 0;
  let falseInContent = 0;
  let falseElsewhere = 0;
  for (const r of rows) {
    const p = predicted(r);
    if (p && r.cue) tp++;
    else if (p && r.content) falseInContent++;
    else if (p) falseElsewhere++;
    else if (r.cue) missed++;
  }
  const precision = tp / Math.max(1, tp + falseInContent + falseElsewhere);
  const recall = tp / Math.max(1, tp + missed);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const x = (v: number): string => v.toFixed(3);
  return `F1 ${x(f1)} (P ${x(precision)} R ${x(recall)}); missed ${missed}, false in content ${falseInContent}, false elsewhere ${falseElsewhere}`;
}
