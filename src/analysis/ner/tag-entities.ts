import weights from './ner-weights.json' with { type: 'json' };
import type { Lexicon } from './ner-features.ts';
import { staticFeatures, tagFeatures } from './ner-features.ts';
import type { NerToken } from './tokenize-text.ts';
import { tokenizeText } from './tokenize-text.ts';

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

/** The weights file as written by scripts/train-ner.ts. */
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

/** The model trained on GUM that ships with Sift (loaded once). */
export function shippedNerModel(): NerModel {
  shipped ??= loadNerModel(weights);
  return shipped;
}

/**
 * Tags tokens left to right with the averaged perceptron: each label is scored from the token's
 * features and the two previous labels, and an "I-" label is only allowed after its own type.
 */
export function predictTags(tokens: readonly NerToken[], model: NerModel): string[] {
  const statics = staticFeatures(tokens, model.lexicon);
  const labels = model.labels;
  // allowed[p][k]: label k may follow label p ("I-x" only after "B-x" or "I-x"); index -1 = start.
  const allowed = ['<s>', ...labels].map((p) =>
    labels.map((l) => !l.startsWith('I-') || p.slice(2) === l.slice(2)),
  );
  const tags: string[] = [];
  const scores = new Float64Array(labels.length);
  let previous = -1;
  for (let i = 0; i < tokens.length; i++) {
    scores.fill(0);
    const own = statics[i] ?? [];
    const dynamic = tagFeatures(own, labels[previous] ?? '<s>', tags[i - 2] ?? '<s>');
    for (const features of [own, dynamic])
      for (const feature of features) {
        const w = model.weights.get(feature);
        if (w !== undefined)
          for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) + (w[k] ?? 0);
      }
    const ok = allowed[previous + 1] ?? [];
    let best = -1;
    for (let k = 0; k < scores.length; k++)
      if (ok[k] === true && (best < 0 || (scores[k] ?? 0) > (scores[best] ?? 0))) best = k;
    previous = best;
    tags.push(labels[best] ?? 'O');
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
