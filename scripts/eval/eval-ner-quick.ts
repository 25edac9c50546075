// The figures a tagger change moves, without the rest of eval:articles: GUM dev and test entity
// F1 (the whole mention pipeline) and the real-news test half.
// Usage: npx tsx scripts/eval/eval-ner-quick.ts [weights.json] — other weights than the shipped ones
// (train-ner.ts --out) are measured without replacing the shipped file.
import { readFileSync } from 'node:fs';
import type { NerWeightsFile } from '../../src/analysis/mentions/ner/tag-entities.ts';
import { loadNerModel, useNerModel } from '../../src/analysis/mentions/ner/tag-entities.ts';
import { buildScreeningIndex } from '../../src/screening/index.ts';
import { buildGazetteer } from '../../src/analysis/index.ts';
import { scoreEntities } from './articles-entities.ts';
import { evaluateReal } from './articles-real.ts';
import { loadLists } from './load-lists.ts';

const weightsPath = process.argv[2];
if (weightsPath !== undefined)
  useNerModel(loadNerModel(JSON.parse(readFileSync(weightsPath, 'utf8')) as NerWeightsFile));
const { entities } = await loadLists();
const index = buildScreeningIndex(entities);
const gazetteer = buildGazetteer(entities);
for (const split of ['dev', 'test'] as const) {
  const f = scoreEntities(split, gazetteer)['head-strict'];
  console.log(
    `GUM ${split} person / org / place F1 ${f.person.f1.toFixed(3)} / ${f.organization.f1.toFixed(3)} / ${f.place.f1.toFixed(3)}`,
  );
}
const real = await evaluateReal(index, gazetteer, 'test');
console.log(
  `real news: flagged ${String(real.listedFlagged)}/${String(real.listed)}, false matches ${String(real.falseMatches.length)}, wrong listings ${String(real.wrongListings.length)}, speakers ${String(real.speakersRight)}/${String(real.speakers)}`,
);
for (const problem of [...real.falseMatches, ...real.problems]) console.log(`  ${problem}`);
