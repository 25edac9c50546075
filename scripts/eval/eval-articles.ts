// Article analysis figures, each printed next to its target (docs/decisions/003-article-analysis.md
// records the latest run). Usage: npm run eval:articles [-- --quick] [-- --test]
// --quick uses fewer pages and articles; --test also reports the PolNeAR test split (once, at the end);
// --verbose lists every real-news miss.
import { buildScreeningIndex } from '../../src/screening/index.ts';
import { readFileSync } from 'node:fs';
import type { Gazetteer } from '../../src/analysis/index.ts';
import { buildGazetteer, extractArticle, findMentions } from '../../src/analysis/index.ts';
import { evaluateAttribution, type AttributionFigures } from './articles-attribution.ts';
import { scoreEntities } from './articles-entities.ts';
import { evaluateExample } from './articles-example.ts';
import { evaluateExtraction } from './articles-extraction.ts';
import { evaluateReal } from './articles-real.ts';
import {
  evaluateSpeakers,
  FRENCH_FOLDER,
  OTHER_LANGUAGES_FOLDER,
  SHAPES_FOLDER,
} from './articles-speakers.ts';
import { loadLists, sharedDataPresent } from './load-lists.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const fmt = (x: number): string => x.toFixed(3);
const line = (label: string, value: string, target: string, ok: boolean | null): void => {
  console.log(
    `  ${label.padEnd(44)} ${value.padEnd(26)} target ${target.padEnd(10)} ${ok === null ? '' : ok ? 'ok' : 'SHORT'}`,
  );
};

if (!sharedDataPresent()) {
  console.log(
    'eval:articles: ../shared/data is not present beside the repository; nothing to measure.',
  );
  process.exit(0);
}
const started = performance.now();
console.log('Sift article analysis evaluation');

console.log('\nExtraction — ScrapingHub article-extraction benchmark (token 4-shingles)');
const extraction = evaluateExtraction(quick ? 40 : Infinity);
line(
  `F1 (from mean P/R, ${extraction.pages} pages)`,
  `${fmt(extraction.f1)} (P ${fmt(extraction.precision)} R ${fmt(extraction.recall)})`,
  '≥ 0.94',
  extraction.f1 >= 0.94,
);
line('mean per-page F1', fmt(extraction.meanPageF1), '', null);

const { entities, notes, counts } = await loadLists();
for (const note of notes) console.log(`  note: ${note}`);
const index = buildScreeningIndex(entities);
const gazetteer = buildGazetteer(entities);

// The headline is the strict reading (names nested in longer names required); the other two
// scorings are printed beside it so a change of definition can never hide in one number.
// Targets are issue 14's: GUM F1 ≥ 0.75 per type, PolNeAR dev sentence F1 ≥ 0.82 (cue-only reading).
console.log('\nEntities — GUM test split, named mentions by syntactic head, Reddit excluded');
const ner = scoreEntities('test', gazetteer);
for (const type of ['person', 'organization', 'place'] as const) {
  const f = ner['head-strict'][type];
  line(
    `${type} F1 (${f.gold} gold)`,
    `${fmt(f.f1)} (P ${fmt(f.precision)} R ${fmt(f.recall)})`,
    '≥ 0.75',
    f.f1 >= 0.75,
  );
}
for (const [scoring, label] of [
  ['head-strict-s10', 'before s11 (coordinations counted twice)'],
  ['head', 'nested names optional'],
  ['head-named', 'titles alone and group plurals optional'],
  ['last-token', 'last word as head (session 1)'],
] as const) {
  const f = ner[scoring];
  line(
    `  ${label}: person / org / place F1`,
    `${fmt(f.person.f1)} / ${fmt(f.organization.f1)} / ${fmt(f.place.f1)}`,
    '',
    null,
  );
}

