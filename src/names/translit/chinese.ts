// Chinese names: Hanyu Pinyin from pinyin-pro (surname readings for the first character), written
// the ways lists do (Xi Jinping, Xi Jin Ping), plus Wade-Giles (Hsi Chin-ping) used for Taiwanese
// and older records. Long runs are usually foreign names spelled with sound characters; for those a
// variant drops the vowel that Chinese adds after a final consonant (斯 si → s, 克 ke → k).
import { pinyin } from './pinyin.ts';
import common from '../data/chinese-surnames.json' with { type: 'json' };
import { interleave, minedReadings } from './mined-readings.ts';
import { toWadeGiles } from './wade-giles.ts';

const COMMON_SURNAMES = new Set(Array.from(common.surnames));

const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '诸葛',
  '諸葛',
  '上官',
  '东方',
  '東方',
  '皇甫',
  '慕容',
  '长孙',
  '長孫',
  '令狐',
  '司徒',
  '夏侯',
  '尉迟',
  '尉遲',
  '公孙',
  '公孫',
  '轩辕',
  '軒轅',
  '宇文',
  '端木',
]);

// Sound characters whose pinyin vowel is usually silent in the foreign name they spell.
const BARE_CONSONANT: Readonly<Record<string, string>> = {
  斯: 's',
  克: 'k',
  特: 't',
  德: 'd',
  尔: 'r',
  爾: 'r',
  夫: 'v',
  姆: 'm',
  布: 'b',
  普: 'p',
  格: 'g',
  赫: 'h',
  茨: 'ts',
  兹: 'z',
  茲: 'z',
  弗: 'f',
  伯: 'b',
  勒: 'l',
  徳: 'd',
  克斯: 'x',
  兰: 'lan',
};

function syllables(word: string): string[] {
  return pinyin(word, { toneType: 'none', type: 'array', surname: 'head' }).map((s) =>
    s.replace(/ü/g, 'u').replace(/[^a-z]/g, ''),
  );
}

/** Native readings of a two- to four-character personal name: surname, then given name. */
function nativeReadings(chars: readonly string[], py: readonly string[]): string[] {
  const wg = py.map(toWadeGiles);
  const split = chars.length >= 3 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  const sur = py.slice(0, split).join('');
  const given = py.slice(split);
  const wgSur = wg.slice(0, split).join('');
  const wgGiven = wg.slice(split);
  return [
    `${sur} ${given.join('')}`,
    `${sur} ${given.join(' ')}`,
    `${wgSur} ${wgGiven.join(' ')}`,
    `${wgSur} ${wgGiven.join('')}`,
    `${given.join('')} ${sur}`,
    py.join(''),
  ];
}

/** One romanisation and whether it reads the characters as Chinese syllables (not a foreign name). */
export interface TaggedReading {
  readonly text: string;
  readonly syllabic: boolean;
}

/** Unique readings, most likely first, each tagged native (syllabic) unless in `foreign`. */
function tag(ranked: readonly string[], foreign: readonly string[]): TaggedReading[] {
  const mined = new Set(foreign);
  return [...new Set(ranked)].map((text) => ({ text, syllabic: !mined.has(text) }));
}

/**
 * Romanisations of one run of Chinese characters, most likely first, each tagged as a Chinese
 * (syllabic) reading or a foreign-name reading (习近平 → xi jinping; 克魯森 → kruson, …). A run
 * that starts with a common surname is read as a Chinese name first; other runs are read first
 * as a foreign name spelled in sound characters.
 */
export function readChineseWord(word: string): TaggedReading[] {
  const chars = Array.from(word);
  const py = syllables(word);
  if (py.length !== chars.length || py.length === 0)
    return py.length > 0 ? tag([py.join('')], []) : [];
  const wg = py.map(toWadeGiles);
  if (chars.length === 1) return tag([py[0]!, wg[0]!], []);
  const mined = minedReadings('chinese', word, (syllable) => [syllable], 4);
  const foreign = [...mined.lexicon, ...mined.model];
  // A Chinese personal name is a one-character surname and a one- or two-character given name;
  // four characters make one only with a compound surname (欧阳, 司马). Longer runs, and four
  // characters without one (羅辛斯基 Rosinski), are read as a foreign name first.
  const compound = COMPOUND_SURNAMES.has(chars.slice(0, 2).join(''));
  if (chars.length <= 3 || (chars.length === 4 && compound)) {
    const native = nativeReadings(chars, py);
    // Three native readings (pinyin joined and split, Wade-Giles) stay on top for a surname-first
    // name: the engine reads the first three, and Chinese persons on lists are written so.
    // A word Wikidata spells as a foreign name (the mined lexicon: 雷根 Reagan) is read so first,
    // even when it starts with a common surname, as readHangulWord does (조지 George).
    const ranked = COMMON_SURNAMES.has(chars[0]!)
      ? [...mined.lexicon.slice(0, 1), ...native.slice(0, 3), ...foreign, ...native.slice(3)]
      : interleave(foreign, native);
    return tag(
      ranked,
      foreign.filter((f) => !native.includes(f)),
    );
  }
  const bare = chars.map((ch, i) => (i > 0 ? (BARE_CONSONANT[ch] ?? py[i]!) : py[i]!)).join('');
  const native = [py.join(''), wg.join('')];
  return tag(
    [...foreign.slice(0, 3), py.join(''), bare, ...foreign.slice(3), wg.join('')],
    [...foreign, bare].filter((f) => !native.includes(f)),
  );
}

/** Romanisations of one run of Chinese characters, most likely first (习近平 → xi jinping, …). */
export function romanizeChineseWord(word: string): string[] {
  return readChineseWord(word).map((reading) => reading.text);
}
