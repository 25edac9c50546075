// The rows held aside from the real-world set (scripts/eval/data/real-world-aside.tsv): figures only,
// so that a scoring change can be checked on rows nobody tuned on. --verbose lists the misses and
// alerts (look only after the change is final). Not part of npm run eval. --file names another
// aside file in scripts/eval/data/ (real-world-aside-s23.tsv, session 23's).
// Usage: npx tsx scripts/eval/real-world-aside.ts [--file name.tsv] [--verbose]
import { buildScreeningIndex } from '../../src/screening/index.ts';
import { loadLists } from './load-lists.ts';
import { readRealWorld, runRealWorld } from './real-world.ts';

const fileAt = process.argv.indexOf('--file');
const file =
  fileAt === -1 ? 'real-world-aside.tsv' : (process.argv[fileAt + 1] ?? 'real-world-aside.tsv');
const rows = readRealWorld(new URL(`data/${file}`, import.meta.url));
const { entities } = await loadLists();
const index = buildScreeningIndex(entities);
const r = runRealWorld(index, rows);
console.log(
  `aside ${file} (${String(rows.length)} rows): recall@1 ${r.recallAt1.toFixed(3)} of ${String(r.positives)}, false alerts ${r.falseAlerts.toFixed(3)} (${String(r.alerts.length)} of ${String(r.traps)})`,
);
if (process.argv.includes('--verbose'))
  for (const m of [...r.misses, ...r.alerts]) console.log(`  ${m}`);