// Two readings of one annotation, both printed. Issue 14's "PolNeAR dev attribution F1" (0.777 when
// the issue was written, target ≥ 0.82) is the cue-only reading: a sentence is gold when it overlaps
// a PolNeAR cue span, predicted when Sift gives it any kind but `unattributed`. It stays the figure
// held against the target. The sentence reading (a sentence inside a gold content span is gold
// too) follows PolNeAR's guidelines on a quote's later sentences ("Content continuations should be
// included in the attribution", docs/decisions/016-polnear-cue-only-reading.md): the cue-only
// reading counts them false by construction, so both are printed, but the issue's figure is not
// redefined to meet its target. dev is the tune split; test is the held-out split (--test).
const attributionLines = (label: string, figures: AttributionFigures): void => {
  const e = figures.cueOnlyErrors;
  line(
    `${label}: sentence holds a gold cue F1 (issue #14)`,
    `${fmt(figures.sentenceCueOnly.f1)} (P ${fmt(figures.sentenceCueOnly.precision)} R ${fmt(figures.sentenceCueOnly.recall)})`,
    '≥ 0.82',
    figures.sentenceCueOnly.f1 >= 0.82,
  );
  line(
    '  its errors: missed / false inside a content span / false elsewhere',
    `${e.missed} / ${e.falseInContent} / ${e.falseElsewhere}`,
    '',
    null,
  );
  const a = figures.alignment;
  line(
    '  alignment: sentences off / cues in no sentence / across two',
    `${a.spansOff} / ${a.cuesUncovered} / ${a.cuesAcross}`,
    '0 / 0 / 0',
    a.spansOff + a.cuesUncovered + a.cuesAcross === 0,
  );
  const h = figures.sentenceErrors;
  line(
    `${label}: sentence in an attribution (guidelines' reading) F1`,
    `${fmt(figures.sentence.f1)} (P ${fmt(figures.sentence.precision)} R ${fmt(figures.sentence.recall)})`,
    '',
    null,
  );
  line(
    '  its errors: missed cue / missed continuation / false',
    `${h.missedCue} / ${h.missedContinuation} / ${h.falseSentence}`,
    '',
    null,
  );
  line(
    `${label}: source span overlap F1`,
    `${fmt(figures.source.f1)} (P ${fmt(figures.source.precision)} R ${fmt(figures.source.recall)})`,
    '',
    null,
  );
};
console.log(
  `\nAttribution — PolNeAR sentences (${quick ? 'first 30 dev files' : 'dev, the tune split'})`,
);
attributionLines('dev', evaluateAttribution('dev', quick ? 30 : Infinity));
if (args.includes('--test')) attributionLines('test (report once)', evaluateAttribution('test'));

console.log(
  `\nExample article — lists ${Object.entries(counts)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ')}`,
);
const example = await evaluateExample(index, quick ? 5 : 15);
const c = example.comparison;
line(
  'required references flagged',
  `${c.refsFound.length}/${c.refsFound.length + c.refsMissing.length}`,
  'all',
  c.refsMissing.length === 0,
);
if (c.refsMissing.length > 0) console.log(`    missing: ${c.refsMissing.join(', ')}`);
line(
  'unlisted people with a match',
  String(c.falsePersonMatches.length),
  '0',
  c.falsePersonMatches.length === 0,
);
line(
  'speakers right',
  `${c.speakersRight}/${c.speakersTotal}`,
  'all',
  c.speakersRight === c.speakersTotal,
);
line('sentence kinds right', `${c.kindsRight}/${c.statements}`, '', null);
for (const problem of [...c.entityProblems, ...c.statementProblems]) console.log(`    ${problem}`);

// Real published news (test/gold/articles): the test half, screened against all four lists.
const real = await evaluateReal(index, gazetteer, 'test');
console.log(`\nReal news — test half of test/gold/articles (${real.articles} articles)`);
const pct = (a: number, b: number): string =>
  `${a}/${b} (${b === 0 ? '–' : ((100 * a) / b).toFixed(0)} %)`;
