// Mines segment models and name lexicons for scripts that spell foreign names by sound (Chinese,
// Korean, Cyrillic, Hebrew) from the TRAINING side of the public Wikidata pairs (translit-pairs.ts);
// the held-out side is what scripts/eval/cross-script.ts and translit.ts sample. Each source unit
// (a Han character, a Hangul syllable, a Cyrillic or Hebrew letter) is aligned with a Latin segment
// of the English spelling by expectation-maximisation over all monotone alignments, and the best
// alignment of each pair is then counted per unit in context, as segment-model.ts reads it.
// Run: npx tsx scripts/build-data/mine-segments.ts
import { writeFileSync } from 'node:fs';
import { foldLatin } from '../../src/names/translit/fold-latin.ts';
import { MINED_SCRIPTS, type MinedScript } from '../../src/names/translit/mined-units.ts';
import { readTranslitPairs } from '../eval/translit-pairs.ts';

type Counts = Record<string, Record<string, number>>;

interface Example {
  readonly units: readonly string[];
  readonly english: string;
  readonly weight: number;
}

interface Setup {
  readonly tokenFiles: readonly string[];
  readonly nameFiles: readonly string[];
  readonly maxSegment: number;
  readonly minSegment: number;
  /** Units that may be silent (empty segment) when `minSegment` is 1. */
  readonly silent?: RegExp;
  readonly lexiconSize: number;
  /** Least total count a context needs to be kept (the files stay small). */
  readonly minContextTotal: number;
}

const SETUPS: Readonly<Record<MinedScript, Setup>> = {
  chinese: {
    tokenFiles: ['wd_chinese_20.tsv'],
    nameFiles: [],
    maxSegment: 5,
    minSegment: 1,
    lexiconSize: 3000,
    minContextTotal: 2,
  },
  korean: {
    tokenFiles: ['wd_korean_20.tsv'],
    nameFiles: ['wd_korean.tsv'],
    maxSegment: 5,
    minSegment: 1,
    lexiconSize: 8000,
    minContextTotal: 3,
  },
  cyrillic: {
    tokenFiles: ['wd_russian_20.tsv'],
    nameFiles: [],
    maxSegment: 4,
    // Only the signs and й may be silent; a silent vowel or consonant is a misalignment.
    minSegment: 1,
    silent: /^[ьъй]$/,
    lexiconSize: 3000,
    minContextTotal: 2,
  },
  hebrew: {
    tokenFiles: ['wd_hebrew_20.tsv'],
    nameFiles: ['wd_hebrew.tsv'],
    maxSegment: 4,
    minSegment: 0,
    lexiconSize: 5000,
    minContextTotal: 3,
  },
  arabic: {
    tokenFiles: ['google_ar2en.tsv', 'wd_arabic_20.tsv'],
    nameFiles: [],
    maxSegment: 4,
    minSegment: 0,
    lexiconSize: 3000,
    minContextTotal: 2,
  },
  katakana: {
    tokenFiles: ['wd_katakana_20.tsv'],
    nameFiles: [],
    maxSegment: 4,
    minSegment: 0,
    lexiconSize: 3000,
    minContextTotal: 2,
  },
};

const ITERATIONS = 6;
const FORMS_PER_NAME = 4;

/** Token pairs of one full-name row in both orders, when both sides have as many tokens. */
function nameTokens(english: string, source: string): [string, string][][] {
  const en = english.split(/[\s-]+/).filter((t) => t !== '');
  const src = source.split(/[\s\-־]+/).filter((t) => t !== '');
  if (en.length !== src.length || en.some((t) => t.includes('.'))) return [];
  // Korean and Japanese names put the family name first, English spellings usually last.
  const reversed = [...src].reverse();
  return [en.map((t, i) => [t, src[i]!]), en.map((t, i) => [t, reversed[i]!])];
}

function example(
  script: MinedScript,
  source: string,
  english: string,
  frequency: number,
): Example | undefined {
  const units = MINED_SCRIPTS[script].units(source);
  const e = foldLatin(english).replace(/[^a-z]/g, '');
  if (units.length === 0 || e === '') return undefined;
  return { units, english: e, weight: 1 + Math.log2(frequency) };
}

