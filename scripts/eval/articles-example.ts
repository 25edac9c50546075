import { readFileSync } from 'node:fs';
import { analyzeArticle, buildGazetteer } from '../../src/analysis/index.ts';
import type { ScreeningIndex } from '../../src/screening/index.ts';
import { getEntity, screenName } from '../../src/screening/index.ts';
import { compareWithGold, readArticleGold, type GoldComparison } from './articles-gold.ts';

const EXAMPLES = new URL('../../../shared/examples/', import.meta.url);

/** The example article scored against its gold annotations, and its analysis time. */
export interface ExampleFigures {
  comparison: GoldComparison;
  /** Median and slowest time of one full analysis (screening included), in ms. */
  p50Ms: number;
  maxMs: number;
  bytes: number;
}

/** Analyses the example article `runs` times against the index and compares it with the gold. */
export async function evaluateExample(index: ScreeningIndex, runs = 15): Promise<ExampleFigures> {
  const gold = readArticleGold();
  const raw = readFileSync(new URL(gold.article.replace(/^examples\//, ''), EXAMPLES));
  const content = raw.toString('utf8');
  const gazetteer = buildGazetteer(index.entities);
  const options = {
    gazetteer,
    screen: (q: Parameters<typeof screenName>[1]) => screenName(index, q),
    lookupEntity: (id: string) => getEntity(index, id),
  };
  const times: number[] = [];
  let analysis = await analyzeArticle({ content }, options);
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    analysis = await analyzeArticle({ content }, options);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    comparison: compareWithGold(
      analysis,
      gold,
      index.lists.map((l) => l.list),
    ),
    p50Ms: times[Math.floor(times.length / 2)] ?? 0,
    maxMs: times.at(-1) ?? 0,
    bytes: raw.length,
  };
}
