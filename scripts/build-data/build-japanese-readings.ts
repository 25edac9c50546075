// Builds src/names/data/japanese-readings.json: Hepburn readings of Japanese surnames, given names
// and the names of organisations that end in 組, 会 or 會 (山口組 yamaguchigumi), from IPADIC as
// Debian's mecab-ipadic package installs it (Noun.name.csv, Noun.org.csv; EUC-JP, the reading in
// katakana in the 12th column, the word's cost in the 4th: lower is commoner), and the Japanese
// readings of each kanji (kJapaneseKun, kJapaneseOn) from Unihan as Debian's unicode-data package
// installs it, for the characters a name table does not know.
// Run: apt-get install mecab-ipadic unicode-data && npx tsx scripts/build-data/build-japanese-readings.ts
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { hepburn } from '../../src/names/translit/japanese.ts';

const IPADIC = '/usr/share/mecab/dic/ipadic';
const UNIHAN = '/usr/share/unicode';
// Three readings: 田上 is Taue, Tanoue or Tagami, and IPADIC ranks Tanoue (OFAC's TANOUE, Fumio) second.
const READINGS_PER_NAME = 3;
// A name-final reading is kept when this many given names show it (夫 -o in 文夫, 和夫, 紀夫 …).
const MIN_ENDING_NAMES = 5;
const ENDINGS_PER_CHARACTER = 2;
const ORGANISATION_ENDING = /(?:組|会|會)$/u;
const KANJI_ONLY = /^\p{Script=Han}+$/u;

/** Rows of one IPADIC file: [surface, cost, part-of-speech fields…, reading]. */
function ipadicRows(file: string): string[][] {
  const text = execFileSync('iconv', ['-f', 'EUC-JP', '-t', 'UTF-8', `${IPADIC}/${file}`], {
    maxBuffer: 1 << 28,
  }).toString();
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}

/** Word → readings, commonest (lowest cost) first. */
function collect(
  rows: readonly string[][],
  keep: (row: string[]) => boolean,
): Record<string, string> {
  const ranked = new Map<string, { reading: string; cost: number }[]>();
  for (const row of rows) {
    const surface = row[0]!;
    if (!KANJI_ONLY.test(surface) || !keep(row)) continue;
    const reading = hepburn(row[11] ?? '');
    if (reading === '') continue;
    const list = ranked.get(surface) ?? [];
    list.push({ reading, cost: Number(row[3]) });
    ranked.set(surface, list);
  }
  const out: Record<string, string> = {};
  for (const [surface, list] of [...ranked].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const readings = list.sort((a, b) => a.cost - b.cost).map((r) => r.reading);
    out[surface] = [...new Set(readings)].slice(0, READINGS_PER_NAME).join(' ');
  }
  return out;
}

const names = ipadicRows('Noun.name.csv');
const surnames = collect(names, (row) => row[7] === '姓');
const given = collect(names, (row) => row[7] === '名');

/**
 * How the last character of a given name reads after a given name the table knows (文夫 fumio
 * after 文 fumi: 夫 is -o), counted over IPADIC's given names: the name readings (nanori) Unihan
 * lacks, so that 不美夫 reads fumi + o. Commonest first, kept when MIN_ENDING_NAMES names show it.
 */
function nameEndings(rows: readonly string[][]): Record<string, string> {
  const readingsOf = new Map<string, string[]>();
  for (const row of rows) {
    if (row[7] !== '名' || !KANJI_ONLY.test(row[0]!)) continue;
    const list = readingsOf.get(row[0]!) ?? [];
    list.push(hepburn(row[11] ?? ''));
    readingsOf.set(row[0]!, list);
  }
  const counts = new Map<string, Map<string, number>>();
  for (const [surface, readings] of readingsOf) {
    const chars = Array.from(surface);
    if (chars.length < 2) continue;
    const last = chars[chars.length - 1]!;
    const heads = readingsOf.get(chars.slice(0, -1).join('')) ?? [];
    const endings = new Set<string>();
    for (const reading of readings)
      for (const head of heads)
        if (reading.length > head.length && reading.startsWith(head))
          endings.add(reading.slice(head.length));
    const perCharacter = counts.get(last) ?? new Map<string, number>();
    for (const ending of endings) perCharacter.set(ending, (perCharacter.get(ending) ?? 0) + 1);
    counts.set(last, perCharacter);
  }
  const out: Record<string, string> = {};
  for (const [ch, perCharacter] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const kept = [...perCharacter]
      .filter(([, n]) => n >= MIN_ENDING_NAMES)
      .sort((a, b) => b[1] - a[1])
      .slice(0, ENDINGS_PER_CHARACTER)
      .map(([ending]) => ending);
    if (kept.length > 0) out[ch] = kept.join(' ');
  }
  return out;
}
const endings = nameEndings(names);
const organisations = collect(ipadicRows('Noun.org.csv'), (row) =>
  ORGANISATION_ENDING.test(row[0]!),
);

// Unihan writes readings in upper-case Hepburn with long vowels spelt out (KYOU): fold them.
const kanji: Record<string, string> = {};
const unihan = execFileSync('bzcat', [`${UNIHAN}/Unihan_Readings.txt.bz2`], { maxBuffer: 1 << 28 })
  .toString()
  .split('\n')
  .filter((line) => /^U\+\S+\tkJapanese(?:On|Kun)\t/.test(line));
const byCharacter = new Map<string, { on: string; kun: string }>();
for (const line of unihan) {
  const [code = '', field = '', value = ''] = line.split('\t');
  const ch = String.fromCodePoint(parseInt(code.slice(2), 16));
  const first = (value.split(' ')[0] ?? '').toLowerCase();
  const entry = byCharacter.get(ch) ?? { on: '', kun: '' };
  if (field === 'kJapaneseOn') entry.on = first;
  else entry.kun = first;
  byCharacter.set(ch, entry);
}
for (const [ch, { on, kun }] of [...byCharacter].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const fold = (r: string): string => r.replace(/([ou])u$/, '$1');
  kanji[ch] = [...new Set([fold(on), fold(kun)].filter((r) => r !== ''))].join(' ');
}

const table = {
  _source:
    'Surnames, given names (three readings), the name-final readings of characters (endings, counted over given names) and organisations ending in 組/会/會: IPADIC 2.7.0 (mecab-ipadic, Debian 2.7.0-20070801+main-3; Noun.name.csv, Noun.org.csv), readings in Hepburn, commonest first. Kanji: first kJapaneseOn and kJapaneseKun of Unihan (Debian unicode-data). Generated by scripts/build-data/build-japanese-readings.ts. IPADIC: Copyright 2000, 2001, 2002, 2003 Nara Institute of Science and Technology, All Rights Reserved; use, reproduction and distribution permitted with this notice (see src/names/data/SOURCES.md for the full notice and the ICOT terms). Unihan: Unicode License v3.',
  surnames,
  given,
  endings,
  organisations,
  kanji,
};
writeFileSync(
  new URL('../../src/names/data/japanese-readings.json', import.meta.url),
  `${JSON.stringify(table)}\n`,
);
console.log(
  `surnames ${Object.keys(surnames).length}, given ${Object.keys(given).length}, endings ${Object.keys(endings).length}, organisations ${Object.keys(organisations).length}, kanji ${Object.keys(kanji).length}`,
);
