// A/B check of two compiled builds of the engine in one process: both load the same engine
// snapshot, screen the same queries, and must give byte-identical answers; their CPU time per
// query is measured in interleaved blocks, so that other load on the machine falls on both alike.
// Usage: npx tsx scripts/bench/ab-matching.ts --a <dist of build A> --b <dist of build B>
//          --snapshots <store>.db-snapshots [--rounds 3] [--block 200] [--fresh 4000]
import { readFileSync } from 'node:fs';
import type { NameQuery } from '../../src/core/index.ts';
import { readPairsCsv } from '../eval/read-csv.ts';
import { queryOf } from '../eval/false-alerts.ts';
import { cleanDate } from '../eval/un-positives.ts';
import { loadBuild, newestSnapshot, option } from './load-build.ts';
import type { Build } from './load-build.ts';
import { mixedQueries } from './matching.ts';

/** The queries whose answers must agree: the bench's, the eval's, and variants of their options. */
function checkQueries(): NameQuery[] {
  const queries: NameQuery[] = [...mixedQueries()];
  for (const file of ['yente_positives_un_untreated.csv', 'yente_positives_un_treated.csv']) {
    for (const row of readPairsCsv(file)) {
      const birthDate = cleanDate(row.date_of_birth);
      const country = row.nationality?.length === 2 ? row.nationality : undefined;
      queries.push({
        name: row.full_name ?? '',
        lists: ['un'],
        limit: 5,
        ...(birthDate === undefined ? {} : { birthDate }),
        ...(country === undefined ? {} : { country }),
      });
      queries.push({ name: row.full_name ?? '', threshold: 0.3, limit: 50 });
    }
  }
  for (const file of ['yente_negatives_global.csv', 'yente_negatives_us.csv']) {
    const rows = readPairsCsv(file);
    for (const [i, row] of rows.slice(0, 1500).entries()) {
      queries.push(queryOf(row, false, 1), queryOf(row, true, 1));
      if (i % 5 === 0) queries.push({ ...queryOf(row, true), threshold: 0.4 });
    }
  }
  for (const row of readPairsCsv('yente_positives_us_congress_untreated.csv'))
    queries.push(queryOf(row, true));
  for (const row of readPairsCsv('nomenklatura_name_bench_cases.csv')) {
    const schema =
      row.schema === 'Person' || row.schema === 'Organization' ? row.schema : undefined;
    for (const name of [row.name1, row.name2])
      queries.push({ name: name ?? '', ...(schema === undefined ? {} : { schema }) });
  }
  for (const row of readPairsCsv('nomenklatura_ofac_search_scores.csv'))
    queries.push({ name: row.query_name ?? '', lists: ['ofac'], threshold: 0.5 });
  return queries.filter((q) => (q.name ?? '').trim() !== '');
}

/** The answer as compared: the whole result, or the error a query raised. */
function answer(build: Build, query: NameQuery): string {
  try {
    return JSON.stringify(build.screenName(query));
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** CPU milliseconds (user + system) one build spends screening `queries`. */
function cpuOf(build: Build, queries: readonly NameQuery[]): number {
  const started = process.cpuUsage();
  for (const query of queries) answer(build, query);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/**
 * CPU per query of each build over `queries`, screened in blocks that alternate between the builds
 * (which one goes first alternates too).
 */
function interleaved(a: Build, b: Build, queries: readonly NameQuery[], block: number): number[] {
  const totals = [0, 0];
  for (let from = 0, k = 0; from < queries.length; from += block, k++) {
    const slice = queries.slice(from, from + block);
    const order = k % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) totals[which]! += cpuOf(which === 0 ? a : b, slice);
  }
  return totals.map((t) => t / queries.length);
}

const bytes = readFileSync(newestSnapshot(option('snapshots')));
const a = await loadBuild('A', option('a'), bytes);
const b = await loadBuild('B', option('b'), bytes);
const rounds = Number(option('rounds', '3'));
const block = Number(option('block', '200'));
const freshCount = Number(option('fresh', '4000'));

// Fresh names first (rows of the negatives files no other part uses): no build has analysed them,
// as in the bench, where most queries are new to the process.
const fresh = [
  ...readPairsCsv('yente_negatives_global.csv').slice(20_000, 20_000 + freshCount / 2),
  ...readPairsCsv('yente_negatives_us.csv').slice(20_000, 20_000 + freshCount / 2),
].map((row, i) => queryOf(row, i % 2 === 0));
interleaved(a, b, fresh.slice(0, 200), 100);
const [freshA, freshB] = interleaved(a, b, fresh.slice(200), block);
console.log(
  `fresh names (${fresh.length - 200}): A ${freshA!.toFixed(3)} ms, B ${freshB!.toFixed(3)} ms CPU per query, B/A ${(freshB! / freshA!).toFixed(3)}`,
);

const queries = checkQueries();
let same = 0;
const differences: string[] = [];
for (const query of queries) {
  const left = answer(a, query);
  const right = answer(b, query);
  if (left === right) same++;
  else if (differences.length < 5)
    differences.push(`${JSON.stringify(query)}\n  A: ${left}\n  B: ${right}`);
}
console.log(`answers: ${same} of ${queries.length} byte-identical`);
for (const difference of differences) console.log(difference);

// The same queries again, analyses and alignments remembered (a server screening repeat names).
const bench = mixedQueries();
for (let round = 0; round < rounds; round++) {
  const [cpuA, cpuB] = interleaved(a, b, bench, block);
  console.log(
    `bench queries again, round ${round + 1} (${bench.length}): A ${cpuA!.toFixed(3)} ms, B ${cpuB!.toFixed(3)} ms CPU per query, B/A ${(cpuB! / cpuA!).toFixed(3)}`,
  );
}
process.exitCode = same === queries.length ? 0 : 1;
