// The rows held aside from the real-world set (scripts/eval/data/real-world-aside.tsv): figures only,
// so that a scoring change can be checked on rows nobody tuned on. --verbose lists the misses and
// alerts (look only after the change is final). Not part of npm run eval. Another held-aside file of
// the same format can be named as the first argument: session 23's data/real-world-aside-s23-press.tsv
// (Latin press spellings) and data/real-world-aside-s23-rarity.tsv (unlisted namesakes).
// Usage: npx tsx scripts/eval/real-world-aside.ts [data/real-world-aside-s23-press.tsv] [--verbose]
import { buildScreeningIndex } from '../../src/screening/index.ts';
import { loadLists } from './load-lists.ts';
import { readRealWorld, runRealWorld } from './real-world.ts';

const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'data/real-world-aside.tsv';
const rows = readRealWorld(new URL(file, import.meta.url));
const { entities } = await loadLists();
const index = buildScreeningIndex(entities);
const r = runRealWorld(index, rows);
console.log(
  `aside (${String(rows.length)} rows): recall@1 ${r.recallAt1.toFixed(3)} of ${String(r.positives)}, false alerts ${r.falseAlerts.toFixed(3)} (${String(r.alerts.length)} of ${String(r.traps)})`,
);
if (process.argv.includes('--verbose'))
  for (const m of [...r.misses, ...r.alerts]) console.log(`  ${m}`);
