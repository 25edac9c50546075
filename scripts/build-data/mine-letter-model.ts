// Mines a letter n-gram model of how names are spelled in English (Latin letters) from the English
// side of the TRAINING rows of the public pair files (translit-pairs.ts), so that the segment
// decoder prefers readings that look like names (tefs) over letter runs (tvs). Held-out rows are
// never read. Run: npx tsx scripts/build-data/mine-letter-model.ts
import { writeFileSync } from 'node:fs';
import { foldLatin } from '../../src/names/translit/fold-latin.ts';
import { LETTER_ORDER } from '../../src/names/translit/letter-model.ts';
import { readTranslitPairs } from '../eval/translit-pairs.ts';

const FILES = [
  'google_ar2en.tsv',
  'wd_arabic_20.tsv',
  'wd_russian_20.tsv',
  'wd_chinese_20.tsv',
  'wd_hebrew_20.tsv',
  'wd_korean_20.tsv',
  'wd_katakana_20.tsv',
  'wd_hebrew.tsv',
  'wd_korean.tsv',
];
// Rarer n-grams are dropped to keep the file small; the model backs off to shorter ones.
const MIN_COUNT = 3;

const counts = new Map<string, number>();
let words = 0;
for (const file of FILES) {
  for (const pair of readTranslitPairs(file, 0)) {
    for (const token of foldLatin(pair.english).split(/[\s'-]+/)) {
      const word = token.replace(/[^a-z]/g, '');
      if (word.length < 2) continue;
      words++;
      const padded = '^'.repeat(LETTER_ORDER - 1) + word + '$';
      for (let i = LETTER_ORDER - 1; i < padded.length; i++)
        for (let n = 1; n <= LETTER_ORDER; n++) {
          const gram = padded.slice(i - n + 1, i + 1);
          counts.set(gram, (counts.get(gram) ?? 0) + 1);
        }
    }
  }
}
const kept = [...counts]
  .filter(([gram, n]) => n >= MIN_COUNT || gram.length === 1)
  .sort((a, b) => (a[0] < b[0] ? -1 : 1));
const data = {
  about: `Letter ${LETTER_ORDER}-gram counts of English name spellings, mined by scripts/build-data/mine-letter-model.ts from the training side of ${FILES.join(', ')}; see SOURCES.md.`,
  order: LETTER_ORDER,
  counts: Object.fromEntries(kept),
};
writeFileSync(
  new URL('../../src/names/data/translit-english-letters.json', import.meta.url),
  JSON.stringify(data).replace(/,"/g, ',\n"') + '\n',
);
console.log(`translit-english-letters.json: ${words} words, ${kept.length} n-grams`);
