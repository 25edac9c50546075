// Lists the misses of the tune half of the cross-script section (eval section 4) with the query's
// readings, to group them by kind before changing a rule. The test half is for reporting: pass
// `test` only to count, never to choose rules. Usage: npx tsx scripts/eval/cross-script-misses.ts
import { loadLists } from './load-lists.ts';
import { runCrossScript } from './cross-script.ts';
import { analyzeName } from '../../src/names/index.ts';
import { readingFor } from '../../src/candidates/index.ts';
import { buildScreeningIndex, DEFAULT_THRESHOLD } from '../../src/screening/index.ts';

const half = process.argv[2] === 'test' ? 'test' : 'tune';
const { entities } = await loadLists();
const index = buildScreeningIndex(entities);
let hits = 0;
let total = 0;
for (const r of runCrossScript(DEFAULT_THRESHOLD, index.candidates.rarity.weigh, half)) {
  hits += r.recall * r.total;
  total += r.total;
  console.log(`\n## ${r.label}: ${r.recall.toFixed(3)} of ${r.total}`);
  for (const miss of r.misses) {
    const query = miss.split(' → ')[0] ?? '';
    const readings = analyzeName(query, readingFor('Person'), { query: true })
      .forms.map((f) => f.tokens.map((t) => t.text).join(' '))
      .join(' | ');
    console.log(`${miss}\t[${readings}]`);
  }
}
console.log(`\nall: ${(hits / total).toFixed(4)} (${Math.round(hits)}/${total})`);
