// Lists the name_bench errors at the default threshold with their scores, for working on the
// matcher: `npx tsx scripts/eval/name-bench-errors.ts`. Prints the figures last.
import { buildScreeningIndex } from '../../src/screening/index.ts';
import { loadLists } from './load-lists.ts';
import { runNameBench } from './name-bench.ts';

const { entities } = await loadLists();
const index = buildScreeningIndex(entities);
const result = runNameBench(0.82, index.candidates.rarity.weigh);
for (const e of result.errors) {
  const kind = e.expected ? 'FN' : 'FP';
  console.log(
    `${e.split}\t${kind}\t${e.quality}\t${e.score.toFixed(2)}\t${e.name1}\t|\t${e.name2}\t${e.notes}`,
  );
}
console.log(
  `P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)} F1 ${result.f1.toFixed(3)} ` +
    `STRONG ${String(result.strongErrors)} errors ${String(result.errors.length)}`,
);
for (const split of ['tune', 'test'] as const) {
  const half = runNameBench(0.82, index.candidates.rarity.weigh, split);
  console.log(
    `${split}: P ${half.precision.toFixed(3)} R ${half.recall.toFixed(3)} F1 ${half.f1.toFixed(3)} ` +
      `errors ${String(half.errors.length)}`,
  );
}
