import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { NameQuery } from '../../src/core/index.ts';
import { screenName } from '../../src/screening/index.ts';
import type { ScreeningIndex } from '../../src/screening/index.ts';
import { fmt, report } from './read-csv.ts';

/** One row of the real-world development set. */
export interface RealWorldRow {
  query: string;
  identifiers: string[];
  /** Expected entity ids; empty for a trap (a real, unlisted person or organisation). */
  expected: string[];
  source: string;
  split: 'tune' | 'test';
  /** True for rows from pages about the Taliban cabinet (the third held-out set's kind). */
  taliban: boolean;
}

const FILE = new URL('data/real-world-names.tsv', import.meta.url);

/**
 * The half a row belongs to, fixed by a hash of its query and identifiers so that adding rows
 * never moves an existing one.
 */
export function splitOf(query: string, identifiers: string): 'tune' | 'test' {
  const digest = createHash('sha256').update(`${query}\t${identifiers}`).digest();
  return digest[0]! % 2 === 0 ? 'tune' : 'test';
}

/** Reads scripts/eval/data/real-world-names.tsv, or another file of the same format. */
export function readRealWorld(file: URL = FILE): RealWorldRow[] {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const rows = lines.slice(1).map((line) => {
    const [query = '', ids = '', expected = '', source = ''] = line.split('\t');
    return {
      query,
      identifiers: ids
        .split(';')
        .map((i) => i.trim())
        .filter((i) => i !== ''),
      expected: expected === '-' ? [] : expected.split(';'),
      source,
      split: splitOf(query, ids),
      taliban: false,
    };
  });
  const talibanSources = new Set(
    rows.filter((r) => r.expected.some((id) => id.startsWith('un:TAi.'))).map((r) => r.source),
  );
  for (const row of rows) row.taliban = talibanSources.has(row.source);
  return rows;
}

/** Figures over a set of rows. */
export interface RealWorldFigures {
  positives: number;
  traps: number;
  /** Share of positives whose top hit is an expected entity and alerts. */
  recallAt1: number;
  /** Share of traps with any alert. */
  falseAlerts: number;
  misses: string[];
  alerts: string[];
}

/** Screens every row and scores recall@1 on positives and false alerts on traps. */
export function runRealWorld(
  index: ScreeningIndex,
  rows: readonly RealWorldRow[],
): RealWorldFigures {
  let positives = 0;
  let found = 0;
  let traps = 0;
  let alerted = 0;
  const misses: string[] = [];
  const alerts: string[] = [];
  for (const row of rows) {
    const query: NameQuery = { name: row.query };
    if (row.identifiers.length > 0) query.identifiers = row.identifiers;
    const hits = screenName(index, query).results;
    const top = hits[0];
    if (row.expected.length > 0) {
      positives++;
      if (top !== undefined && top.match && row.expected.includes(top.entityId)) found++;
      else {
        const right = hits.find((h) => row.expected.includes(h.entityId));
        misses.push(
          `${row.query} → ${row.expected[0] ?? ''}: top ${top?.entityId ?? 'none'} ${top?.caption ?? ''} ${top?.score ?? ''}` +
            `; right one ${right === undefined ? 'absent' : `${right.score} (${right.matchedName.full})`}`,
        );
      }
    } else {
      traps++;
      const alert = hits.find((h) => h.match);
      if (alert !== undefined) {
        alerted++;
        alerts.push(`${row.query} → ${alert.entityId} ${alert.matchedName.full} ${alert.score}`);
      }
    }
  }
  return {
    positives,
    traps,
    recallAt1: positives === 0 ? NaN : found / positives,
    falseAlerts: traps === 0 ? NaN : alerted / traps,
    misses,
    alerts,
  };
}

/** Prints the real-world section: test half figures next to the targets, tune half beside. */
export function printRealWorld(index: ScreeningIndex, verbose: boolean): void {
  const rows = readRealWorld();
  const tune = rows.filter((r) => r.split === 'tune');
  const test = rows.filter((r) => r.split === 'test');
  console.log(
    `\n6. Real-world spellings (${rows.length} rows from cited public pages; test half ${test.length}, tune half ${tune.length})`,
  );
  const t = runRealWorld(index, test);
  report(`test recall@1, listed (${t.positives})`, fmt(t.recallAt1), '≥ 0.92', t.recallAt1 >= 0.92);
  report(
    `test false alerts, unlisted (${t.traps})`,
    fmt(t.falseAlerts),
    '≤ 0.03',
    t.falseAlerts <= 0.03,
  );
  const taliban = runRealWorld(
    index,
    test.filter((r) => r.taliban),
  );
  report(
    `test Taliban cabinet recall@1 (${taliban.positives})`,
    fmt(taliban.recallAt1),
    '≥ 0.96',
    taliban.recallAt1 >= 0.96,
  );
  report(
    `test Taliban cabinet false alerts (${taliban.traps})`,
    fmt(taliban.falseAlerts),
    '≤ 0.05',
    taliban.falseAlerts <= 0.05,
  );
  const u = runRealWorld(index, tune);
  report(`tune recall@1 (${u.positives})`, fmt(u.recallAt1), '(tuning half)', undefined);
  report(`tune false alerts (${u.traps})`, fmt(u.falseAlerts), '(tuning half)', undefined);
  if (verbose) {
    for (const miss of u.misses) console.log(`       tune miss: ${miss}`);
    for (const alert of u.alerts) console.log(`       tune alert: ${alert}`);
  }
}
