// Mines how the syllables of Korean given names are spelled in English (영 → young, 수 → soo, 희 →
// hee), which no romanisation system gives, from the TRAINING side of wd_korean.tsv
// (translit-pairs.ts): rows such as "Roh Moo-hyun	노무현", where a one-word Korean name of three
// syllables meets an English surname and a hyphenated two-part given name.
// Run: npx tsx scripts/build-data/mine-korean-syllables.ts
import { writeFileSync } from 'node:fs';
import { readTranslitPairs } from '../eval/translit-pairs.ts';

const SPELLINGS_PER_SYLLABLE = 3;
// A spelling must be seen this often to be kept; rarer ones are noise or one person's choice.
const MIN_COUNT = 3;

const counts = new Map<string, Map<string, number>>();
let used = 0;
for (const { source, english } of readTranslitPairs('wd_korean.tsv', 0)) {
  const syllables = Array.from(source);
  if (syllables.length !== 3 || !syllables.every((s) => /[\uac00-\ud7a3]/u.test(s))) continue;
  const words = english.toLowerCase().split(' ');
  if (words.length !== 2) continue;
  // "Roh Moo-hyun" (surname first) or "Moo-hyun Roh" (surname last).
  const given = words.find((w) => /^[a-z]+-[a-z]+$/.test(w));
  const surname = words.find((w) => /^[a-z]+$/.test(w));
  if (given === undefined || surname === undefined) continue;
  used++;
  given.split('-').forEach((spelling, i) => {
    const syllable = syllables[i + 1]!;
    const bucket = counts.get(syllable) ?? new Map<string, number>();
    bucket.set(spelling, (bucket.get(spelling) ?? 0) + 1);
    counts.set(syllable, bucket);
  });
}
const table: Record<string, string[]> = {};
for (const syllable of [...counts.keys()].sort()) {
  const spellings = [...counts.get(syllable)!]
    .filter(([, n]) => n >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, SPELLINGS_PER_SYLLABLE)
    .map(([spelling]) => spelling);
  if (spellings.length > 0) table[syllable] = spellings;
}
const data = {
  about:
    'English spellings of Korean given-name syllables, most frequent first, mined by scripts/build-data/mine-korean-syllables.ts from the training side of wd_korean.tsv; see SOURCES.md.',
  syllables: table,
};
writeFileSync(
  new URL('../../src/names/data/translit-korean-syllables.json', import.meta.url),
  JSON.stringify(data).replace(/\],"/g, '],\n"') + '\n',
);
console.log(
  `translit-korean-syllables.json: ${used} names, ${Object.keys(table).length} syllables`,
);
