// Korean names written in Han characters (hanja): the Chinese and Japanese press write North and
// South Korean names so (金正恩 = 김정은 Kim Jong Un, 崔龙海 = 최룡해 Choe Ryong Hae), and pinyin
// (jin zhengen) never meets the list's spelling. Each character is read by its Sino-Korean sound
// (Unihan kHangul, simplified forms through their traditional ones; data/hanja-readings.json), and
// the Hangul name so spelt is romanised as a Korean name. The press writes North Korean names in
// hanja far more often than South Korean ones, so the DPRK spelling the lists print leads (崔 Choe,
// 朴 Pak; Unihan's readings keep the ㄹ of 李 리 Ri and 龍 룡 Ryong).
import surnames from '../data/korean-surnames.json' with { type: 'json' };
import { loadTable } from '../load-table.ts';
import { readHangulWord } from './korean.ts';
import { dprkReading } from './korean-latin.ts';

interface HanjaFile {
  readonly readings: Readonly<Record<string, string>>;
}

let firstReading: Map<string, string> | undefined;

/** Character → its first Sino-Korean reading, built from the file on first use. */
function hangulOf(ch: string): string | undefined {
  if (firstReading === undefined) {
    firstReading = new Map();
    const file = loadTable('hanja-readings.json') as HanjaFile;
    // Keys ending in 2 are second readings (金 금2 beside 김): only first readings are used here.
    for (const [hangul, characters] of Object.entries(file.readings)) {
      if (hangul.endsWith('2')) continue;
      for (const ch of characters) firstReading.set(ch, hangul);
    }
  }
  return firstReading.get(ch);
}

const KOREAN_SURNAMES: Readonly<Record<string, unknown>> = surnames.surnames;

/**
 * Surnames that Koreans bear and Chinese hardly do, as the DPRK list entries show (朴 Pak, 全 Jon,
 * 車 Cha, 玄 Hyon, 禹 U, 延 Yon, 太 Thae, 桂 Kye, 池 Ji, 奇 Ki, 都 To, 片 Phyon, 琴 Kum, 秋 Chu, 千
 * Chon, 邊 Pyon): a Han name that starts with one is read as Korean first. Own compilation.
 */
export const KOREAN_ONLY_SURNAMES = new Set(Array.from('朴全車车玄禹延太桂池奇都片琴秋千邊边'));

/**
 * The Hangul spelling of a Han word that reads as a Korean personal name: two to four characters,
 * each with a Sino-Korean reading, the first a Korean surname (金 김, 李 리); otherwise undefined.
 */
export function hanjaToHangul(word: string): string | undefined {
  const chars = Array.from(word);
  if (chars.length < 2 || chars.length > 4) return undefined;
  const hangul = chars.map(hangulOf);
  if (hangul.some((h) => h === undefined)) return undefined;
  if (KOREAN_SURNAMES[hangul[0]!] === undefined) return undefined;
  return hangul.join('');
}

/** Korean readings of a Han word read as a Korean name, DPRK spelling first (崔龙海 → choe ryong hae). */
export function readHanjaAsKorean(word: string): string[] {
  const hangul = hanjaToHangul(word);
  if (hangul === undefined) return [];
  const readings = readHangulWord(hangul)
    .filter((reading) => reading.syllabic)
    .map((reading) => reading.text);
  const dprk = readings[0] === undefined ? undefined : dprkReading(readings[0]);
  return [...new Set([...(dprk === undefined ? [] : [dprk]), ...readings])];
}
