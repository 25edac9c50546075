import { ofacScore } from '../../src/matching/index.ts';
import { fmt, readPairsCsv, report } from './read-csv.ts';

/** How closely the parity score follows the recorded OFAC Sanctions List Search scores. */
export interface ParityFigures {
  rows: number;
  within2: number;
  within5: number;
  meanAbsoluteError: number;
  misses: string[];
}

/**
 * Compares the parity score with each recorded OFAC score. A recorded −1 means OFAC did not list
 * the pair at its minimum score of 50, so it agrees when ours is below 50.
 */
export function runOfacParity(): ParityFigures {
  const rows = readPairsCsv('nomenklatura_ofac_search_scores.csv');
  let within2 = 0;
  let within5 = 0;
  let errorSum = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const expected = Number(row.ofac_score);
    const got = ofacScore(row.query_name ?? '', [row.result_name ?? '']).score;
    const error = expected < 0 ? Math.max(0, got - 49) : Math.abs(got - expected);
    errorSum += error;
    if (error <= 2) within2++;
    else
      misses.push(
        `${row.query_name ?? ''} | ${row.result_name ?? ''}: OFAC ${expected}, ours ${got}`,
      );
    if (error <= 5) within5++;
  }
  return {
    rows: rows.length,
    within2: within2 / rows.length,
    within5: within5 / rows.length,
    meanAbsoluteError: errorSum / rows.length,
    misses,
  };
}

/** Prints the OFAC-parity section. */
export function printOfacParity(verbose: boolean): void {
  const r = runOfacParity();
  console.log(`\n5. OFAC parity (${r.rows} recorded Sanctions List Search scores)`);
  report('share within ±2 points', fmt(r.within2), '≥ 0.95', r.within2 >= 0.95);
  report('share within ±5 points', fmt(r.within5), '(nomenklatura: 0.957)', undefined);
  report(
    'mean absolute error (points)',
    fmt(r.meanAbsoluteError),
    '(nomenklatura: 1.5)',
    undefined,
  );
  if (verbose) for (const miss of r.misses.slice(0, 10)) console.log(`       miss: ${miss}`);
}
