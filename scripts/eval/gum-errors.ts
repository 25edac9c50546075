// Lists the GUM entity errors of one split by kind (tuning aid; dev or heldout only when tuning),
// then prints strict per-type F1 (as eval:articles' headline) on stderr. `heldout`: the train
// documents the shipped tagger does not learn from (unlicensed genres), a second tuning set for
// rules, since the tagger has not seen them.
// Usage: npx tsx scripts/eval/gum-errors.ts [dev|test|heldout] [weights.json]
import { readFileSync } from 'node:fs';
import type { NerWeightsFile } from '../../src/analysis/mentions/ner/tag-entities.ts';
import { loadNerModel, useNerModel } from '../../src/analysis/mentions/ner/tag-entities.ts';
import { buildGazetteer, findMentions } from '../../src/analysis/index.ts';
import { isTaggerTrainingDocument } from '../build-data/gum-training-documents.ts';
import { matchesHead } from './articles-entities.ts';
import { gumSplit, readGumDocument } from './articles-gum.ts';
import { loadLists } from './load-lists.ts';

const split = (process.argv[2] ?? 'dev') as 'dev' | 'test' | 'heldout';
if (process.argv[3] !== undefined)
  useNerModel(loadNerModel(JSON.parse(readFileSync(process.argv[3], 'utf8')) as NerWeightsFile));
const { entities } = await loadLists();
const gazetteer = buildGazetteer(entities);
const ids =
  split === 'heldout'
    ? gumSplit('train').filter((id) => !isTaggerTrainingDocument(id))
    : gumSplit(split);
const tally = new Map<string, { tp: number; fp: number; fn: number }>(
  ['person', 'organization', 'place'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]),
);
for (const id of ids.filter((d) => !d.includes('_reddit_'))) {
  const doc = readGumDocument(id);
  const predicted = findMentions(doc.text, gazetteer).filter(
    (m) => m.type !== 'group' && m.source !== 'pronoun',
  );
  const used = new Set<number>();
  const show = (s: number, e: number): string => doc.text.slice(s, e).replace(/\s+/g, ' ');
  for (const g of doc.mentions) {
    const hit = predicted.findIndex((p, i) => !used.has(i) && matchesHead(p, g));
    const counts = tally.get(g.type);
    if (hit >= 0) {
      used.add(hit);
      if (counts !== undefined) counts.tp++;
      continue;
    }
    if (counts !== undefined) counts.fn++;
    const over = predicted.filter((p) => p.start < g.headEnd && p.end > g.headStart);
    const kind =
      over.length === 0
        ? 'MISS'
        : over.some((p) => p.type === g.type)
          ? 'BOUNDARY'
          : `TYPE:${over.map((p) => p.type).join(',')}`;
    console.log(
      `FN\t${g.type}\t${kind}\t${g.nested ? 'nested' : ''}\t${id}\t[${show(g.start, g.end)}] name=[${show(g.nameStart, g.nameEnd)}] pred=${over.map((p) => `[${show(p.start, p.end)}:${p.type}:${p.source}]`).join(' ')}\t…${show(g.start - 40, g.end + 30)}`,
    );
  }
  predicted.forEach((p, i) => {
    if (used.has(i)) return;
    const counts = tally.get(p.type);
    if (counts !== undefined) counts.fp++;
    const over = doc.mentions.filter((g) => g.start < p.end && g.end > p.start);
    const kind =
      over.length === 0 ? 'SPURIOUS' : over.some((g) => g.type === p.type) ? 'BOUNDARY' : 'TYPE';
    console.log(
      `FP\t${p.type}\t${kind}\t\t${id}\t[${show(p.start, p.end)}:${p.source}] gold=${over.map((g) => `[${show(g.start, g.end)}:${g.type}${g.nested ? ':nested' : ''}]`).join(' ')}\t…${show(p.start - 40, p.end + 30)}`,
    );
  });
}
for (const [type, { tp, fp, fn }] of tally)
  console.error(
    `${type}\tF1 ${(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)).toFixed(3)}\ttp ${String(tp)} fp ${String(fp)} fn ${String(fn)}`,
  );
