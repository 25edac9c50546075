// Reads the public transliteration pair files in ../shared/data/pairs/translit and splits them into
// a training half (mined into src/names/data) and a held-out half (evaluated). The half of a row is
// a stable hash of its text, so a row is on the same side in every script that reads it, whatever
// the sampling stride (the earlier even/odd-line split let a stride of 64 pick training rows only).
import { readFileSync } from 'node:fs';

/** One name pair: the source-script spelling, its English spelling and how often Wikidata has it. */
export interface TranslitPair {
  readonly source: string;
  readonly english: string;
  readonly frequency: number;
}

/** Location of the shared transliteration pair folder, relative to this repository. */
export const TRANSLIT_DIR = new URL('../../../shared/data/pairs/translit/', import.meta.url);

/** The side of a row: 0 = training (mined), 1 = held out (evaluated), by a 32-bit FNV-1a hash. */
export function translitHalf(line: string): 0 | 1 {
  let hash = 0x811c9dc5;
  for (let i = 0; i < line.length; i++) {
    hash ^= line.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) % 2) as 0 | 1;
}

/** The non-empty rows of one pair file on one side of the split, trailing `\r` removed. */
export function readTranslitLines(file: string, half: 0 | 1): string[] {
  return readFileSync(new URL(file, TRANSLIT_DIR), 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.includes('\t') && translitHalf(line) === half);
}

/** Pairs of one file, `half` 0 = training, 1 = held-out (see translitHalf). */
export function readTranslitPairs(file: string, half: 0 | 1): TranslitPair[] {
  const pairs: TranslitPair[] = [];
  for (const line of readTranslitLines(file, half)) {
    const cols = line.split('\t');
    if (file === 'google_ar2en.tsv') {
      pairs.push({ source: cols[0] ?? '', english: cols[1] ?? '', frequency: 1 });
    } else if (cols.length === 2) {
      // Full-name files (wd_hebrew.tsv, wd_korean.tsv): English<TAB>target, no frequency.
      pairs.push({ source: cols[1] ?? '', english: cols[0] ?? '', frequency: 1 });
    } else {
      pairs.push({
        source: (cols[1] ?? '').replace(/ /g, ''),
        english: cols[0] ?? '',
        frequency: Number(cols[2] ?? '1') || 1,
      });
    }
  }
  return pairs.filter((pair) => pair.source !== '' && pair.english !== '');
}
