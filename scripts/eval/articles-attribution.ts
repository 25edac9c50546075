import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  attributeStatements,
  findMentions,
  groupEntities,
  segmentText,
} from '../../src/analysis/index.ts';
import { f1 } from './articles-shingles.ts';

/** The PolNeAR data folder, evaluated where it lives in ../shared. */
export const FOLDER = new URL('../../../shared/data/articles/polnear/data/', import.meta.url);

/** Attribution figures on one PolNeAR split. */
export interface AttributionFigures {
  articles: number;
  sentences: number;
  sentence: { precision: number; recall: number; f1: number };
  /** The same, counting a sentence inside an attribution's content (a multi-sentence quote) too. */
  sentenceOrContent: { precision: number; recall: number; f1: number };
  /**
   * The sentence reading, predicting only where the statement's own cue stands in the sentence: a
   * sentence that carries on a quote attributed in another sentence names its speaker, but PolNeAR
   * marks no cue in it.
   */
  sentenceOwnCue: { precision: number; recall: number; f1: number };
  source: { precision: number; recall: number; f1: number };
}

/** A character span of a PolNeAR text (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Sentence level: a sentence carries an attribution when it overlaps a gold cue; we predict one
 * when its kind is not `unattributed`. Source level: a predicted source span counts when it
 * overlaps a gold source span, and a gold source is found when some predicted source overlaps it.
 */
export function evaluateAttribution(
  split: 'train' | 'dev' | 'test',
  limit = Infinity,
): AttributionFigures {
  const annFolder = fileURLToPath(new URL(`${split}/attributions/`, FOLDER));
  const files = readdirSync(annFolder)
    .filter((f) => f.endsWith('.ann'))
    .sort()
    .slice(0, limit);
  const s = { tp: 0, fp: 0, fn: 0 };
  const sc = { tp: 0, fp: 0, fn: 0 };
  const so = { tp: 0, fp: 0, fn: 0 };
  const src = { predicted: 0, predictedHit: 0, gold: 0, goldHit: 0 };
  let sentences = 0;
  let articles = 0;
  for (const file of files) {
    const textPath = fileURLToPath(
      new URL(`${split}/text/${file.replace(/_[0-9a-f]{4}\.ann$/, '.txt')}`, FOLDER),
    );
    if (!existsSync(textPath)) continue;
    articles++;
    const text = readFileSync(textPath, 'utf8');
    const { cues, sources, contents } = readAnn(readFileSync(`${annFolder}${file}`, 'utf8'));
    const segmentation = segmentText(text);
    const statements = attributeStatements(
      text,
      segmentation,
      groupEntities(findMentions(text), segmentation.quotes),
    );
    for (const statement of statements) {
      sentences++;
      const gold = cues.some((c) => overlaps(c, statement));
      const predicted = statement.kind !== 'unattributed';
      if (gold && predicted) s.tp++;
      else if (predicted) s.fp++;
      else if (gold) s.fn++;
      const own = predicted && ownsCue(statement);
      if (gold && own) so.tp++;
      else if (own) so.fp++;
      else if (gold) so.fn++;
      const goldWide = gold || contents.some((c) => overlaps(c, statement));
      if (goldWide && predicted) sc.tp++;
      else if (predicted) sc.fp++;
      else if (goldWide) sc.fn++;
    }
    const predictedSources = statements
      .map((x) => x.source)
      .filter((x): x is NonNullable<typeof x> => x !== null);
    src.predicted += predictedSources.length;
    src.predictedHit += predictedSources.filter((p) => sources.some((g) => overlaps(g, p))).length;
    src.gold += sources.length;
    src.goldHit += sources.filter((g) => predictedSources.some((p) => overlaps(g, p))).length;
  }
  const precision = s.tp / Math.max(1, s.tp + s.fp);
  const recall = s.tp / Math.max(1, s.tp + s.fn);
  const sp = src.predictedHit / Math.max(1, src.predicted);
  const sr = src.goldHit / Math.max(1, src.gold);
  const op = so.tp / Math.max(1, so.tp + so.fp);
  const or = so.tp / Math.max(1, so.tp + so.fn);
  const wp = sc.tp / Math.max(1, sc.tp + sc.fp);
  const wr = sc.tp / Math.max(1, sc.tp + sc.fn);
  return {
    articles,
    sentences,
    sentence: { precision, recall, f1: f1(precision, recall) },
    sentenceOrContent: { precision: wp, recall: wr, f1: f1(wp, wr) },
    sentenceOwnCue: { precision: op, recall: or, f1: f1(op, or) },
    source: { precision: sp, recall: sr, f1: f1(sp, sr) },
  };
}

/**
 * Whether a statement's attribution is marked in its own sentence: it names its source there, or
 * its cue word stands in it. A sentence that took its speaker from another sentence (the rest of a
 * quote) has neither.
 */
export function ownsCue(statement: {
  text: string;
  cue: string | null;
  source: Span | null;
}): boolean {
  if (statement.source !== null) return true;
  const cue = statement.cue;
  if (cue === null) return false;
  const first = cue.split(/[\s…]+/)[0] ?? cue;
  return statement.text.toLowerCase().includes(first.toLowerCase());
}

/** Whether two character spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The cue, source and content spans of one PolNeAR brat annotation file. */
export function readAnn(ann: string): { cues: Span[]; sources: Span[]; contents: Span[] } {
  const cues: Span[] = [];
  const contents: Span[] = [];
  const sources: Span[] = [];
  for (const line of ann.split('\n')) {
    const [id, info] = line.split('\t');
    if (id?.startsWith('T') !== true || info === undefined) continue;
    const [type, ...rest] = info.split(' ');
    const spans = rest
      .join(' ')
      .split(';')
      .map((part) => {
        const [start, end] = part.trim().split(' ').map(Number);
        return { start: start ?? 0, end: end ?? 0 };
      });
    if (type === 'Cue') cues.push(...spans);
    if (type === 'Source') sources.push(...spans);
    if (type === 'Content') contents.push(...spans);
  }
  return { cues, sources, contents };
}