/** Token examples, and full-name rows as alternative token pairings (straight, reversed). */
function examples(script: MinedScript, setup: Setup): [Example[], Example[][][]] {
  const tokens: Example[] = [];
  for (const file of setup.tokenFiles)
    for (const pair of readTranslitPairs(file, 0)) {
      const ex = example(script, pair.source, pair.english, pair.frequency);
      if (ex !== undefined) tokens.push(ex);
    }
  const rows: Example[][][] = [];
  for (const file of setup.nameFiles)
    for (const pair of readTranslitPairs(file, 0)) {
      const options = nameTokens(pair.english, pair.source).map((pairing) =>
        pairing.map(([english, source]) => example(script, source, english, 1)),
      );
      const complete = options.filter((o): o is Example[] => o.every((ex) => ex !== undefined));
      if (complete.length > 0) rows.push(complete);
    }
  return [tokens, rows];
}

/** The shortest segment a unit may align with: 0 for the units that may be silent. */
function least(setup: Setup, unit: string): number {
  return setup.silent?.test(unit) === true ? 0 : setup.minSegment;
}

/** p(segment | unit) table. */
type Table = Map<string, Map<string, number>>;

function prob(table: Table | undefined, unit: string, segment: string): number {
  if (table === undefined) return 1;
  return table.get(unit)?.get(segment) ?? 1e-9;
}

/** Forward-backward over all alignments of one example, adding expected counts to `counts`. */
function expect(ex: Example, setup: Setup, table: Table | undefined, counts: Counts): boolean {
  const n = ex.units.length;
  const m = ex.english.length;
  const alpha = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const beta = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  alpha[0]![0] = 1;
  const segs = (j: number, k: number): string => ex.english.slice(j, k);
  for (let i = 1; i <= n; i++)
    for (let k = 0; k <= m; k++)
      for (let l = least(setup, ex.units[i - 1]!); l <= setup.maxSegment && l <= k; l++) {
        const a = alpha[i - 1]![k - l]!;
        if (a > 0) alpha[i]![k]! += a * prob(table, ex.units[i - 1]!, segs(k - l, k));
      }
  const z = alpha[n]![m]!;
  if (!(z > 1e-200)) return false;
  beta[n]![m] = 1;
  for (let i = n; i >= 1; i--)
    for (let k = m; k >= 0; k--) {
      const b = beta[i]![k]!;
      if (b === 0) continue;
      for (let l = least(setup, ex.units[i - 1]!); l <= setup.maxSegment && l <= k; l++) {
        const unit = ex.units[i - 1]!;
        const segment = segs(k - l, k);
        const p = prob(table, unit, segment);
        const a = alpha[i - 1]![k - l]!;
        beta[i - 1]![k - l]! += p * b;
        if (a > 0) add(counts, unit, segment, (ex.weight * a * p * b) / z);
      }
    }
  return true;
}

/** Log-probability per unit below which an alignment is taken for a mismatched pair. */
const MIN_UNIT_LOG_P = Math.log(0.02);

/** The most likely segmentation of one example under `table` and its log-probability per unit. */
function viterbi(ex: Example, setup: Setup, table: Table): [string[], number] {
  const n = ex.units.length;
  const m = ex.english.length;
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(-Infinity));
  const back = Array.from({ length: n + 1 }, () => new Int8Array(m + 1));
  best[0]![0] = 0;
  for (let i = 1; i <= n; i++)
    for (let k = 0; k <= m; k++)
      for (let l = least(setup, ex.units[i - 1]!); l <= setup.maxSegment && l <= k; l++) {
        const score =
          best[i - 1]![k - l]! +
          Math.log(prob(table, ex.units[i - 1]!, ex.english.slice(k - l, k)));
        if (score > best[i]![k]!) {
          best[i]![k] = score;
          back[i]![k] = l;
        }
      }
  const segments: string[] = [];
  if (best[n]![m]! === -Infinity) return [segments, -Infinity];
  for (let i = n, k = m; i > 0; i--) {
    const l = back[i]![k]!;
    segments.unshift(ex.english.slice(k - l, k));
    k -= l;
  }
  return [segments, best[n]![m]! / n];
}

function add(counts: Counts, key: string, segment: string, weight: number): void {
  const bucket = (counts[key] ??= {});
  bucket[segment] = (bucket[segment] ?? 0) + weight;
}

function normalise(counts: Counts): Table {
  const table: Table = new Map();
  for (const [unit, segments] of Object.entries(counts)) {
    const sum = Object.values(segments).reduce((a, b) => a + b, 0);
    table.set(unit, new Map(Object.entries(segments).map(([s, c]) => [s, c / sum])));
  }
  return table;
}

