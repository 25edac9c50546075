// The real-news figures of both halves of test/gold/articles (or of another gold folder of the same
// format), with every miss: what a change in src/analysis/ moves, without the rest of eval:articles.
// Usage: npx tsx scripts/eval/eval-real-halves.ts [--only slug-part] [--folder path/]
import { pathToFileURL } from 'node:url';
import { buildGazetteer } from '../../src/analysis/index.ts';
import { buildScreeningIndex } from '../../src/screening/index.ts';
import { evaluateReal } from './articles-real.ts';
import { loadLists } from './load-lists.ts';

const args = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => {
  const at = args.indexOf(flag);
  return at === -1 ? undefined : args[at + 1];
};
const only = valueOf('--only');
const folderPath = valueOf('--folder');
const folder =
  folderPath === undefined ? undefined : pathToFileURL(folderPath.replace(/\/?$/, '/'));
const { entities } = await loadLists();
const index = buildScreeningIndex(entities);
const gazetteer = buildGazetteer(entities);
for (const split of folder === undefined ? (['tune', 'test'] as const) : (['all'] as const)) {
  const real = await evaluateReal(index, gazetteer, split, only, folder);
  console.log(
    `${split} (${String(real.articles)} articles): listed flagged ${String(real.listedFlagged)}/${String(real.listed)}, unlisted shown as a match ${String(real.falseMatches.length)}, different listed entity ${String(real.wrongListings.length)}, speakers ${String(real.speakersRight)}/${String(real.speakers)}, cabinet ${String(real.cabinetFlagged)}/${String(real.cabinetListed)}`,
  );
  for (const problem of [...real.falseMatches, ...real.wrongListings, ...real.problems])
    console.log(`  ${problem}`);
}
