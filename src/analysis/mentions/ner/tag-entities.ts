import { readFileSync } from 'node:fs';
import type { Lexicon } from './ner-features.ts';
import { rememberEntryStarts, staticFeatures, tagFeatures } from './ner-features.ts';
import { sentenceChunks } from './sentence-chunks.ts';
import type { NerToken } from './tokenize-text.ts';
import { tokenizeText } from './tokenize-text.ts';

export { sentenceChunks } from './sentence-chunks.ts';

/** The entity types the tagger knows. */
export type NerType = 'person' | 'organization' | 'place';

/** A name the tagger found, as character offsets into the text (end exclusive). */
export interface NerSpan {
  start: number;
  end: number;
  text: string;
  type: NerType;
}

/** A trained tagger: BIO labels, one weight per label for each feature, and its name lexicon. */
export interface NerModel {
  labels: readonly string[];
  weights: ReadonlyMap<string, ArrayLike<number>>;
  lexicon: Lexicon;
}

/** The weights file as written by scripts/build-data/train-ner.ts. */
export interface NerWeightsFile {
  labels: string[];
  lexicon: Record<string, string>;
  features: Record<string, number[]>;
}

/** Turns the JSON weights file into a model ready for tagging. */
export function loadNerModel(file: NerWeightsFile): NerModel {
  return {
    labels: file.labels,
    // Typed arrays keep the scoring loop on one fast path.
    weights: new Map(Object.entries(file.features).map(([f, w]) => [f, Float64Array.from(w)])),
    lexicon: new Map(Object.entries(file.lexicon)),
  };
}

let shipped: NerModel | undefined;

/** The weights file that ships with Sift (the build copies it beside the compiled code). */
export const SHIPPED_NER_WEIGHTS = new URL('./ner-weights.json', import.meta.url);

/**
 * The model trained on GUM that ships with Sift (loaded once): the compact copy kept beside an
 * engine snapshot when one was installed (useNerModel), else read from its 1.8 MB of JSON.
 */
export function shippedNerModel(): NerModel {
  shipped ??= loadNerModel(JSON.parse(readFileSync(SHIPPED_NER_WEIGHTS, 'utf8')) as NerWeightsFile);
  return shipped;
}

/**
 * Installs the shipped model read from its compact copy, so that the JSON is not parsed, with the
 * first words of its lexicon's multi-word entries when they were kept too (see entryStarts).
 */
export function useNerModel(model: NerModel, lexiconStarts?: ReadonlySet<string>): void {
  shipped = model;
  if (lexiconStarts !== undefined) rememberEntryStarts(model.lexicon, lexiconStarts);
}

/** Tags tokens with the averaged perceptron, decoding the best BIO sequence (see decodeTags). */
export function predictTags(tokens: readonly NerToken[], model: NerModel): string[] {
  const statics = staticFeatures(tokens, model.lexicon);
  return sentenceChunks(tokens).flatMap(([from, to]) => decodeTags(statics.slice(from, to), model));
}

/**
 * Viterbi decoding over BIO tags: each label is scored from the token's own features and, for
 * each possible previous label, the features that pair with it; an "I-" label may only follow
 * its own type. The best whole sequence wins, so one strong word can pull its neighbours in.
 */
export function decodeTags(
  statics: readonly (readonly string[])[],
  model: Pick<NerModel, 'labels' | 'weights'>,
): string[] {
  const labels = model.labels;
  const n = labels.length;
  const count = statics.length;
  if (count === 0) return [];
  const previousNames = [...labels, '<s>'];
  // allowed[p * n + k]: label k may follow label p; row n is the start of the text.
  const allowed = new Uint8Array((n + 1) * n);
  for (let p = 0; p <= n; p++)
    for (let k = 0; k < n; k++) {
      const label = labels[k] ?? 'O';
      allowed[p * n + k] =
        !label.startsWith('I-') || (previousNames[p] ?? '').slice(2) === label.slice(2) ? 1 : 0;
    }
  // transition[p * n + k]: the weight of label k after label p.
  const transition = new Float64Array((n + 1) * n);
  for (let p = 0; p <= n; p++) {
    for (const feature of tagFeatures(previousNames[p] ?? '')) {
      const w = model.weights.get(feature);
      if (w !== undefined)
        for (let k = 0; k < n; k++)
          transition[p * n + k] = (transition[p * n + k] ?? 0) + (w[k] ?? 0);
    }
  }
  const best = new Float64Array(count * n);
  const back = new Int32Array(count * n);
  const own = new Float64Array(n);
  for (let i = 0; i < count; i++) {
    const features = statics[i] ?? [];
    own.fill(0);
    for (const feature of features) {
      const w = model.weights.get(feature);
      if (w !== undefined) for (let k = 0; k < n; k++) own[k] = (own[k] ?? 0) + (w[k] ?? 0);
    }
    for (let k = 0; k < n; k++) {
      let top = -Infinity;
      let from = 0;
      for (let p = i === 0 ? n : 0; p < (i === 0 ? n + 1 : n); p++) {
        if (allowed[p * n + k] !== 1) continue;
        const before = i === 0 ? 0 : (best[(i - 1) * n + p] ?? -Infinity);
        const score = before + (transition[p * n + k] ?? 0);
        if (score > top) {
          top = score;
          from = p;
        }
      }
      best[i * n + k] = top + (own[k] ?? 0);
      back[i * n + k] = from;
    }
  }
  let k = 0;
  for (let j = 1; j < n; j++)
    if ((best[(count - 1) * n + j] ?? -Infinity) > (best[(count - 1) * n + k] ?? -Infinity)) k = j;
  const tags = new Array<string>(count);
  for (let i = count - 1; i >= 0; i--) {
    tags[i] = labels[k] ?? 'O';
    k = back[i * n + k] ?? 0;
  }
  return tags;
}

/** Reads the entity spans out of BIO tags. */
export function spansFromTags(
  text: string,
  tokens: readonly NerToken[],
  tags: readonly string[],
): NerSpan[] {
  const spans: NerSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tag = tags[i] ?? 'O';
    if (!tag.startsWith('B-')) continue;
    const type = tag.slice(2) as NerType;
    let j = i;
    while (tags[j + 1] === `I-${type}`) j++;
    const start = tokens[i]?.start ?? 0;
    const end = tokens[j]?.end ?? start;
    spans.push({ start, end, text: text.slice(start, end), type });
    i = j;
  }
  return spans;
}

/** Finds the people, organisations and places in a text with the shipped GUM-trained tagger. */
export function tagEntities(text: string, model: NerModel = shippedNerModel()): NerSpan[] {
  const tokens = tokenizeText(text);
  return spansFromTags(text, tokens, predictTags(tokens, model));
}
