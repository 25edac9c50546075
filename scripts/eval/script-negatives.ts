// The alerts the global and US negatives raise on their rows in one set of scripts, row by row, so
// that a reading change for those scripts can be checked against the whole files' figures without
// screening all 100,000 rows (for tuning; not part of npm run eval).
// Usage: tsx scripts/eval/script-negatives.ts [--scripts=Arabic,Hebrew,Cyrillic]
import type { Hit } from '../../src/core/index.ts';
import { buildScreeningIndex, screenName } from '../../src/screening/index.ts';
import { queryOf } from './false-alerts.ts';
import { loadLists } from './load-lists.ts';
import { readPairsCsv } from './read-csv.ts';

const arg = process.argv.find((a) => a.startsWith('--scripts='));
const scripts = (arg?.slice('--scripts='.length) ?? 'Arabic,Hebrew,Cyrillic').split(',');
const inScripts = new RegExp(scripts.map((s) => `\\p{Script=${s}}`).join('|'), 'u');

const { entities } = await loadLists();
const index = buildScreeningIndex(entities);
const started = process.cpuUsage();
for (const file of ['yente_negatives_global.csv', 'yente_negatives_us.csv']) {
  const rows = readPairsCsv(file).filter((row) => inScripts.test(row.full_name ?? ''));
  let nameOnly = 0;
  let qualified = 0;
  for (const row of rows) {
    const plain: Hit | undefined = screenName(index, queryOf(row, false, 1)).results[0];
    const full: Hit | undefined = screenName(index, queryOf(row, true, 1)).results[0];
    if (plain?.match === true) {
      nameOnly++;
      console.log(
        `name\t${file}\t${row.full_name ?? ''}\t${plain.matchedName.full}\t${plain.score}`,
      );
    }
    if (full?.match === true) {
      qualified++;
      console.log(`full\t${file}\t${row.full_name ?? ''}\t${full.matchedName.full}\t${full.score}`);
    }
  }
  console.log(
    `## ${file} ${rows.length} rows: name only ${nameOnly}, with birth date and country ${qualified}`,
  );
}
const cpu = process.cpuUsage(started);
console.log(`## cpu ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s`);
