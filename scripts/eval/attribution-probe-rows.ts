import { readdirSync, readFileSync } from 'node:fs';
import { cueRate, tokenizeCues } from '../../src/analysis/attribution/attribution-cues.ts';
import type { Statement } from '../../src/analysis/index.ts';
import {
  attributeStatements,
  findMentions,
  groupEntities,
  segmentText,
} from '../../src/analysis/index.ts';
import { isTaggerTrainingDocument } from '../build-data/gum-training-documents.ts';
import { gumSplit } from './articles-gum.ts';
import {
  attributedDocuments,
  holdsGoldCue,
  isGoldSentence,
  type Span,
} from './articles-attribution.ts';

/** One sentence of Sift's output with its features and PolNeAR-style labels. */
export interface ProbeRow {
  kind: Statement['kind'];
  /** Gold under the cue-only reading: the sentence holds an attribution cue. */
  cue: boolean;
  /** Gold under the content reading: it holds a cue or lies inside an attribution's content. */
  content: boolean;
  features: string[];
}

/** Sentence features for the probe: Sift's kind and source, the cue table's words, all words and word pairs, shape. */
export function sentenceFeatures(text: string, statements: Statement[], i: number): string[] {
  const s = statements[i];
  if (s === undefined) return [];
  const tokens = tokenizeCues(text, s.start, s.end);
  const words = tokens.filter((t) => !t.key.startsWith(':')).map((t) => t.key);
  const f = new Set<string>([`kind=${s.kind}`, `prev-kind=${statements[i - 1]?.kind ?? '-'}`]);
  if (s.source !== null) f.add('has-source');
  if (s.speakerName !== null) f.add('has-speaker');
  let maxRate = 0;
  for (const t of tokens) {
    const rate = cueRate(t.key);
    if (rate > 0) f.add(`cue=${t.key}`);
    maxRate = Math.max(maxRate, rate);
  }
  f.add(`max-rate=${maxRate.toFixed(2)}`);
  words.forEach((w, j) => {
    f.add(`w=${w}`);
    if (j + 1 < words.length) f.add(`b=${w}_${words[j + 1] ?? ''}`);
  });
  if (/[“”"«»]/.test(s.text)) f.add('quote-mark');
  if (/^\s*[“"]/.test(s.text)) f.add('starts-quote');
  if (/:\s*$/.test(s.text)) f.add('ends-colon');
  if (/\?\s*[”"]?\s*$/.test(s.text)) f.add('question');
  if (/\b(?:I|we|We|my|our)\b/.test(s.text)) f.add('first-person');
  f.add(`length=${Math.min(6, Math.floor(words.length / 6)).toString()}`);
  return [...f];
}

/** Probe rows of a PolNeAR split, gold from its annotation. */
export function polnearRows(split: 'train' | 'dev'): ProbeRow[] {
  const rows: ProbeRow[] = [];
  for (const { text, gold, statements } of attributedDocuments(split))
    statements.forEach((s, i) => {
      rows.push({
        kind: s.kind,
        cue: holdsGoldCue(gold, s),
        content: isGoldSentence(text, s, gold),
        features: sentenceFeatures(text, statements, i),
      });
    });
  return rows;
}

const GUM_DEP = new URL('../../../shared/data/articles/gum/dep/', import.meta.url);

/**
 * Probe rows of the GUM train documents whose texts are CC BY or BY-SA (the tagger's licensed
 * set): a sentence is a cue sentence when it holds an elementary discourse unit that GUM's RST
 * layer attaches by an `attribution-*` relation (the "he said" unit of an attribution).
 */
export function gumRows(): ProbeRow[] {
  const rows: ProbeRow[] = [];
  const wanted = new Set(gumSplit('train').filter(isTaggerTrainingDocument));
  for (const file of readdirSync(GUM_DEP).sort()) {
    if (!wanted.has(file.replace(/\.conllu$/, ''))) continue;
    const { text, cues } = readGumAttributions(readFileSync(new URL(file, GUM_DEP), 'utf8'));
    const segmentation = segmentText(text);
    const statements = attributeStatements(
      text,
      segmentation,
      groupEntities(findMentions(text), segmentation.quotes),
    );
    statements.forEach((s, i) => {
      const cue = holdsGoldCue({ cues }, s);
      rows.push({
        kind: s.kind,
        cue,
        content: cue,
        features: sentenceFeatures(text, statements, i),
      });
    });
  }
  return rows;
}

/** A GUM CoNLL-U file as text (sentences joined by spaces, paragraphs by blank lines) with the spans of its attribution units. */
export function readGumAttributions(conllu: string): { text: string; cues: Span[] } {
  let text = '';
  let gap = '';
  const units: (Span & { attribution: boolean })[] = [];
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# newpar')) gap = text === '' ? '' : '\n\n';
    else if (line.startsWith('# sent_id') && text !== '' && gap === '') gap = ' ';
    const cols = line.split('\t');
    if (line.startsWith('#') || !/^\d+$/.test(cols[0] ?? '')) continue;
    text += gap;
    const start = text.length;
    text += cols[1] ?? '';
    const misc = cols[9] ?? '';
    const relation = /Discourse=([A-Za-z-]+)/.exec(misc)?.[1];
    if (relation !== undefined)
      units.push({ start, end: start, attribution: relation.startsWith('attribution') });
    const unit = units.at(-1);
    if (unit !== undefined) unit.end = text.length;
    gap = misc.split('|').includes('SpaceAfter=No') ? '' : ' ';
  }
  return { text, cues: units.filter((u) => u.attribution) };
}
