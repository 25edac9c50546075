// Mines how Chinese names written in Hangul by their Sino-Korean reading (이홍장 Li Hongzhang,
// 주세걸 Zhu Shijie, 공손홍 Gongsun Hong: the Korean press writes people of imperial China so) are
// spelled in pinyin, from the TRAINING side of wd_korean.tsv (translit-pairs.ts). A row counts when
// its English splits into pinyin syllables, one per Hangul syllable, each pair possible for some Han
// character (its Sino-Korean reading in hanja-readings.json, its Mandarin one from pinyin-pro): that
// keeps out names written by their Mandarin sound (시진핑 Xi Jinping) and foreign names.
// Run: npx tsx scripts/build-data/mine-hangul-hanja-pinyin.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import hanja from '../../src/names/data/hanja-readings.json' with { type: 'json' };
import wadeGiles from '../../src/names/data/wade-giles-pinyin.json' with { type: 'json' };
import { spellHangulRun } from '../../src/names/translit/korean.ts';
import { readTranslitPairs } from '../eval/translit-pairs.ts';

const { pinyin } = createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro');

// A spelling must be seen this often to be kept; rarer ones are noise or one person's choice.
const MIN_COUNT = 2;
const SPELLINGS_PER_SYLLABLE = 3;

const SYLLABLES = new Set(Object.values(wadeGiles.syllables).flat());
const LONGEST_SYLLABLE = 6;

function add(table: Map<string, Map<string, number>>, key: string, spelling: string): void {
  const bucket = table.get(key) ?? new Map<string, number>();
  bucket.set(spelling, (bucket.get(spelling) ?? 0) + 1);
  table.set(key, bucket);
}

// Hangul syllable → the pinyin of every Han character read so in Korean, and how many characters
// read so have each (the first reading of each character only, for the count).
const possible = new Map<string, Set<string>>();
const characterCounts = new Map<string, Map<string, number>>();
for (const [key, characters] of Object.entries(hanja.readings)) {
  const hangul = key.replace(/2$/, '');
  const set = possible.get(hangul) ?? new Set<string>();
  for (const ch of characters) {
    const readings = pinyin(ch, { toneType: 'none', type: 'array', multiple: true }).map((r) =>
      r.replace(/ü/g, 'v'),
    );
    for (const reading of readings) set.add(reading);
    if (readings[0] !== undefined && !key.endsWith('2')) add(characterCounts, hangul, readings[0]);
  }
  possible.set(hangul, set);
}

/** The ways to split a lower-case word into pinyin syllables that fit `hangul`, one for each. */
function splits(word: string, hangul: readonly string[]): string[][] {
  if (word === '') return hangul.length === 0 ? [[]] : [];
  if (hangul.length === 0) return [];
  const out: string[][] = [];
  for (let end = 1; end <= Math.min(LONGEST_SYLLABLE, word.length); end++) {
    const head = word.slice(0, end);
    const fits = (py: string) => SYLLABLES.has(py) && possible.get(hangul[0]!)?.has(py) === true;
    // English writes ü as u (吕布 Lü Bu, Lu Bu).
    const candidates = [head, head.replace(/u/g, 'v')].filter(fits);
    for (const py of new Set(candidates))
      for (const rest of splits(word.slice(end), hangul.slice(1))) out.push([py, ...rest]);
  }
  return out;
}

const surnames = new Map<string, Map<string, number>>();
const given = new Map<string, Map<string, number>>();
let used = 0;
for (const { source, english } of readTranslitPairs('wd_korean.tsv', 0)) {
  const hangul = Array.from(source.replace(/ /g, ''));
  if (hangul.length < 2 || hangul.length > 4 || !hangul.every((s) => /[가-힣]/u.test(s))) continue;
  const words = english
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s-]+/);
  if (words.length < 2 || !words.every((w) => /^[a-z]+$/.test(w))) continue;
  // The first English word is the surname (one or two syllables: 제갈 Zhuge); the rest the given name.
  for (const surnameLength of [1, 2]) {
    const surname = splits(words[0]!, hangul.slice(0, surnameLength));
    const rest = splits(words.slice(1).join(''), hangul.slice(surnameLength));
    if (surname.length !== 1 || rest.length !== 1) continue;
    // A two-syllable surname is two pinyin syllables (Zhuge), not one read apart (Mao as ma-o).
    if (surnameLength === 2 && SYLLABLES.has(words[0]!)) continue;
    // A Korean name whose romanisation is pinyin too (한상민 Han Sang-min) says nothing.
    const pinyinSyllables = [...surname[0]!, ...rest[0]!];
    if (hangul.every((syllable, i) => spellHangulRun(syllable).includes(pinyinSyllables[i]!)))
      break;
    used++;
    add(surnames, hangul.slice(0, surnameLength).join(''), surname[0]!.join(''));
    rest[0]!.forEach((py, i) => {
      add(given, hangul[surnameLength + i]!, py);
    });
    break;
  }
}

function ranked(
  table: Map<string, Map<string, number>>,
  minCount: number,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of [...table.keys()].sort()) {
    const spellings = [...table.get(key)!]
      .filter(([, n]) => n >= minCount)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, SPELLINGS_PER_SYLLABLE)
      .map(([spelling]) => spelling);
    if (spellings.length > 0) out[key] = spellings;
  }
  return out;
}

const data = {
  about:
    'Pinyin of Hangul syllables in Chinese names written by their Sino-Korean reading (surnames, one or two syllables; given-name syllables), most frequent first, and the pinyin most Han characters of each Sino-Korean reading have (Unihan kHangul, pinyin-pro), mined by scripts/build-data/mine-hangul-hanja-pinyin.ts from the training side of wd_korean.tsv; see SOURCES.md.',
  surnames: ranked(surnames, MIN_COUNT),
  given: ranked(given, MIN_COUNT),
  // A given-name syllable never seen in a mined name is read as most of its characters are (걸
  // 傑 杰 桀 jie): the one reading, below the mined ones.
  characters: Object.fromEntries(
    Object.entries(ranked(characterCounts, 1)).map(([hangul, readings]) => [
      hangul,
      readings.slice(0, 1),
    ]),
  ),
};
writeFileSync(
  new URL('../../src/names/data/hangul-hanja-pinyin.json', import.meta.url),
  JSON.stringify(data).replace(/\],"/g, '],\n"') + '\n',
);
console.log(
  `hangul-hanja-pinyin.json: ${used} names, ${Object.keys(data.surnames).length} surnames, ${Object.keys(data.given).length} given syllables`,
);
