// Reads the public transliteration pair files in ../shared/data/pairs/translit and splits them into
// a training half (even lines, mined into src/names/data) and a held-out half (odd lines, evaluated).
import { readFileSync } from 'node:fs';

/** One name pair: the source-script spelling, its English spelling and how often Wikidata has it. */
export interface TranslitPair {
  readonly source: string;
  readonly english: string;
  readonly frequency: number;
}

/** Location of the shared transliteration pair folder, relative to this repository. */
export const TRANSLIT_DIR = new URL('../../../shared/data/pairs/translit/', import.meta.url);

/** Pairs of one file, `half` 0 = training (even lines), 1 = held-out (odd lines). */
export function readTranslitPairs(file: string, half: 0 | 1): TranslitPair[] {
  const text = readFileSync(new URL(file, TRANSLIT_DIR), 'utf8');
  const pairs: TranslitPair[] = [];
  text.split('\n').forEach((line, index) => {
    if (index % 2 !== half || line.trim() === '') return;
    const cols = line.split('\t');
    if (file === 'google_ar2en.tsv') {
      pairs.push({ source: cols[0] ?? '', english: cols[1] ?? '', frequency: 1 });
    } else {
      pairs.push({
        source: (cols[1] ?? '').replace(/ /g, ''),
        english: cols[0] ?? '',
        frequency: Number(cols[2] ?? '1') || 1,
      });
    }
  });
  return pairs.filter((pair) => pair.source !== '' && pair.english !== '');
}
