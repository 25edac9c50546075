import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type {
  AnalyzedEntity,
  ArticleAnalysis,
  Gazetteer,
  Statement,
} from '../../src/analysis/index.ts';
import { analyzeArticle } from '../../src/analysis/index.ts';
import { nameKey } from '../../src/names/index.ts';
import type { ScreeningIndex } from '../../src/screening/index.ts';
import { getEntity, screenName } from '../../src/screening/index.ts';
import type { GoldEntity } from './articles-gold.ts';

const FOLDER = new URL('../../test/gold/articles/', import.meta.url);

/** One real published article's gold, written before Sift was run on it. */
export interface RealGold {
  slug: string;
  article: string;
  source: string;
  entities: (GoldEntity & { acceptable?: string[] })[];
  statements: { anchor: string; speaker: string[] }[];
}

/** Figures over a set of real articles, each next to the issue's target. */
export interface RealFigures {
  articles: number;
  listed: number;
  listedFlagged: number;
  /** Gold-unlisted entities, or entities the gold does not list at all, shown as a match. */
  falseMatches: string[];
  /** Match hits on a right entity that point to a different listed entity. */
  wrongListings: string[];
  speakers: number;
  speakersRight: number;
  cabinetListed: number;
  cabinetFlagged: number;
  problems: string[];
}

/** The tune or test half, by a stable hash of the article's name (never re-drawn). */
export function realSplit(slug: string): 'tune' | 'test' {
  const first = createHash('sha256').update(slug).digest()[0] ?? 0;
  return first % 2 === 1 ? 'test' : 'tune';
}

/** Reads every gold file under test/gold/articles (or another gold folder of the same format). */
export function readRealGold(folder: URL = FOLDER): RealGold[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => ({
      slug: f.replace(/\.gold\.json$/, ''),
      ...(JSON.parse(readFileSync(new URL(f, folder), 'utf8')) as Omit<RealGold, 'slug'>),
    }));
}

/** Analyses the articles of one half against the index and compares them with their gold. */
export async function evaluateReal(
  index: ScreeningIndex,
  gazetteer: Gazetteer,
  split: 'tune' | 'test' | 'all',
  only?: string,
  folder: URL = FOLDER,
): Promise<RealFigures> {
  const golds = readRealGold(folder).filter(
    (g) =>
      (split === 'all' || realSplit(g.slug) === split) &&
      (only === undefined || g.slug.includes(only)),
  );
  const figures: RealFigures = {
    articles: golds.length,
    listed: 0,
    listedFlagged: 0,
    falseMatches: [],
    wrongListings: [],
    speakers: 0,
    speakersRight: 0,
    cabinetListed: 0,
    cabinetFlagged: 0,
    problems: [],
  };
  const options = {
    gazetteer,
    screen: (q: Parameters<typeof screenName>[1]) => screenName(index, q),
    lookupEntity: (id: string) => getEntity(index, id),
  };
  for (const gold of golds) {
    const content = readFileSync(new URL(gold.article, folder), 'utf8');
    const analysis = await analyzeArticle({ content, format: 'text' }, options);
    compareReal(analysis, gold, figures);
  }
  return figures;
}

function holderOf(analysis: ArticleAnalysis, variants: string[]): AnalyzedEntity | undefined {
  return holdersOf(analysis, variants)[0];
}

function holdersOf(analysis: ArticleAnalysis, variants: string[]): AnalyzedEntity[] {
  const keys = new Set(variants.map(nameKey));
  return analysis.entities.filter(
    (e) =>
      keys.has(nameKey(e.name)) ||
      e.aliases.some((a) => keys.has(nameKey(a))) ||
      e.mentions.some((m) => keys.has(nameKey(m.text))),
  );
}

function compareReal(analysis: ArticleAnalysis, gold: RealGold, f: RealFigures): void {
  const cabinet = gold.slug.startsWith('taliban-cabinet');
  const accounted = new Set<AnalyzedEntity>();
  for (const g of gold.entities) {
    const found = holderOf(analysis, g.variants);
    for (const e of holdersOf(analysis, g.variants)) accounted.add(e);
    const status = found?.screening?.match ?? 'not-screened';
    const refs = Object.entries(g.listed).flatMap(([list, rs]) => rs.map((r) => `${list}:${r}`));
    const allowed = new Set([...refs, ...(g.acceptable ?? [])]);
    if (g.expect === 'match') {
      f.listed++;
      if (cabinet) f.cabinetListed++;
      const flagged =
        found?.screening?.hits.some(
          (h) => h.match === 'match' && allowed.has(`${h.list}:${h.reference}`),
        ) ?? false;
      if (flagged) {
        f.listedFlagged++;
        if (cabinet) f.cabinetFlagged++;
      } else
        f.problems.push(
          `${gold.slug}: ${g.name} not flagged (${found === undefined ? 'not found' : `${found.type} "${found.name}" ${status}`})`,
        );
    }
    if (g.expect === 'no-match' && status === 'match')
      f.falseMatches.push(`${gold.slug}: ${g.name} (${found?.screening?.hits[0]?.caption ?? ''})`);
    if (g.expect !== 'no-match' && found?.screening != null)
      for (const h of found.screening.hits)
        if (h.match === 'match' && !allowed.has(`${h.list}:${h.reference}`))
          f.wrongListings.push(`${gold.slug}: ${g.name} → ${h.list}:${h.reference} ${h.caption}`);
  }
  // An entity the gold does not name at all that is shown as a match is a false accusation too.
  for (const e of analysis.entities)
    if (!accounted.has(e) && e.screening?.match === 'match')
      f.falseMatches.push(
        `${gold.slug}: unexpected ${e.type} "${e.name}" → ${e.screening.hits[0]?.caption ?? ''}`,
      );
  for (const s of gold.statements) {
    f.speakers++;
    const found = analysis.statements.find((x) => x.text.startsWith(s.anchor));
    if (speakerIsRight(found, s.speaker)) f.speakersRight++;
    else f.problems.push(speakerProblem(gold.slug, s, found));
  }
}

/**
 * Whether a statement has one of the gold's accepted speakers. An empty list is a sentence with
 * no source (the writer's own): it is right only when Sift leaves it unattributed, so giving a
 * speaker to a plain assertion counts as an error.
 */
export function speakerIsRight(found: Statement | undefined, speaker: string[]): boolean {
  if (found === undefined) return false;
  if (speaker.length === 0) return found.kind === 'unattributed';
  return found.speakerName != null && speaker.map(nameKey).includes(nameKey(found.speakerName));
}

/** One line for a statement whose speaker is wrong, missing or given where none is expected. */
export function speakerProblem(
  slug: string,
  s: { anchor: string; speaker: string[] },
  found: Statement | undefined,
): string {
  const got =
    found === undefined ? '(no such sentence)' : (found.speakerName ?? `none (${found.kind})`);
  return `${slug}: "${s.anchor}" speaker ${got}, expected ${s.speaker[0] ?? 'no source'}`;
}
