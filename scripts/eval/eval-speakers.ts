// Speaker attribution on the speaker set of real news (test/gold/speakers), both halves.
// Usage: npm run eval:speakers [-- --verbose] [-- --no-lists] [-- --only <slug part>]
// Tune on the tune half; the test half is what eval:articles reports. --no-lists skips the list
// gazetteer (faster, for a quick look; the reported figures use it).
import { buildGazetteer, type Gazetteer } from '../../src/analysis/index.ts';
import { evaluateSpeakers } from './articles-speakers.ts';
import { loadLists, sharedDataPresent } from './load-lists.ts';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
let gazetteer: Gazetteer | undefined;
if (!args.includes('--no-lists') && sharedDataPresent())
  gazetteer = buildGazetteer((await loadLists()).entities);
for (const split of ['tune', 'test'] as const) {
  const f = evaluateSpeakers(gazetteer, split, only);
  const share = f.statements === 0 ? '–' : (f.right / f.statements).toFixed(2);
  console.log(
    `${split.padEnd(5)} ${String(f.articles).padStart(2)} articles  speakers right ${f.right}/${f.statements} (${share})`,
  );
  if (args.includes('--verbose')) for (const p of f.problems) console.log(`    ${p}`);
}
