import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Statement } from '../../src/analysis/index.ts';
import {
  attributeStatements,
  findMentions,
  groupEntities,
  segmentText,
} from '../../src/analysis/index.ts';
import { f1 } from './articles-shingles.ts';
import {
  countAlignmentProblems,
  noAlignmentProblems,
  type AlignmentProblems,
} from './polnear-alignment.ts';

/** The PolNeAR data folder, evaluated where it lives in ../shared. */
export const FOLDER = new URL('../../../shared/data/articles/polnear/data/', import.meta.url);

/** Precision, recall and F1 of one reading. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Attribution figures on one PolNeAR split. */
export interface AttributionFigures {
  /** Annotation files read (an article annotated by several annotators counts once per file). */
  articles: number;
  sentences: number;
  /**
   * The headline (issue #14's figure since session 18): a sentence is gold when it holds a cue or
   * lies inside an attribution's content. PolNeAR's guidelines (annotation-guidelines/guidelines.pdf,
   * "Content continuations should be included in the attribution") make a quote's later sentences
   * part of the attribution whose one cue stands in another sentence, so a sentence-level
   * attribution figure counts them attributed.
   */
  sentence: Prf;
  /** Where the headline's errors come from (see `sentenceError`). */
  sentenceErrors: SentenceErrors;
  /**
   * Cue detection, issue #14's figure until session 18: only a sentence holding a gold cue is gold,
   * so the rest of a quote that the annotation's content span covers counts as a false positive.
   */
  sentenceCueOnly: Prf;
  /** Where the cue-only reading's errors come from (see `CueOnlyErrors`). */
  cueOnlyErrors: CueOnlyErrors;
  source: Prf;
  /** Checks that Sift's sentences and the annotation's spans line up (all 0 when they do). */
  alignment: AlignmentProblems;
}

/**
 * The errors of the cue-only reading by kind. `falseInContent` are sentences Sift attributes that
 * hold no gold cue but lie inside a gold content span (mostly a quote's later sentences, whose cue
 * stands in the sentence before): right under the headline, wrong under the cue-only reading, so
 * no cue rule can remove them without unmarking quotes. `falseElsewhere` touch no attribution at
 * all: false cues. `missed` are gold cue sentences Sift leaves unattributed.
 */
export interface CueOnlyErrors {
  missed: number;
  falseInContent: number;
  falseElsewhere: number;
}

/**
 * The errors of the headline reading by kind: gold sentences left unattributed that hold a cue
 * (`missedCue`) or are only content, a quote's later sentence (`missedContinuation`), and
 * attributed sentences that are neither (`falseSentence`).
 */
export interface SentenceErrors {
  missedCue: number;
  missedContinuation: number;
  falseSentence: number;
}

/** The kind of a sentence's error under the headline reading (`isGoldSentence`), if it is one. */
export function sentenceError(
  goldCue: boolean,
  goldSentence: boolean,
  predicted: boolean,
): keyof SentenceErrors | undefined {
  if (goldSentence === predicted) return undefined;
  if (predicted) return 'falseSentence';
  return goldCue ? 'missedCue' : 'missedContinuation';
}

/** One annotation file of a split, read and attributed by Sift. */
export interface AttributedDocument {
  /** The annotation file's name (an article has one per annotator). */
  file: string;
  text: string;
  gold: { cues: Span[]; sources: Span[]; contents: Span[] };
  statements: Statement[];
}

/** A character span of a PolNeAR text (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** The share of a sentence's non-space characters a content span must cover to make it gold. */
export const CONTENT_SHARE = 0.5;

/**
 * Whether PolNeAR's annotation marks a sentence (a span of our segmentation) as attributed: it
 * overlaps a cue span, or at least half of its non-space characters lie inside content spans. The
 * second arm is the rest of a quote whose cue stands in another sentence ("“Yesterday, there were
 * two polls. Morning Consult and Rasmussen had very similar numbers.”"): PolNeAR's content span
 * runs over it. Half, not any overlap, so that a content span running one word past a sentence
 * boundary our segmenter draws elsewhere does not claim the next sentence; on dev the headline is
 * the same at any share, because a sentence is either wholly inside content or not at all.
 */
export function isGoldSentence(
  text: string,
  sentence: Span,
  gold: { cues: Span[]; contents: Span[] },
): boolean {
  if (gold.cues.some((c) => overlaps(c, sentence))) return true;
  let chars = 0;
  let inside = 0;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (/\s/.test(text[i] ?? ' ')) continue;
    chars++;
    if (gold.contents.some((c) => c.start <= i && i < c.end)) inside++;
  }
  return chars > 0 && inside / chars >= CONTENT_SHARE;
}

