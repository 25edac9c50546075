// Chinese names written in Hangul by the Sino-Korean reading of their characters, as the Korean
// press and encyclopaedias write people of imperial and Republican China (주세걸 朱世傑 Zhu Shijie,
// 공손홍 公孫弘 Gongsun Hong, 이홍장 李鴻章 Li Hongzhang). The Korean romanisation (ju se geol) never
// meets the pinyin a list prints; each syllable is read back into the pinyin it most often stands
// for in such names, or else the pinyin most characters of that reading have
// (data/hangul-hanja-pinyin.json, mined from Wikidata and Unihan; see SOURCES.md).
import { loadTable } from '../load-table.ts';

interface HanjaPinyinFile {
  readonly surnames: Readonly<Record<string, readonly string[] | undefined>>;
  readonly given: Readonly<Record<string, readonly string[] | undefined>>;
  readonly characters: Readonly<Record<string, readonly string[] | undefined>>;
}

let table: HanjaPinyinFile | undefined;

// pinyin's ü (the table's v) is written u in English spellings (呂 Lü, Lu).
const english = (pinyin: string): string => pinyin.replace(/v/g, 'u');

/**
 * Pinyin readings of a Hangul word of three or four syllables read as a Chinese name in Sino-Korean
 * sound: a one- or two-syllable surname, then the given-name syllables (고영상 → gao yingxiang).
 * The usual surname reading first, then its second; none (an empty list) when the surname was
 * never seen in such a name or a syllable is no Sino-Korean reading.
 */
export function readHangulAsChineseName(word: string): string[] {
  table ??= loadTable('hangul-hanja-pinyin.json') as HanjaPinyinFile;
  const syllables = Array.from(word);
  // A word of two syllables is often a Korean given name written apart from its surname (도윤 우):
  // read as Chinese (tao yin) it met BIN YIN JSC on the global negatives, and no tune pair needed it.
  if (syllables.length < 3 || syllables.length > 4) return [];
  for (const surnameLength of [2, 1]) {
    const surname = table.surnames[syllables.slice(0, surnameLength).join('')];
    const given = syllables
      .slice(surnameLength)
      .map((syllable) => (table?.given[syllable] ?? table?.characters[syllable])?.[0]);
    if (surname === undefined || given.length === 0 || given.length > 3) continue;
    if (given.some((reading) => reading === undefined)) continue;
    const givenName = english(given.join(''));
    return surname.slice(0, 2).map((reading) => `${english(reading)} ${givenName}`);
  }
  return [];
}
