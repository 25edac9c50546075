import { readFileSync } from 'node:fs';
import type { ScreeningIndex } from '../../src/screening/index.ts';
import { fmt, report } from './read-csv.ts';
import { runRealWorld, splitOf } from './real-world.ts';
import type { RealWorldRow } from './real-world.ts';

const FILE = new URL('data/famous-people.tsv', import.meta.url);

/** One row of the famous-people set, read as a real-world row (a trap when unlisted). */
export interface FamousPersonRow extends RealWorldRow {
  country: string;
  /** head-of-state, head-of-government, foreign-minister, central-bank, athlete, actor … */
  type: string;
}

/** Reads scripts/eval/data/famous-people.tsv; the split hashes the name as real-world does. */
export function readFamousPeople(): FamousPersonRow[] {
  const lines = readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return lines.slice(1).map((line) => {
    const [query = '', country = '', type = '', listed = '', source = ''] = line.split('\t');
    return {
      query,
      identifiers: [],
      expected: listed === '-' ? [] : listed.split(';'),
      source,
      split: splitOf(query, ''),
      taliban: false,
      country,
      type,
    };
  });
}

/**
 * Prints the famous-people section: false alerts on unlisted heads of state, ministers, central
 * bankers, athletes, actors and musicians, and recall@1 on the listed ones, test half beside tune.
 */
export function printFamousPeople(index: ScreeningIndex, verbose: boolean): void {
  const rows = readFamousPeople();
  const test = rows.filter((r) => r.split === 'test');
  const tune = rows.filter((r) => r.split === 'tune');
  console.log(
    `\n7. Famous people (${rows.length} real people, ${rows.filter((r) => r.expected.length > 0).length} listed; test half ${test.length}, tune half ${tune.length})`,
  );
  const t = runRealWorld(index, test);
  report(
    `test false alerts, unlisted (${t.traps})`,
    fmt(t.falseAlerts),
    '≤ 0.03',
    t.falseAlerts <= 0.03,
  );
  report(`test recall@1, listed (${t.positives})`, fmt(t.recallAt1), '(info)', undefined);
  const u = runRealWorld(index, tune);
  report(`tune false alerts (${u.traps})`, fmt(u.falseAlerts), '(tuning half)', undefined);
  report(`tune recall@1 (${u.positives})`, fmt(u.recallAt1), '(tuning half)', undefined);
  if (verbose) {
    for (const alert of u.alerts) console.log(`       tune alert: ${alert}`);
    for (const miss of u.misses) console.log(`       tune miss: ${miss}`);
  }
}