/** Each annotation file of a PolNeAR split with its text, in name order, attributed by Sift. */
export function* attributedDocuments(
  split: 'train' | 'dev' | 'test',
  limit = Infinity,
): Generator<AttributedDocument> {
  const annFolder = fileURLToPath(new URL(`${split}/attributions/`, FOLDER));
  const files = readdirSync(annFolder)
    .filter((f) => f.endsWith('.ann'))
    .sort()
    .slice(0, limit);
  for (const file of files) {
    const textPath = fileURLToPath(
      new URL(`${split}/text/${file.replace(/_[0-9a-f]{4}\.ann$/, '.txt')}`, FOLDER),
    );
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    const gold = readAnn(readFileSync(`${annFolder}${file}`, 'utf8'));
    const segmentation = segmentText(text);
    const statements = attributeStatements(
      text,
      segmentation,
      groupEntities(findMentions(text), segmentation.quotes),
    );
    yield { file, text, gold, statements };
  }
}

/**
 * The kind of a sentence's cue-only error, if it is one: a gold cue sentence left unattributed is
 * missed; an attributed sentence without a gold cue is false, inside a content span when it is gold
 * under the headline (`isGoldSentence`), elsewhere when it is not.
 */
export function cueOnlyError(
  goldCue: boolean,
  goldSentence: boolean,
  predicted: boolean,
): keyof CueOnlyErrors | undefined {
  if (goldCue === predicted) return undefined;
  if (goldCue) return 'missed';
  return goldSentence ? 'falseInContent' : 'falseElsewhere';
}

/** Whether a sentence overlaps a gold cue span: gold under the cue-only reading. */
export function holdsGoldCue(gold: { cues: Span[] }, sentence: Span): boolean {
  return gold.cues.some((c) => overlaps(c, sentence));
}

/**
 * Sentence level: each sentence of Sift's own segmentation is one item, gold by `isGoldSentence`
 * (the headline) or by `holdsGoldCue` (the cue-only reading), predicted when its kind is not
 * `unattributed`. Source level: a predicted source span counts when it overlaps a gold source
 * span, and a gold source is found when some predicted source overlaps it.
 */
export function evaluateAttribution(
  split: 'train' | 'dev' | 'test',
  limit = Infinity,
): AttributionFigures {
  const s = { tp: 0, fp: 0, fn: 0 };
  const cueOnly = { tp: 0, fp: 0, fn: 0 };
  const errors: CueOnlyErrors = { missed: 0, falseInContent: 0, falseElsewhere: 0 };
  const sentenceErrors: SentenceErrors = { missedCue: 0, missedContinuation: 0, falseSentence: 0 };
  const src = { predicted: 0, predictedHit: 0, gold: 0, goldHit: 0 };
  const alignment = noAlignmentProblems();
  let sentences = 0;
  let articles = 0;
  for (const { text, gold, statements } of attributedDocuments(split, limit)) {
    articles++;
    countAlignmentProblems(alignment, text, statements, gold.cues);
    for (const statement of statements) {
      sentences++;
      const predicted = statement.kind !== 'unattributed';
      const goldSentence = isGoldSentence(text, statement, gold);
      const goldCue = holdsGoldCue(gold, statement);
      count(s, goldSentence, predicted);
      count(cueOnly, goldCue, predicted);
      const error = cueOnlyError(goldCue, goldSentence, predicted);
      if (error !== undefined) errors[error]++;
      const headlineError = sentenceError(goldCue, goldSentence, predicted);
      if (headlineError !== undefined) sentenceErrors[headlineError]++;
    }
    const predictedSources = statements
      .map((x) => x.source)
      .filter((x): x is NonNullable<typeof x> => x !== null);
    src.predicted += predictedSources.length;
    src.predictedHit += predictedSources.filter((p) =>
      gold.sources.some((g) => overlaps(g, p)),
    ).length;
    src.gold += gold.sources.length;
    src.goldHit += gold.sources.filter((g) => predictedSources.some((p) => overlaps(g, p))).length;
  }
  const sp = src.predictedHit / Math.max(1, src.predicted);
  const sr = src.goldHit / Math.max(1, src.gold);
  return {
    articles,
    sentences,
    sentence: prf(s),
    sentenceErrors,
    sentenceCueOnly: prf(cueOnly),
    cueOnlyErrors: errors,
    source: { precision: sp, recall: sr, f1: f1(sp, sr) },
    alignment,
  };
}

function count(c: { tp: number; fp: number; fn: number }, gold: boolean, predicted: boolean): void {
  if (gold && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
}

function prf(c: { tp: number; fp: number; fn: number }): Prf {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  return { precision, recall, f1: f1(precision, recall) };
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
