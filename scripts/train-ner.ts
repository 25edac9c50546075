// Trains Sift's named-entity tagger (an averaged perceptron over BIO tags) on the GUM corpus and
// writes src/analysis/ner/ner-weights.json. Usage: npx tsx scripts/train-ner.ts [--iterations 8]
// Only the TRAIN split of the genres whose texts are CC BY or CC BY-SA is used (see
// src/analysis/ner/README.md); the dev split is scored for tuning.
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { staticFeatures, tagFeatures } from '../src/analysis/ner/ner-features.ts';
import type { NerModel, NerWeightsFile } from '../src/analysis/ner/tag-entities.ts';
import { loadNerModel, predictTags, spansFromTags } from '../src/analysis/ner/tag-entities.ts';
import type { NerToken } from '../src/analysis/ner/tokenize-text.ts';
import { tokenizeText } from '../src/analysis/ner/tokenize-text.ts';
import type { GumDocument } from './eval/articles-gum.ts';
import { gumSplit, readGumDocument } from './eval/articles-gum.ts';

/** GUM genres whose texts are CC BY or CC BY-SA (GUM LICENSE.txt); the others are NC or unlisted. */
export const LICENSED_GENRES = ['academic', 'bio', 'court', 'interview', 'news', 'voyage'];

const LABELS = [
  'O',
  'B-person',
  'I-person',
  'B-organization',
  'I-organization',
  'B-place',
  'I-place',
];
// Words that may sit inside a name between capitalised words ("Bank of England", "Osama bin Laden").
const CONNECTORS = new Set(
  'of the & for de del della da di du van von der den la le al el bin ibn bint y - on upon'.split(
    ' ',
  ),
);

