// Prints what Sift finds in articles (entities with their screening, statements with speakers):
// a look at one article at a time while working on the article path, without the rest of the evals.
// Usage: npx tsx scripts/eval/probe-articles.ts <file.txt | -e "text"> ...
import { readFileSync } from 'node:fs';
import { analyzeArticle, buildGazetteer } from '../../src/analysis/index.ts';
import { buildScreeningIndex, getEntity, screenName } from '../../src/screening/index.ts';
import { loadLists } from './load-lists.ts';

const args = process.argv.slice(2);
const texts: { label: string; content: string }[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  if (arg === '-e') texts.push({ label: 'text', content: args[++i] ?? '' });
  else texts.push({ label: arg, content: readFileSync(arg, 'utf8') });
}
const { entities } = await loadLists();
const index = buildScreeningIndex(entities);
const options = {
  gazetteer: buildGazetteer(entities),
  screen: (q: Parameters<typeof screenName>[1]) => screenName(index, q),
  lookupEntity: (id: string) => getEntity(index, id),
};
for (const { label, content } of texts) {
  const analysis = await analyzeArticle({ content, format: 'text' }, options);
  console.log(`== ${label} ${analysis.warnings.join(' ').slice(0, 80)}`);
  for (const e of analysis.entities) {
    const hit = e.screening?.hits[0];
    const screened =
      e.screening == null
        ? ''
        : `${e.screening.match}${hit === undefined ? '' : ` ${hit.list}:${hit.reference} ${hit.caption} ${hit.score.toFixed(2)} ${hit.partialReason ?? ''}`}`;
    console.log(`  ${e.type} "${e.name}" ${screened}`);
  }
  for (const s of analysis.statements)
    console.log(`  [${s.kind}] ${s.speakerName ?? '-'}: ${s.text.slice(0, 60)}`);
}