function prune(counts: Counts, minTotal: number, keep: number): Counts {
  const out: Counts = {};
  for (const key of Object.keys(counts).sort()) {
    const entries = Object.entries(counts[key]!);
    const sum = entries.reduce((acc, [, n]) => acc + n, 0);
    if (sum < minTotal) continue;
    out[key] = Object.fromEntries(
      entries
        .sort((a, b) => b[1] - a[1])
        .slice(0, keep)
        .filter(([, n], rank) => rank === 0 || n >= 0.5)
        .map(([segment, n]) => [segment, Math.round(n * 10) / 10]),
    );
  }
  return out;
}

function lexiconOf(all: readonly Example[], size: number): Record<string, string[]> {
  const names: Counts = {};
  for (const ex of all) add(names, ex.units.join(''), ex.english, ex.weight);
  const ranked = Object.entries(names)
    .map(([word, forms]) => [word, forms, Object.values(forms).reduce((a, b) => a + b, 0)] as const)
    .filter(([word, , n]) => n >= 2 || Array.from(word).length <= 2)
    .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1))
    .slice(0, size);
  const lexicon: Record<string, string[]> = {};
  for (const [word, forms] of ranked.sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    lexicon[word] = Object.entries(forms)
      .sort((a, b) => b[1] - a[1])
      .slice(0, FORMS_PER_NAME)
      .map(([form]) => form);
  return lexicon;
}

function train(all: readonly Example[], setup: Setup, start: Table | undefined, rounds: number) {
  let table = start;
  for (let it = 0; it < rounds; it++) {
    const counts: Counts = {};
    for (const ex of all) expect(ex, setup, table, counts);
    table = normalise(counts);
  }
  return table!;
}

function mineScript(script: MinedScript): void {
  const setup = SETUPS[script];
  const [tokens, rows] = examples(script, setup);
  // First from the token pairs and the straight pairing of full names, then each full name in the
  // order that aligns better, without the tokens that do not align at all (George W. → ווקר).
  let table = train([...tokens, ...rows.map((r) => r[0]!).flat()], setup, undefined, ITERATIONS);
  const fits = (ex: Example): boolean => viterbi(ex, setup, table)[1] >= MIN_UNIT_LOG_P;
  const pick = (options: Example[][]): Example[] => {
    const score = (o: Example[]) => o.reduce((acc, ex) => acc + viterbi(ex, setup, table)[1], 0);
    return options.reduce((a, b) => (score(b) > score(a) ? b : a));
  };
  const all = [...tokens, ...rows.map(pick).flat()].filter(fits);
  table = train(all, setup, table, 3);
  const contexts: Counts = {};
  let aligned = 0;
  const kept: Example[] = [];
  for (const ex of all) {
    const [segments, score] = viterbi(ex, setup, table);
    if (score < MIN_UNIT_LOG_P) continue;
    aligned++;
    kept.push(ex);
    ex.units.forEach((unit, i) => {
      const prev = ex.units[i - 1] ?? '^';
      const next = ex.units[i + 1] ?? '$';
      const segment = segments[i]!;
      add(contexts, `${prev}|${unit}|${next}`, segment, ex.weight);
      add(contexts, `|${unit}|${next}`, segment, ex.weight);
      add(contexts, `${prev}|${unit}|`, segment, ex.weight);
      add(contexts, `|${unit}|`, segment, ex.weight);
    });
  }
  const files = [...setup.tokenFiles, ...setup.nameFiles].join(', ');
  const data = {
    about: `Mined by scripts/build-data/mine-segments.ts from the training side of ${files}; see SOURCES.md.`,
    minContextCount: 2,
    lexicon: lexiconOf(kept, setup.lexiconSize),
    contexts: prune(contexts, setup.minContextTotal, 5),
  };
  const name = `translit-${script}-mined.json`;
  writeFileSync(
    new URL(`../../src/names/data/${name}`, import.meta.url),
    JSON.stringify(data).replace(/\],"/g, '],\n"').replace(/\},"/g, '},\n"') + '\n',
  );
  console.log(
    `${name}: ${all.length} examples, ${aligned} aligned, ${Object.keys(data.lexicon).length} lexicon names, ${Object.keys(data.contexts).length} contexts`,
  );
}

const only = process.argv[2] as MinedScript | undefined;
for (const script of Object.keys(SETUPS) as MinedScript[])
  if (only === undefined || only === script) mineScript(script);
