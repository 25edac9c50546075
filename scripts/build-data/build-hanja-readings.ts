// Builds src/names/data/hanja-readings.json: the Korean (Sino-Korean) reading of each Han character,
// from the Unicode Han Database (Unihan) as Debian's unicode-data package installs it: kHangul in
// Unihan_Readings.txt, and for a simplified character, the readings of its traditional forms
// (kTraditionalVariant in Unihan_Variants.txt), since Chinese press writes Korean names with them
// (崔龙海 = 崔龍海 = 최룡해 Choe Ryong Hae). Readings marked N (personal-name characters) lead.
// Run: apt-get install unicode-data && npx tsx scripts/build-data/build-hanja-readings.ts
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const UNIHAN = '/usr/share/unicode';
const READINGS_PER_CHARACTER = 2;

/** The lines of one bzip2-compressed Unihan file: [character, field, value]. */
function unihanRows(file: string): [string, string, string][] {
  const text = execFileSync('bzcat', [`${UNIHAN}/${file}.bz2`], { maxBuffer: 1 << 28 }).toString();
  return text
    .split('\n')
    .filter((line) => line.startsWith('U+'))
    .map((line) => line.split('\t') as [string, string, string]);
}

const character = (code: string): string => String.fromCodePoint(parseInt(code.slice(2), 16));

const readings = new Map<string, string[]>();
for (const [code, field, value] of unihanRows('Unihan_Readings.txt')) {
  if (field !== 'kHangul') continue;
  // "금:0E 김:0N": the reading, then the sources that give it (N: the personal-name list).
  const entries = value.split(' ').map((entry) => entry.split(':') as [string, string]);
  const ranked = [
    ...entries.filter(([, sources]) => sources.includes('N')),
    ...entries.filter(([, sources]) => !sources.includes('N')),
  ].map(([hangul]) => hangul);
  readings.set(character(code), [...new Set(ranked)].slice(0, READINGS_PER_CHARACTER));
}
let simplified = 0;
for (const [code, field, value] of unihanRows('Unihan_Variants.txt')) {
  const ch = character(code);
  if (field !== 'kTraditionalVariant' || readings.has(ch)) continue;
  const inherited = value
    .split(' ')
    .flatMap((variant) => readings.get(character(variant.split('<')[0]!)) ?? []);
  if (inherited.length === 0) continue;
  readings.set(ch, [...new Set(inherited)].slice(0, READINGS_PER_CHARACTER));
  simplified++;
}
// Grouped by reading ("김": "金…"), which keeps the file small; the reader inverts it.
const byReading: Record<string, string> = {};
for (const [ch, hanguls] of [...readings].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  hanguls.forEach((hangul, rank) => {
    const key = rank === 0 ? hangul : `${hangul}2`;
    byReading[key] = (byReading[key] ?? '') + ch;
  });
}
const sorted = Object.fromEntries(Object.entries(byReading).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
writeFileSync(
  new URL('../../src/names/data/hanja-readings.json', import.meta.url),
  `${JSON.stringify({
    about:
      'Sino-Korean readings of Han characters, from Unihan kHangul (Unicode 15.0, Debian unicode-data) with simplified forms read as their traditional ones (kTraditionalVariant); keys are Hangul syllables (a trailing 2 marks a second reading). Built by scripts/build-data/build-hanja-readings.ts; see SOURCES.md.',
    readings: sorted,
  })}\n`,
);
console.log(`${String(readings.size)} characters (${String(simplified)} simplified forms)`);
