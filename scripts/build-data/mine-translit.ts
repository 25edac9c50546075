// Mines the Arabic and Hebrew romanisation tables in src/names/data from the TRAINING side of the
// public pair files (a stable hash of each row, translit-pairs.ts); the evals read the other side.
// Run: npx tsx scripts/build-data/mine-translit.ts
import { writeFileSync } from 'node:fs';
import {
  ARABIC_LETTERS,
  LATIN_VOWELS,
  arabicUnits,
} from '../../src/names/translit/arabic-letters.ts';
import { HEBREW_LETTERS, hebrewUnits } from '../../src/names/translit/hebrew-letters.ts';
import { foldLatin } from '../../src/names/translit/fold-latin.ts';
import { readTranslitPairs, type TranslitPair } from '../eval/translit-pairs.ts';

type Letters = Readonly<Record<string, readonly string[]>>;
type Counts = Record<string, Record<string, number>>;

const LEXICON_SIZE = 2500;
const FORMS_PER_NAME = 4;
const MAX_VOWELS = 3;

/** Split `english` into one segment per unit (consonant value + following vowels), or undefined. */
function align(units: readonly string[], english: string, letters: Letters): string[] | undefined {
  const failed = new Set<string>();
  const walk = (i: number, j: number): string[] | undefined => {
    if (i === units.length) return j === english.length ? [] : undefined;
    const key = `${i}:${j}`;
    if (failed.has(key)) return undefined;
    const values = letters[units[i]!] ?? [];
    const withDoubles = [...values, ...values.filter((v) => v.length === 1).map((v) => v + v)];
    for (const value of withDoubles) {
      if (!english.startsWith(value, j)) continue;
      let end = j + value.length;
      let vowels = 0;
      while (vowels < MAX_VOWELS && end < english.length && LATIN_VOWELS.includes(english[end]!)) {
        end++;
        vowels++;
      }
      // Longest vowel run first, so that vowels attach to the letter before them consistently.
      for (let stop = end; stop >= j + value.length; stop--) {
        if (stop === j) continue;
        const rest = walk(i + 1, stop);
        if (rest !== undefined) return [english.slice(j, stop), ...rest];
      }
      if (value === '' && i < units.length) {
        const rest = walk(i + 1, j);
        if (rest !== undefined) return ['', ...rest];
      }
    }
    failed.add(key);
    return undefined;
  };
  return walk(0, 0);
}

function add(counts: Counts, key: string, segment: string, weight: number): void {
  const bucket = (counts[key] ??= {});
  bucket[segment] = (bucket[segment] ?? 0) + weight;
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
        .map(([segment, n]) => [segment, Math.round(n * 10) / 10]),
    );
  }
  return out;
}

interface MineResult {
  readonly contexts: Counts;
  readonly lexicon: Record<string, string[]>;
  readonly aligned: number;
  readonly failed: number;
}

function mine(
  pairs: readonly TranslitPair[],
  units: (word: string) => string[],
  letters: Letters,
  stripArticle: boolean,
): MineResult {
  const contexts: Counts = {};
  const names: Counts = {};
  let aligned = 0;
  let failed = 0;
  for (const pair of pairs) {
    let source = units(pair.source);
    let english = foldLatin(pair.english).replace(/[^a-z']/g, '');
    const weight = 1 + Math.log2(pair.frequency);
    if (source.length === 0 || english === '') continue;
    add(names, source.join(''), english, weight);
    // The article ال is romanised apart (al-, el-), so it is kept out of the letter statistics.
    if (stripArticle && source[0] === 'ا' && source[1] === 'ل' && source.length > 3) {
      source = source.slice(2);
      english = english.replace(/^(al|el|ul|ad|an|ar|as|ash|at|az|adh)'?(?=.{3})/, '');
    }
    const segments = align(source, english, letters);
    if (segments === undefined) {
      failed++;
      continue;
    }
    aligned++;
    source.forEach((unit, i) => {
      const prev = source[i - 1] ?? '^';
      const next = source[i + 1] ?? '$';
      const segment = segments[i]!;
      add(contexts, `${prev}|${unit}|${next}`, segment, weight);
      add(contexts, `|${unit}|${next}`, segment, weight);
      add(contexts, `${prev}|${unit}|`, segment, weight);
      add(contexts, `|${unit}|`, segment, weight);
    });
  }
  const ranked = Object.entries(names)
    .map(([word, forms]) => [word, forms, Object.values(forms).reduce((a, b) => a + b, 0)] as const)
    .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1))
    .slice(0, LEXICON_SIZE);
  const lexicon: Record<string, string[]> = {};
  for (const [word, forms] of ranked.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    lexicon[word] = Object.entries(forms)
      .sort((a, b) => b[1] - a[1])
      .slice(0, FORMS_PER_NAME)
      .map(([form]) => form);
  }
  return { contexts: prune(contexts, 2, 6), lexicon, aligned, failed };
}

function write(name: string, result: MineResult, sources: string[]): void {
  const file = new URL(`../../src/names/data/${name}`, import.meta.url);
  const data = {
    about: `Mined by scripts/build-data/mine-translit.ts from the training side (translit-pairs.ts) of ${sources.join(', ')}; see SOURCES.md.`,
    minContextCount: 3,
    lexicon: result.lexicon,
    contexts: result.contexts,
  };
  writeFileSync(
    file,
    JSON.stringify(data, null, 0).replace(/\],"/g, '],\n"').replace(/\},"/g, '},\n"') + '\n',
  );
  console.log(
    `${name}: ${result.aligned} aligned, ${result.failed} not aligned, ${Object.keys(result.lexicon).length} lexicon names, ${Object.keys(result.contexts).length} contexts`,
  );
}

const arabicPairs = [
  ...readTranslitPairs('google_ar2en.tsv', 0),
  ...readTranslitPairs('wd_arabic_20.tsv', 0),
];
write('translit-arabic.json', mine(arabicPairs, arabicUnits, ARABIC_LETTERS, true), [
  'google_ar2en.tsv',
  'wd_arabic_20.tsv',
]);
const hebrewPairs = readTranslitPairs('wd_hebrew_20.tsv', 0);
write('translit-hebrew.json', mine(hebrewPairs, hebrewUnits, HEBREW_LETTERS, false), [
  'wd_hebrew_20.tsv',
]);
