// Where a compiled build's screening CPU goes, by stage: loads the build's engine from a snapshot
// (as ab-matching.ts does), warms it on names the bench does not use, then screens the matching
// bench's queries under V8's sampling profiler and prints each stage's share of the samples
// (inclusive) and its CPU per query. Stages are found by function name, so a renamed function
// drops out of the table (it prints 0). Usage:
//   npx tsx scripts/bench/profile-matching.ts --dist <dist of a build>
//     --snapshots <store>.db-snapshots [--interval-us 200] [--out profile.cpuprofile]
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { Profiler } from 'node:inspector';
import type { NameQuery } from '../../src/core/index.ts';
import { queryOf } from '../eval/false-alerts.ts';
import { readPairsCsv } from '../eval/read-csv.ts';
import { loadBuild, newestSnapshot, option } from './load-build.ts';
import { mixedQueries } from './matching.ts';

/** Stages of screenName and the parts of them worth watching, by the function that does each. */
const STAGES: readonly [string, string][] = [
  ['screenName', 'screening, all of it'],
  ['analyzeQuery', '  query analysis (readings, romanisation)'],
  ['findCandidates', '  candidate search'],
  ['similarTerms', '    similar listed terms of query tokens'],
  ['scoreEntity', '  scoring candidate entities'],
  ['alignNamesFrom', '    alignment of reading pairs'],
  ['compareTokens', '      token comparisons'],
  ['compareUncached', '        new token pairs'],
  ['joinEdges', '      merges and splits'],
  ['scoreCeiling', '      the ceiling'],
  ['buildHit', '  hits and explanations'],
  ['(garbage collector)', 'garbage collector'],
];

/** Share of the samples in which each function named in STAGES is on the stack. */
function stageShares(profile: Profiler.Profile): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  const wanted = new Set(STAGES.map(([name]) => name));
  const hits = new Map<string, number>();
  for (const sample of profile.samples ?? []) {
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const name = nameOf.get(id) ?? '';
      if (wanted.has(name)) seen.add(name);
    }
    for (const name of seen) hits.set(name, (hits.get(name) ?? 0) + 1);
  }
  const total = Math.max(1, profile.samples?.length ?? 0);
  return new Map([...wanted].map((name) => [name, (hits.get(name) ?? 0) / total]));
}

const build = await loadBuild(
  'profiled',
  option('dist'),
  readFileSync(newestSnapshot(option('snapshots'))),
);
await build.warm();
// Warm-up on rows of the negatives no query below uses, as a running server would be.
const warmUp: NameQuery[] = readPairsCsv('yente_negatives_global.csv')
  .slice(30_000, 30_300)
  .map((row) => queryOf(row, false));
for (const query of warmUp) build.screenName(query);

const queries = mixedQueries();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', {
  interval: Number(option('interval-us', '200')),
});
await session.post('Profiler.start');
const started = process.cpuUsage();
for (const query of queries) {
  try {
    build.screenName(query);
  } catch {
    // An invalid query costs what its validation costs; the bench's queries are all valid.
  }
}
const used = process.cpuUsage(started);
const { profile } = await session.post('Profiler.stop');
session.disconnect();
const out = option('out', '');
if (out !== '') writeFileSync(out, JSON.stringify(profile));

const cpuPerQuery = (used.user + used.system) / 1000 / queries.length;
console.log(
  `${queries.length} queries, ${cpuPerQuery.toFixed(3)} ms CPU per query under the profiler (process CPU, all threads)`,
);
const shares = stageShares(profile);
for (const [name, label] of STAGES) {
  const share = shares.get(name) ?? 0;
  console.log(
    `${label.padEnd(46)} ${(100 * share).toFixed(1).padStart(5)} %  ${(share * cpuPerQuery).toFixed(3)} ms`,
  );
}
