// The real-world rows after a given query (one session's block), both halves, with each miss and
// alert (for checking a block of rows; not part of npm run eval).
// Usage: tsx scripts/eval/real-world-block.ts 'first query of the block' ['first query after it']
import { buildScreeningIndex } from '../../src/screening/index.ts';
import { loadLists } from './load-lists.ts';
import { readRealWorld, runRealWorld } from './real-world.ts';

const first = process.argv[2] ?? '';
const rows = readRealWorld();
const start = rows.findIndex((r) => r.query === first);
if (start < 0) throw new Error(`no row '${first}'`);
// A second query ends the block before that row (to leave a held-aside block unscreened).
const after = process.argv[3];
const end = after === undefined ? rows.length : rows.findIndex((r) => r.query === after);
if (end < 0) throw new Error(`no row '${after ?? ''}'`);
const { entities } = await loadLists();
const index = buildScreeningIndex(entities);
for (const split of ['tune', 'test'] as const) {
  const r = runRealWorld(
    index,
    rows.slice(start, end).filter((row) => row.split === split),
  );
  console.log(
    `${split}: recall@1 ${r.recallAt1.toFixed(3)} of ${r.positives}, false alerts ${r.falseAlerts.toFixed(3)} of ${r.traps}`,
  );
  for (const m of [...r.misses, ...r.alerts]) console.log(`  ${m}`);
}
