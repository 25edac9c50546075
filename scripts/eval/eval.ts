// Matching quality figures, each printed next to its target (docs/decisions/002-matching-design.md
// records the latest run). Usage: npm run eval [-- --verbose] [-- --negatives=N] [-- --only=real-world]
import { loadLists, sharedDataPresent } from './load-lists.ts';
import { printCrossScript } from './cross-script.ts';
import { printFalseAlerts } from './false-alerts.ts';
import { printFamousPeople } from './famous-people.ts';
import { printNameBench } from './name-bench.ts';
import { printOfacParity } from './ofac-parity.ts';
import { printRealWorld } from './real-world.ts';
import { printUnPositives } from './un-positives.ts';
import { UNIFORM } from './score-pair.ts';
import {
  ALGORITHM_VERSION,
  buildScreeningIndex,
  DEFAULT_THRESHOLD,
} from '../../src/screening/index.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const negativesArg = args.find((a) => a.startsWith('--negatives='));
const negatives = negativesArg === undefined ? Infinity : Number(negativesArg.split('=')[1]);
// --only=real-world,false-alerts runs just those sections (while iterating on one figure).
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (section: string): boolean => only === undefined || only.includes(section);

if (!sharedDataPresent()) {
  console.log('eval: ../shared/data is not present beside the repository; nothing to measure.');
  process.exit(0);
}

const started = performance.now();
const { entities, notes, counts } = await loadLists();
const index = buildScreeningIndex(entities);
console.log(
  `Sift matching evaluation — ${ALGORITHM_VERSION}, default threshold ${DEFAULT_THRESHOLD}`,
);
console.log(
  `Lists: ${Object.entries(counts)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ')} entities`,
);
for (const note of notes) console.log(`  note: ${note}`);

if (runs('name-bench')) {
  printNameBench(
    DEFAULT_THRESHOLD,
    index.candidates.rarity.weigh,
    'token rarity from the loaded lists',
  );
  if (verbose) printNameBench(DEFAULT_THRESHOLD, UNIFORM, 'uniform token weights');
}
if (runs('un-positives')) printUnPositives(index, verbose);
if (runs('false-alerts')) printFalseAlerts(index, verbose, negatives);
if (runs('cross-script'))
  printCrossScript(DEFAULT_THRESHOLD, index.candidates.rarity.weigh, verbose);
if (runs('ofac-parity')) printOfacParity(verbose);
if (runs('real-world')) printRealWorld(index, verbose);
if (runs('famous-people')) printFamousPeople(index, verbose);
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
