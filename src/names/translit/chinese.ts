// Chinese names: Hanyu Pinyin from pinyin-pro (surname readings for the first character), written
// the ways lists do (Xi Jinping, Xi Jin Ping), plus Wade-Giles (Hsi Chin-ping) used for Taiwanese
// and older records. Long runs are usually foreign names spelled with sound characters; for those a
// variant drops the vowel that Chinese adds after a final consonant (斯 si → s, 克 ke → k).
import { pinyin } from './pinyin.ts';
import common from '../data/chinese-surnames.json' with { type: 'json' };
import xinhua from '../data/han-foreign-names.json' with { type: 'json' };
import { interleave, minedReadings } from './mined-readings.ts';
import { toWadeGiles } from './wade-giles.ts';
import { isGivenName } from '../given-name.ts';
import { KOREAN_ONLY_SURNAMES, readHanjaAsKorean } from './hanja-korean.ts';
import { endsLikeRussianSurname, readXinhuaTranscription } from './xinhua-syllables.ts';

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

let xinhuaByPinyin: Map<string, readonly string[]> | undefined;

/**
 * The English spellings of a foreign name in Xinhua's standard transcription (谢尔盖 Sergei), keyed
 * by pinyin so that traditional characters (謝爾蓋) read alike; built on first use.
 */
function xinhuaSpellings(py: readonly string[]): readonly string[] {
  xinhuaByPinyin ??= new Map(
    Object.entries(xinhua.names).map(([han, spellings]) => [syllables(han).join(''), spellings]),
  );
  return xinhuaByPinyin.get(py.join('')) ?? [];
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
 * that starts with a common surname is read as a Chinese name first; other runs, and every word of
 * a `foreignName` (谢尔盖·拉夫罗夫), are read first as a foreign name spelled in sound characters.
 */
export function readChineseWord(word: string, foreignName = false, query = false): TaggedReading[] {
  const chars = Array.from(word);
  const py = syllables(word);
  if (py.length !== chars.length || py.length === 0)
    return py.length > 0 ? tag([py.join('')], []) : [];
  const wg = py.map(toWadeGiles);
  if (chars.length === 1) return tag([py[0]!, wg[0]!], []);
  const mined = minedReadings('chinese', word, (syllable) => [syllable], 4);
  // Xinhua's standard forms and the mined lexicon: words known to spell a foreign name.
  const known = [...new Set([...xinhuaSpellings(py), ...mined.lexicon])];
  // A query also gets the syllables of the Xinhua transcription grid read back (季姆琴科 Timchenko):
  // the model, mined from Wikidata's names of every language, often misses a Russian surname. Its
  // readings lead for a word ending as a Russian surname does; otherwise the model's first two,
  // which read Western names better (坦迪 Tandy), come before it.
  const grid = query ? readXinhuaTranscription(word) : [];
  const model = endsLikeRussianSurname(word)
    ? interleave(grid, mined.model)
    : [...mined.model.slice(0, 2), ...grid.slice(0, 1), ...mined.model.slice(2)];
  const foreign = [...new Set([...known, ...model, ...grid.slice(1)])];
  // A Chinese personal name is a one-character surname and a one- or two-character given name;
  // four characters make one only with a compound surname (欧阳, 司马). Longer runs, and four
  // characters without one (羅辛斯基 Rosinski), are read as a foreign name first.
  const compound = COMPOUND_SURNAMES.has(chars.slice(0, 2).join(''));
  if (!foreignName && (chars.length <= 3 || (chars.length === 4 && compound))) {
    const native = nativeReadings(chars, py);
    // Three native readings (pinyin joined and split, Wade-Giles) stay on top for a surname-first
    // name: the engine reads the first three, and Chinese persons on lists are written so.
    // A word Wikidata spells as a foreign name (the mined lexicon: 雷根 Reagan) is read so first,
    // even when it starts with a common surname, as readHangulWord does (조지 George).
    // A three-character name that is no known foreign name may be Korean, written in hanja (金正恩
    // Kim Jong Un): after a common Chinese surname its Korean reading takes the third place, where
    // the engine still reads it; after a Korean one (朴 Pak) it leads. (Ahead of the foreign
    // readings of other runs, it cost 9 of 192 tune pairs of wd_chinese_20: 伊留申 Ilyushin.)
    const korean =
      chars.length === 3 && known.length === 0 ? readHanjaAsKorean(word).slice(0, 1) : [];
    const koreanFirst = KOREAN_ONLY_SURNAMES.has(chars[0]!) ? korean : [];
    const ranked = COMMON_SURNAMES.has(chars[0]!)
      ? [
          ...known.slice(0, 1),
          ...native.slice(0, 2),
          ...korean,
          native[2]!,
          ...foreign,
          ...native.slice(3),
        ]
      : [...koreanFirst, ...interleave(foreign, native)];
    return tag(
      ranked,
      foreign.filter((f) => !native.includes(f)),
    );
  }
  const bare = chars.map((ch, i) => (i > 0 ? (BARE_CONSONANT[ch] ?? py[i]!) : py[i]!)).join('');
  const native = [py.join(''), wg.join('')];
  const split = query ? splitAfterGivenName(chars) : undefined;
  const ranked = [...foreign.slice(0, 3), py.join(''), bare, ...foreign.slice(3), wg.join('')];
  if (split !== undefined) ranked.splice(1, 0, split);
  // A word of a name written with the dot is a foreign name's: a reading its pinyin happens to
  // spell too (阿里 ali, 尤利娅 yuliya) is still a foreign-name reading, not Chinese syllables.
  const foreignReadings = [...foreign, bare, ...(split === undefined ? [] : [split])];
  return tag(
    ranked,
    foreignName ? foreignReadings : foreignReadings.filter((f) => !native.includes(f)),
  );
}

/** Shortest run of characters read as a given name and a surname written without the dot. */
const MIN_JOINED_RUN = 5;

/**
 * A foreign name whose parts the press wrote without the separating dot (馬吉德薩杰德 for 馬吉德·
 * 薩杰德, Majid Sajdeh; 谢尔盖拉夫罗夫 Sergei Lavrov), read as two words: the first two or more
 * characters as a known given name (one of the name tables), the rest as a foreign name. Undefined
 * when no leading part reads as a given name.
 */
function splitAfterGivenName(chars: readonly string[]): string | undefined {
  if (chars.length < MIN_JOINED_RUN) return undefined;
  // The longest leading given name: 阿卜杜勒 (Abdul) before 阿卜杜 (Abdu) in 阿卜杜勒拉希德.
  for (let end = chars.length - 2; end >= 2; end--) {
    const given = readChineseWord(chars.slice(0, end).join(''), true, true)
      .slice(0, 5)
      .find((r) => r.text.length >= 4 && isGivenName(r.text));
    if (given === undefined) continue;
    const rest = readChineseWord(chars.slice(end).join(''), true, true)[0];
    if (rest !== undefined) return `${given.text} ${rest.text}`;
  }
  return undefined;
}

/** Romanisations of one run of Chinese characters, most likely first (习近平 → xi jinping, …). */
export function romanizeChineseWord(word: string): string[] {
  return readChineseWord(word).map((reading) => reading.text);
}
