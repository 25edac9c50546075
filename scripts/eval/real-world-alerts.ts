// Every alert of the real-world traps and every miss of its positives, with the score explanation,
// for one half: what a change to scoring or blocking moves in the real-world section.
// Usage: npx tsx scripts/eval/real-world-alerts.ts [tune|test] [--query "name" ...]
import { loadLists } from './load-lists.ts';
import { readRealWorld } from './real-world.ts';
import { buildScreeningIndex, screenName } from '../../src/screening/index.ts';
import type { NameQuery } from '../../src/core/index.ts';

const args = process.argv.slice(2);
const half = args[0] === 'test' ? 'test' : 'tune';
const queries = args.flatMap((a, i) => (args[i - 1] === '--query' ? [a] : []));
const { entities } = await loadLists();
const index = buildScreeningIndex(entities);

/** Prints a query's hits with their explanations. */
function show(query: NameQuery, label: string): void {
  const hits = screenName(index, query).results.slice(0, 3);
  console.log(`${label} ${query.name}`);
  for (const hit of hits)
    console.log(
      `   ${hit.match ? 'ALERT' : '     '} ${hit.score.toFixed(3)} ${hit.entityId} ${hit.matchedName.full} (${hit.matchedName.kind}): ${hit.explanation.summary}`,
    );
  if (hits.length === 0) console.log('   (no hit)');
}

if (queries.length > 0) {
  for (const name of queries) show({ name }, 'query');
} else {
  for (const row of readRealWorld().filter((r) => r.split === half)) {
    const query: NameQuery = { name: row.query };
    if (row.identifiers.length > 0) query.identifiers = row.identifiers;
    const hits = screenName(index, query).results;
    const trapAlert = row.expected.length === 0 && hits.some((h) => h.match);
    const top = hits[0];
    const miss =
      row.expected.length > 0 &&
      (top === undefined || !top.match || !row.expected.includes(top.entityId));
    if (trapAlert) show(query, `trap (${row.source})`);
    if (miss) show(query, `miss → ${row.expected.join(';')}`);
  }
}
