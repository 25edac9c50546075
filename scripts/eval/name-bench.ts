import { createHash } from 'node:crypto';
import type { Schema } from '../../src/core/index.ts';
import type { TokenWeigher } from '../../src/matching/index.ts';
import { fmt, readPairsCsv, report } from './read-csv.ts';
import { scorePair } from './score-pair.ts';

/** Figures of one name_bench run. */
export interface NameBenchFigures {
  precision: number;
  recall: number;
  f1: number;
  strongErrors: number;
  errors: {
    name1: string;
    name2: string;
    expected: boolean;
    score: number;
    quality: string;
    notes: string;
    split: 'tune' | 'test';
  }[];
}

/**
 * The half a pair belongs to, from a SHA-256 of its schema and names (stable across row order):
 * rules are chosen on the tune half and the test half shows whether they carry over.
 */
export function nameBenchSplit(schema: string, name1: string, name2: string): 'tune' | 'test' {
  const digest = createHash('sha256').update(`name-bench\t${schema}\t${name1}\t${name2}`).digest();
  return (digest[0] ?? 0) % 2 === 0 ? 'tune' : 'test';
}

const SCHEMA_OF: Record<string, Schema> = {
  Person: 'Person',
  Company: 'Organization',
  Organization: 'Organization',
  LegalEntity: 'LegalEntity',
  Vessel: 'Vessel',
};

/**
 * Scores the 826 labelled name pairs (or one half of them) at `threshold`: precision, recall, F1
 * and STRONG-tier errors.
 */
export function runNameBench(
  threshold: number,
  weigh: TokenWeigher,
  split?: 'tune' | 'test',
): NameBenchFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let strongErrors = 0;
  const errors: NameBenchFigures['errors'] = [];
  for (const row of readPairsCsv('nomenklatura_name_bench_cases.csv')) {
    const half = nameBenchSplit(row.schema ?? '', row.name1 ?? '', row.name2 ?? '');
    if (split !== undefined && half !== split) continue;
    const schema = SCHEMA_OF[row.schema ?? ''] ?? 'LegalEntity';
    const score = scorePair(row.name1 ?? '', row.name2 ?? '', schema, weigh);
    const expected = row.is_match === 'true';
    const predicted = score >= threshold;
    if (predicted && expected) tp++;
    else if (predicted) fp++;
    else if (expected) fn++;
    if (predicted !== expected) {
      if (row.quality === 'STRONG') strongErrors++;
      errors.push({
        name1: row.name1 ?? '',
        name2: row.name2 ?? '',
        expected,
        score,
        quality: row.quality ?? '',
        notes: row.notes ?? '',
        split: half,
      });
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return {
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall),
    strongErrors,
    errors,
  };
}

/** logic-v2's precision, recall and F1 at 0.7 on its frozen scores, for comparison. */
export function logicV2Figures(): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of readPairsCsv('nomenklatura_name_bench_logicv2_scores.csv')) {
    if (row.outcome === 'TP') tp++;
    else if (row.outcome === 'FP') fp++;
    else if (row.outcome === 'FN') fn++;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** Prints the name_bench section. */
export function printNameBench(
  threshold: number,
  weigh: TokenWeigher,
  label: string,
): NameBenchFigures {
  const ours = runNameBench(threshold, weigh);
  const base = logicV2Figures();
  console.log(`\n1. name_bench (826 pairs, threshold ${threshold}, ${label})`);
  report('precision', fmt(ours.precision), `(logic-v2 ${fmt(base.precision)})`, undefined);
  report('recall', fmt(ours.recall), `≥ 0.90 (logic-v2 ${fmt(base.recall)})`, ours.recall >= 0.9);
  report('F1', fmt(ours.f1), `≥ 0.88 (logic-v2 ${fmt(base.f1)})`, ours.f1 >= 0.88);
  report('STRONG-tier errors', String(ours.strongErrors), '0', ours.strongErrors === 0);
  const tune = runNameBench(threshold, weigh, 'tune');
  const test = runNameBench(threshold, weigh, 'test');
  report('F1 tune half / test half', `${fmt(tune.f1)} / ${fmt(test.f1)}`, '(info)', undefined);
  return ours;
}