line(
  'listed people and groups flagged',
  pct(real.listedFlagged, real.listed),
  '≥ 97 %',
  real.listedFlagged >= 0.97 * real.listed,
);
line(
  'unlisted people or groups shown as a match',
  String(real.falseMatches.length),
  '0',
  real.falseMatches.length === 0,
);
line(
  'match hits on a different listed entity',
  String(real.wrongListings.length),
  '0',
  real.wrongListings.length === 0,
);
line(
  'statements with the right speaker',
  pct(real.speakersRight, real.speakers),
  '≥ 0.85',
  real.speakersRight >= 0.85 * real.speakers,
);
line(
  'cabinet press lists: listed people flagged',
  pct(real.cabinetFlagged, real.cabinetListed),
  '≥ 0.90',
  real.cabinetFlagged >= 0.9 * real.cabinetListed,
);
for (const problem of [...real.falseMatches, ...real.wrongListings]) console.log(`    ${problem}`);
if (args.includes('--verbose')) for (const problem of real.problems) console.log(`    ${problem}`);

// The speaker sets (test/gold/speakers, and test/gold/speakers-de-es in German and Spanish): other
// outlets and shapes of attribution, speakers only, the full name the article gives required. Their
// tune halves are printed by npm run eval:speakers.
for (const [title, folder] of [
  ['Speaker set — test half of test/gold/speakers', undefined],
  [
    'Speaker set in German and Spanish — test half of test/gold/speakers-de-es',
    OTHER_LANGUAGES_FOLDER,
  ],
  ['Speaker set in French — test half of test/gold/speakers-fr', FRENCH_FOLDER],
  [
    'Speaker shapes (transcripts, role phrases) — test half of test/gold/speakers-shapes',
    SHAPES_FOLDER,
  ],
] as const) {
  const speakers = evaluateSpeakers(gazetteer, 'test', undefined, folder);
  console.log(`\n${title} (${speakers.articles} articles)`);
  line(
    'statements with the right full-name speaker',
    pct(speakers.right, speakers.statements),
    '≥ 0.85',
    speakers.right >= 0.85 * speakers.statements,
  );
  if (speakers.people > 0) {
    line(
      'named people found under their full name',
      pct(speakers.peopleWhole, speakers.people),
      '',
      null,
    );
    // The people these texts name are on no list: none may be shown as a match.
    const screened = await evaluateReal(index, gazetteer, 'test', undefined, folder);
    line(
      'unlisted people or groups shown as a match',
      String(screened.falseMatches.length),
      '0',
      screened.falseMatches.length === 0,
    );
    for (const problem of screened.falseMatches) console.log(`    ${problem}`);
    if (screened.listed > 0)
      line(
        'listed people and groups flagged',
        pct(screened.listedFlagged, screened.listed),
        'all',
        screened.listedFlagged === screened.listed,
      );
  }
  if (args.includes('--verbose'))
    for (const problem of speakers.problems) console.log(`    ${problem}`);
}

console.log('\nSpeed — the example article, screening against all loaded lists included');
line(
  `p50 of one analysis (${(example.bytes / 1024).toFixed(1)} KB)`,
  `${example.p50Ms.toFixed(0)} ms (max ${example.maxMs.toFixed(0)} ms)`,
  '≤ 150 ms',
  example.p50Ms <= 150,
);
// The share of finding mentions (tagger, gazetteer, rules), to tell it from screening's share.
const mentionsMs = timeMentions(gazetteer);
line('of which finding mentions, p50', `${mentionsMs.toFixed(0)} ms`, '', null);
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

/** Median time of finding the mentions of the example article's text, in ms. */
function timeMentions(gazetteer: Gazetteer, runs = 15): number {
  const path = new URL(
    '../../../shared/examples/blitz-counterterrorism-article.txt',
    import.meta.url,
  );
  const { text } = extractArticle({ content: readFileSync(path, 'utf8') });
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    findMentions(text, gazetteer);
    // The first run warms the tagger up (weights loading), as the analyses above have.
    if (i > 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
