// Measures romanize() on held-out public name pairs (the held-out side of the hash split in
// translit-pairs.ts; the training side was mined into src/names/data): exact@any and close@any
// (normalised Levenshtein >= 0.8).
// Run: npx tsx scripts/eval/translit.ts
import { readFileSync } from 'node:fs';
import { romanize } from '../../src/names/romanize.ts';
import { foldLatin } from '../../src/names/translit/fold-latin.ts';
import { readTranslitPairs, TRANSLIT_DIR } from './translit-pairs.ts';

const SAMPLE = 3000;
const CLOSE = 0.8;

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(
        Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)),
      );
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** Normalised Levenshtein similarity in 0–1. */
function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

// Spaces, hyphens and apostrophes are not compared, and a leading Arabic article is optional,
// because the matching engine treats al-/el- as a particle.
function comparable(text: string): string[] {
  const bare = foldLatin(text).replace(/[\s'-]/g, '');
  const noArticle = foldLatin(text)
    .replace(/^(al|el|ul|a[dnrstz]|ash)-/, '')
    .replace(/[\s'-]/g, '');
  return noArticle === bare ? [bare] : [bare, noArticle];
}

interface Score {
  exact: number;
  close: number;
  total: number;
}

function score(pairs: readonly { source: string; english: string }[], target?: string): Score {
  const result: Score = { exact: 0, close: 0, total: 0 };
  for (const pair of pairs) {
    const english = comparable(target ?? pair.english)[0]!;
    const forms = romanize(pair.source).flatMap(comparable);
    result.total++;
    if (forms.includes(english)) result.exact++;
    if (forms.some((form) => similarity(form, english) >= CLOSE)) result.close++;
  }
  return result;
}

function sample<T>(items: readonly T[]): T[] {
  if (items.length <= SAMPLE) return [...items];
  const step = items.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, i) => items[Math.floor(i * step)]!);
}

function print(label: string, s: Score): void {
  const pct = (n: number): string => (n / s.total).toFixed(3);
  console.log(
    `${label.padEnd(34)} n=${String(s.total).padStart(5)}  exact@any ${pct(s.exact)}  close@any ${pct(s.close)}`,
  );
}

const files = [
  'wd_arabic_20.tsv',
  'google_ar2en.tsv',
  'wd_russian_20.tsv',
  'wd_hebrew_20.tsv',
  'wd_korean_20.tsv',
  'wd_chinese_20.tsv',
  'wd_katakana_20.tsv',
];
const started = Date.now();
for (const file of files)
  print(`${file} (held-out side)`, score(sample(readTranslitPairs(file, 1))));

const watchman = readFileSync(new URL('../watchman_cross_script_pairs.csv', TRANSLIT_DIR), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split(','))
  .map((cols) => ({ source: cols[0] ?? '', english: cols[1] ?? '' }));
print('watchman_cross_script_pairs.csv', score(watchman));
for (const pair of watchman)
  console.log(`  ${pair.source} → ${romanize(pair.source).join(' | ')}   [${pair.english}]`);

const putin = (
  JSON.parse(
    readFileSync(new URL('../nomenklatura_putin_name_variants.json', TRANSLIT_DIR), 'utf8'),
  ) as { names: string[] }
).names;
let close = 0;
const missed: string[] = [];
for (const name of putin) {
  const tokens = romanize(name).flatMap((form) => form.split(/[\s-]+/));
  if (tokens.some((token) => similarity(token, 'putin') >= CLOSE)) close++;
  else missed.push(`${name} → ${romanize(name)[0] ?? ''}`);
}
console.log(
  `putin variants: ${close}/${putin.length} have a token close to "putin"; missed: ${missed.join('; ')}`,
);
console.log(`(${Date.now() - started} ms)`);