interface Example {
  tokens: NerToken[];
  gold: string[];
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const iterations = option('iterations', 8);
const pruneBelow = option('prune', 0.05);
// --genres and --out are for experiments (e.g. measuring what more genres would bring); the
// shipped weights must come from LICENSED_GENRES only.
const genresAt = args.indexOf('--genres');
const genres = genresAt >= 0 ? (args[genresAt + 1] ?? '').split(',') : LICENSED_GENRES;
const outAt = args.indexOf('--out');
const OUT =
  outAt >= 0
    ? new URL(args[outAt + 1] ?? '', `file://${process.cwd()}/`)
    : new URL('../src/analysis/ner/ner-weights.json', import.meta.url);

const genreOf = (id: string): string => id.split('_')[1] ?? '';
const trainIds = gumSplit('train').filter((id) => genres.includes(genreOf(id)));
const devIds = gumSplit('dev').filter((id) => genreOf(id) !== 'reddit');
const started = performance.now();
const lexicon = buildLexicon();
const train = trainIds.map((id) => toExample(readGumDocument(id)));
console.log(
  `train: ${String(trainIds.length)} documents (${genres.join(', ')}), ` +
    `${String(train.reduce((n, e) => n + e.tokens.length, 0))} tokens; lexicon ${String(lexicon.size)} entries`,
);

// Averaged perceptron with lazy averaging: each weight keeps its running total and the step of
// its last change, so averaging costs nothing per step.
const weights = new Map<string, Float64Array>();
const totals = new Map<string, Float64Array>();
const stamps = new Map<string, Float64Array>();
let step = 0;

const update = (feature: string, label: number, delta: number): void => {
  let w = weights.get(feature);
  let total = totals.get(feature);
  let stamp = stamps.get(feature);
  if (w === undefined || total === undefined || stamp === undefined) {
    w = new Float64Array(LABELS.length);
    total = new Float64Array(LABELS.length);
    stamp = new Float64Array(LABELS.length);
    weights.set(feature, w);
    totals.set(feature, total);
    stamps.set(feature, stamp);
  }
  total[label] = (total[label] ?? 0) + (step - (stamp[label] ?? 0)) * (w[label] ?? 0);
  stamp[label] = step;
  w[label] = (w[label] ?? 0) + delta;
};

let seed = 7;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

for (let iteration = 1; iteration <= iterations; iteration++) {
  const order = [...train].sort(() => random() - 0.5);
  let errors = 0;
  let count = 0;
  for (const example of order) {
    const statics = staticFeatures(example.tokens, lexicon);
    const predicted: string[] = [];
    for (let i = 0; i < example.tokens.length; i++) {
      step++;
      const previous = predicted[i - 1] ?? '<s>';
      const features = [
        ...(statics[i] ?? []),
        ...tagFeatures(statics[i] ?? [], previous, predicted[i - 2] ?? '<s>'),
      ];
      const guess = bestLabel(features, previous);
      const truth = LABELS.indexOf(example.gold[i] ?? 'O');
      if (guess !== truth) {
        errors++;
        for (const feature of features) {
          update(feature, truth, 1);
          update(feature, guess, -1);
        }
      }
      count++;
      predicted.push(LABELS[guess] ?? 'O');
    }
  }
  console.log(`iteration ${String(iteration)}: token error ${(errors / count).toFixed(4)}`);
}

const file = averagedWeights();
writeFileSync(OUT, JSON.stringify(file));
const bytes = JSON.stringify(file).length;
console.log(
  `wrote ${String(Object.keys(file.features).length)} features, ${(bytes / 1e6).toFixed(2)} MB, ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
const dev = scoreSpans(devIds, loadNerModel(file));
for (const [type, f] of Object.entries(dev))
  console.log(
    `dev (tagger alone) ${type.padEnd(12)} P ${f.p.toFixed(3)} R ${f.r.toFixed(3)} F1 ${f.f1.toFixed(3)}`,
  );

function bestLabel(features: readonly string[], previous: string): number {
  const scores = new Float64Array(LABELS.length);
  for (const feature of features) {
    const w = weights.get(feature);
    if (w !== undefined)
      for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) + (w[k] ?? 0);
  }
  let best = -1;
  for (let k = 0; k < LABELS.length; k++) {
    const label = LABELS[k] ?? 'O';
    if (label.startsWith('I-') && previous.slice(2) !== label.slice(2)) continue;
    if (best < 0 || (scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
  }
  return best;
}

/** The averaged weights, rounded to 3 decimals, features whose weights are all tiny dropped. */
function averagedWeights(): NerWeightsFile {
  const features: Record<string, number[]> = {};
  for (const [feature, w] of weights) {
    const total = totals.get(feature) ?? new Float64Array(LABELS.length);
    const stamp = stamps.get(feature) ?? new Float64Array(LABELS.length);
    const averaged = [...w].map((value, k) => {
      const sum = (total[k] ?? 0) + (step - (stamp[k] ?? 0)) * value;
      return Math.round((sum / step) * 1000) / 1000;
    });
    if (averaged.some((v) => Math.abs(v) >= pruneBelow)) features[feature] = averaged;
  }
  return { labels: LABELS, lexicon: Object.fromEntries(lexicon), features };
}

/** BIO tags for a GUM document: each named mention's name part (see trimToName), outer names first. */
function toExample(doc: GumDocument): Example {
  const tokens = tokenizeText(doc.text);
  const gold = tokens.map(() => 'O');
  const spans = doc.mentions
    .map((m) => {
      const inside = tokens.flatMap((t, i) => (t.start >= m.start && t.end <= m.end ? [i] : []));
      const head = inside.findLast((i) => (tokens[i]?.start ?? 0) <= m.headStart) ?? inside.at(-1);
      return head === undefined
        ? null
        : { type: m.type, ...trimToName(tokens, inside[0] ?? head, head) };
    })
    .filter((s) => s !== null)
    .sort((a, b) => b.last - b.first - (a.last - a.first));
  for (const span of spans) {
    if (gold.slice(span.first, span.last + 1).some((g) => g !== 'O')) continue;
    for (let i = span.first; i <= span.last; i++)
      gold[i] = `${i === span.first ? 'B' : 'I'}-${span.type}`;
  }
  return { tokens, gold };
}

/**
 * GUM mentions are whole noun phrases ("the former president Barack Obama"); the tagger learns
 * the name inside, which the evaluation accepts: capitalised words back from the head, with
 * connectors between them.
 */
function trimToName(
  tokens: readonly NerToken[],
  first: number,
  head: number,
): { first: number; last: number } {
  let start = head;
  for (let i = head - 1; i >= first; i--) {
    const word = tokens[i]?.text ?? '';
    if (/^[\p{Lu}\p{N}]/u.test(word)) start = i;
    else if (
      !CONNECTORS.has(word.toLowerCase()) ||
      !/^[\p{Lu}\p{N}]/u.test(tokens[i - 1]?.text ?? '') ||
      i - 1 < first
    )
      break;
  }
  return { first: start, last: head };
}

/** Person, place and organisation names from compromise's lexicon (MIT), as tagger features. */
function buildLexicon(): Map<string, string> {
  const model = (
    nlp as unknown as {
      model: () => {
        one: { lexicon: Record<string, string | string[]> };
        two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
      };
    }
  ).model();
  const classes: [RegExp, string][] = [
    [/Honorific/, 'title'],
    [/FemaleName|MaleName|FirstName/, 'first'],
    [/LastName/, 'last'],
    [/Person/, 'person'],
    [/Demonym/, 'demonym'],
    [/City|Country|Region|Place/, 'place'],
    [/Organization|SportsTeam/, 'org'],
    [/Month|WeekDay/, 'date'],
    [/./, 'common'],
  ];
  const lexicon = new Map<string, string>();
  for (const [word, tags] of Object.entries(model.one.lexicon)) {
    const tag = Array.isArray(tags) ? tags.join(',') : tags;
    const kind = classes.find(([pattern]) => pattern.test(tag))?.[1];
    if (kind !== undefined) lexicon.set(word, kind);
  }
  for (const word of Object.keys(model.two.orgWords ?? {}))
    if (!lexicon.has(word)) lexicon.set(word, 'orghead');
  for (const word of Object.keys(model.two.placeWords ?? {}))
    if (!lexicon.has(word)) lexicon.set(word, 'placehead');
  return lexicon;
}

/** Tagger-alone figures with the evaluation's definition (type, covers the head, inside the phrase). */
function scoreSpans(
  ids: readonly string[],
  trained: NerModel,
): Record<string, { p: number; r: number; f1: number }> {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const type of ['person', 'organization', 'place']) counts[type] = { tp: 0, fp: 0, fn: 0 };
  for (const id of ids) {
    const doc = readGumDocument(id);
    const tokens = tokenizeText(doc.text);
    const predicted = spansFromTags(doc.text, tokens, predictTags(tokens, trained));
    const used = new Set<number>();
    for (const gold of doc.mentions) {
      const hit = predicted.findIndex(
        (p, i) =>
          !used.has(i) &&
          p.type === gold.type &&
          p.start <= gold.headStart &&
          p.end >= gold.headEnd &&
          p.start >= gold.start &&
          p.end <= gold.end,
      );
      const c = counts[gold.type];
      if (c === undefined) continue;
      if (hit >= 0) {
        used.add(hit);
        c.tp++;
      } else c.fn++;
    }
    predicted.forEach((p, i) => {
      const c = counts[p.type];
      if (!used.has(i) && c !== undefined) c.fp++;
    });
  }
  return Object.fromEntries(
    Object.entries(counts).map(([type, { tp, fp, fn }]) => {
      const p = tp / Math.max(1, tp + fp);
      const r = tp / Math.max(1, tp + fn);
      return [type, { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }];
    }),
  );
}
