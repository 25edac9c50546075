// The real-news figures of test/gold/articles by language (the slug's two-letter prefix: ar, cs,
// de, es, fa, fr, it, pl, pt, ru, tr, ua; other slugs are English) and by half, so a change for one
// language shows where it moves. Misses are printed for the tune half only (--problems), so the
// test half stays unread while rules are written.
// Usage: npx tsx scripts/eval/eval-real-languages.ts [--problems] [--only slug-part]
import { buildGazetteer } from '../../src/analysis/index.ts';
import { buildScreeningIndex } from '../../src/screening/index.ts';
import type { RealFigures } from './articles-real.ts';
import { evaluateReal, readRealGold, realSplit } from './articles-real.ts';
import { loadLists } from './load-lists.ts';

const PREFIXES = new Set(['ar', 'cs', 'de', 'es', 'fa', 'fr', 'it', 'pl', 'pt', 'ru', 'tr', 'ua']);
const args = process.argv.slice(2);
const showProblems = args.includes('--problems');
const onlyAt = args.indexOf('--only');
const only = onlyAt === -1 ? undefined : args[onlyAt + 1];

function languageOf(slug: string): string {
  const prefix = slug.split('-')[0] ?? '';
  return PREFIXES.has(prefix) ? prefix : 'en';
}

const { entities } = await loadLists();
const index = buildScreeningIndex(entities);
const gazetteer = buildGazetteer(entities);
const rows = new Map<string, RealFigures>();
const problems: string[] = [];
for (const gold of readRealGold()) {
  if (only !== undefined && !gold.slug.includes(only)) continue;
  const half = realSplit(gold.slug);
  const key = `${languageOf(gold.slug)} ${half}`;
  const f = await evaluateReal(index, gazetteer, 'all', gold.slug);
  const row = rows.get(key);
  if (row === undefined) rows.set(key, f);
  else {
    row.articles += f.articles;
    row.listed += f.listed;
    row.listedFlagged += f.listedFlagged;
    row.falseMatches.push(...f.falseMatches);
    row.wrongListings.push(...f.wrongListings);
    row.speakers += f.speakers;
    row.speakersRight += f.speakersRight;
  }
  if (half === 'tune') problems.push(...f.falseMatches, ...f.wrongListings, ...f.problems);
}
for (const [key, f] of [...rows].sort(([a], [b]) => a.localeCompare(b)))
  console.log(
    `${key} (${String(f.articles)}): listed ${String(f.listedFlagged)}/${String(f.listed)}, unlisted match ${String(f.falseMatches.length)}, different listed ${String(f.wrongListings.length)}, speakers ${String(f.speakersRight)}/${String(f.speakers)}`,
  );
if (showProblems) for (const p of problems) console.log(`  ${p}`);
