import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TokenWeigher } from '../../src/matching/index.ts';
import { SHARED_DATA } from './load-lists.ts';
import { fmt, readPairsCsv, report } from './read-csv.ts';
import { readTranslitLines } from './translit-pairs.ts';
import { scorePair } from './score-pair.ts';

/** One cross-script set: pairs of (name in another script, expected Latin name). */
interface PairSet {
  label: string;
  pairs: [string, string][];
}

/**
 * Every `step`-th held-out row of a tab-separated translit file, as [other script, Latin]. Only the
 * held-out side of the split in translit-pairs.ts is sampled, so no sampled row was ever mined.
 */
function translitSample(file: string, size: number, tokens: boolean): [string, string][] {
  const lines = readTranslitLines(file, 1);
  // A fixed stride over the whole held-out side: deterministic, and spread over all of it rather
  // than the first (alphabetically clustered) rows.
  const step = Math.max(1, Math.floor(lines.length / size));
  const pairs: [string, string][] = [];
  for (let i = 0; i < lines.length && pairs.length < size; i += step) {
    const [latin = '', other = ''] = lines[i]!.split('\t');
    // The *_20 files hold single tokens with their characters separated by spaces.
    pairs.push([tokens ? other.replace(/ /g, '') : other, latin]);
  }
  return pairs;
}

/** The cross-script sets of section 4. */
function pairSets(sample: number): PairSet[] {
  // The file's header sits in a comment line, so the columns are named here.
  const columns = ['Query', 'Expected Match', 'Min Score', 'Description'];
  const watchman = readPairsCsv('watchman_cross_script_pairs.csv', columns).map(
    (r) => [r.Query ?? '', r['Expected Match'] ?? ''] as [string, string],
  );
  const putin = (
    JSON.parse(
      readFileSync(new URL('pairs/nomenklatura_putin_name_variants.json', SHARED_DATA), 'utf8'),
    ) as {
      names: string[];
    }
  ).names.map((n) => [n, 'Vladimir Vladimirovich PUTIN'] as [string, string]);
  return [
    { label: 'watchman cross-script pairs', pairs: watchman },
    { label: 'Putin variants', pairs: putin },
    {
      label: 'Arabic tokens (wd_arabic_20)',
      pairs: translitSample('wd_arabic_20.tsv', sample, true),
    },
    {
      label: 'Russian tokens (wd_russian_20)',
      pairs: translitSample('wd_russian_20.tsv', sample, true),
    },
    {
      label: 'Chinese tokens (wd_chinese_20)',
      pairs: translitSample('wd_chinese_20.tsv', sample, true),
    },
    {
      label: 'Japanese katakana tokens (wd_katakana_20)',
      pairs: translitSample('wd_katakana_20.tsv', sample, true),
    },
    {
      label: 'Hebrew full names (wd_hebrew)',
      pairs: translitSample('wd_hebrew.tsv', sample, false),
    },
    {
      label: 'Korean full names (wd_korean)',
      pairs: translitSample('wd_korean.tsv', sample, false),
    },
  ];
}

/**
 * The half a pair belongs to, fixed by a hash of the pair so that resampling or adding sets never
 * moves a row: rules are tuned on the tune half and the figures reported on the test half. (This
 * is independent of translit-pairs.ts's mined/held-out split: every sampled row is held out.)
 */
export function crossScriptSplit(query: string, expected: string): 'tune' | 'test' {
  const digest = createHash('sha256').update(`cross-script\t${query}\t${expected}`).digest();
  return digest[0]! % 2 === 0 ? 'tune' : 'test';
}

/** Recall of one half of each set: the share of pairs whose score reaches the threshold. */
export function runCrossScript(
  threshold: number,
  weigh: TokenWeigher,
  split: 'tune' | 'test',
  sample = 400,
): { label: string; recall: number; total: number; misses: string[] }[] {
  return pairSets(sample).map(({ label, pairs: all }) => {
    const pairs = all.filter(([query, expected]) => crossScriptSplit(query, expected) === split);
    const misses: string[] = [];
    let hits = 0;
    for (const [query, expected] of pairs) {
      // The first name is read as the engine reads a query (screen-name.ts).
      const score = scorePair(query, expected, 'Person', weigh, true);
      if (score >= threshold) hits++;
      else misses.push(`${query} → ${expected} ${score.toFixed(2)}`);
    }
    return { label, recall: hits / pairs.length, total: pairs.length, misses };
  });
}

/** Prints the cross-script section. */
export function printCrossScript(threshold: number, weigh: TokenWeigher, verbose: boolean): void {
  console.log(
    `\n4. Cross-script recall at the default threshold (no network; pairs scored directly; test half)`,
  );
  let hits = 0;
  let total = 0;
  for (const r of runCrossScript(threshold, weigh, 'test')) {
    hits += r.recall * r.total;
    total += r.total;
    report(`${r.label} (${r.total})`, fmt(r.recall), '≥ 0.95', r.recall >= 0.95);
    if (verbose) for (const miss of r.misses.slice(0, 6)) console.log(`       miss: ${miss}`);
  }
  report('all sets together, test half', fmt(hits / total), '≥ 0.90', hits / total >= 0.9);
  let tuneHits = 0;
  let tuneTotal = 0;
  for (const r of runCrossScript(threshold, weigh, 'tune')) {
    tuneHits += r.recall * r.total;
    tuneTotal += r.total;
  }
  report(
    `all sets together, tune half (${tuneTotal})`,
    fmt(tuneHits / tuneTotal),
    '(tuning half)',
    undefined,
  );
}
