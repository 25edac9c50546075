import { readFileSync } from 'node:fs';
import type { AnalyzedEntity, ArticleAnalysis } from '../../src/analysis/index.ts';
import { nameKey } from '../../src/names/index.ts';

/** One annotated entity of the example article. */
export interface GoldEntity {
  name: string;
  type: string;
  variants: string[];
  honorifics?: string[];
  expect: 'match' | 'partial' | 'no-match' | 'not-screened';
  listed: Record<string, string[]>;
}

/** One annotated sentence, found by its first words. */
export interface GoldStatement {
  anchor: string;
  kind: string;
  speaker?: string[];
  medium?: string;
  cue?: string;
}

/** The gold annotations of the example article. */
export interface ArticleGold {
  article: string;
  title: string;
  tags: string[];
  removedReasons: string[];
  entities: GoldEntity[];
  statements: GoldStatement[];
}

/** How an analysis compares with the gold annotations. */
export interface GoldComparison {
  /** `<list>:<reference>` the gold requires and the analysis flagged as a match. */
  refsFound: string[];
  refsMissing: string[];
  /** Unlisted people (expect no-match) that got a match. */
  falsePersonMatches: string[];
  entityProblems: string[];
  statements: number;
  kindsRight: number;
  speakersRight: number;
  speakersTotal: number;
  statementProblems: string[];
}

/** Reads test/gold/blitz-article.gold.json. */
export function readArticleGold(): ArticleGold {
  return JSON.parse(
    readFileSync(new URL('../../test/gold/blitz-article.gold.json', import.meta.url), 'utf8'),
  ) as ArticleGold;
}

/** Compares an analysis with the gold; `lists` are the lists loaded (their refs are required). */
export function compareWithGold(
  analysis: ArticleAnalysis,
  gold: ArticleGold,
  lists: readonly string[],
): GoldComparison {
  const result: GoldComparison = {
    refsFound: [],
    refsMissing: [],
    falsePersonMatches: [],
    entityProblems: [],
    statements: 0,
    kindsRight: 0,
    speakersRight: 0,
    speakersTotal: 0,
    statementProblems: [],
  };
  for (const g of gold.entities) {
    const holders = new Set(
      g.variants
        .map((v) =>
          analysis.entities.find((e) =>
            e.mentions.some((m) => m.text === v || m.text.endsWith(` ${v}`)),
          ),
        )
        .filter((e): e is AnalyzedEntity => e !== undefined),
    );
    const found = [...holders][0];
    if (found === undefined) {
      result.entityProblems.push(`${g.name}: not found`);
      for (const [list, refs] of Object.entries(g.listed))
        if (lists.includes(list)) for (const ref of refs) result.refsMissing.push(`${list}:${ref}`);
      continue;
    }
    if (holders.size > 1)
      result.entityProblems.push(`${g.name}: variants split over ${holders.size} entities`);
    if (found.type !== g.type)
      result.entityProblems.push(`${g.name}: type ${found.type}, expected ${g.type}`);
    const status = found.screening?.match ?? 'not-screened';
    const expected = g.expect === 'no-match' ? 'none' : g.expect;
    if (status !== expected && !(g.expect === 'no-match' && status === 'partial'))
      result.entityProblems.push(`${g.name}: screened ${status}, expected ${g.expect}`);
    if (g.type === 'person' && g.expect === 'no-match' && status === 'match')
      result.falsePersonMatches.push(g.name);
    for (const [list, refs] of Object.entries(g.listed)) {
      if (!lists.includes(list)) continue;
      for (const ref of refs) {
        const hit = found.screening?.hits.find(
          (h) => h.list === list && h.reference === ref && h.match === 'match',
        );
        (hit === undefined ? result.refsMissing : result.refsFound).push(`${list}:${ref}`);
      }
    }
  }
  for (const g of gold.statements) {
    result.statements++;
    const s = analysis.statements.find((x) => x.text.startsWith(g.anchor));
    if (s === undefined) {
      result.statementProblems.push(`"${g.anchor}": no such sentence`);
      continue;
    }
    if (s.kind === g.kind) result.kindsRight++;
    else result.statementProblems.push(`"${g.anchor}": ${s.kind}, expected ${g.kind}`);
    if (g.speaker !== undefined) {
      result.speakersTotal++;
      const accepted = g.speaker.map(nameKey);
      if (s.speakerName !== null && accepted.includes(nameKey(s.speakerName)))
        result.speakersRight++;
      else
        result.statementProblems.push(
          `"${g.anchor}": speaker ${s.speakerName ?? 'none'}, expected ${g.speaker.join(' / ')}`,
        );
    }
  }
  return result;
}
