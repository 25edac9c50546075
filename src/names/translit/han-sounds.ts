// The Latin sounds a Han character stands for when it transcribes a foreign name (普京 Putin,
// 阿卜杜勒 Abdul, 克魯森 Crewson). Source: the conventions of Xinhua News Agency's transcription
// tables for foreign personal names (《英语姓名译名手册》 and its companion volumes for German,
// Russian and other languages; the English table is also GB/T 17693.1 "外语地名汉字译写导则 英语").
// Their syllable grid writes each consonant-plus-vowel with one character whose Mandarin reading
// begins with the nearest Mandarin consonant (巴 ba, 贝 bei, 比 bi, 博 bo, 布 bu), so a character's
// pinyin initial gives its consonant class and its final the vowel and any nasal; the grid's
// column for a consonant with no vowel uses the characters in BARE below, whose vowel the foreign
// name may lack (斯 s, 克 k, 尔 r or l). The class merges (b/p/v, d/t, l/r, the sibilants) are
// this module's own reading of how loosely the tables and common usage apply them.
import { pinyin } from './pinyin.ts';
import { SOUND, vowelOf, type SyllableSound } from './sound-classes.ts';

/** The table's characters for a consonant with no vowel after it (its "bare consonant" column). */
const BARE = new Set(Array.from('布卜普德徳特格戈克科夫弗斯丝絲兹茲茨什奇契吉赫姆恩尔爾勒'));

/** Pinyin initials, longest first, and the Latin sound class each stands for. */
const INITIALS: readonly (readonly [string, string])[] = [
  ['zh', SOUND.sibilant],
  ['ch', SOUND.sibilant],
  ['sh', SOUND.sibilant],
  ['b', SOUND.b],
  ['p', SOUND.p],
  ['m', SOUND.m],
  ['f', SOUND.f],
  ['d', SOUND.t],
  ['t', SOUND.t],
  ['n', SOUND.n],
  ['l', SOUND.l],
  ['g', SOUND.k],
  ['k', SOUND.k],
  ['h', SOUND.h],
  // 吉 Gi, 基 Ki and 杰 Je, 乔 Jo: the palatals transcribe k and g before i as well as j and ch,
  // and the soft t and d of Slavic names (普京 Putin, Путин).
  ['j', `(?:${SOUND.sibilant}|[kgctd])`],
  ['q', `(?:${SOUND.sibilant}|[kctd])`],
  // 希 Hi besides 西 Si.
  ['x', `(?:${SOUND.sibilant}|[hH])`],
  ['r', SOUND.r],
  ['z', SOUND.sibilant],
  ['c', SOUND.sibilant],
  ['s', SOUND.sibilant],
  ['y', SOUND.yGlide],
  ['w', '[wvf]?'],
];

/**
 * The Latin vowels a pinyin final is written for, by the final's start, longest first: the table's
 * a column (巴 达 卡) writes a, ʌ and ə, its i column (比 迪 利) i, e and y, its o column (博 多 罗)
 * o, au and aw, and so on; e (德 勒 赫) is the neutral vowel and writes any.
 */
const FINAL_VOWELS: readonly (readonly [string, string])[] = [
  ['iao', 'iyaoe'],
  ['ian', 'iyeaj'],
  ['ia', 'iyaej'],
  ['ie', 'eiya'],
  ['iu', 'iyuoe'],
  ['io', 'iyoeu'],
  ['in', 'iey'],
  ['i', 'iey'],
  ['ai', 'aeiy'],
  ['ao', 'aou'],
  // 唐 Don and 汤姆 Tom: -an and -ang also write o.
  ['an', 'aeouy'],
  ['a', 'aeuy'],
  ['ei', 'eaiy'],
  ['e', 'aeiouy'],
  ['ou', 'oaeu'],
  ['ong', 'ouaw'],
  ['o', 'oauw'],
  ['ui', 'uiwey'],
  ['uo', 'oauw'],
  ['ua', 'aouw'],
  ['u', 'uoewya'],
  ['v', 'uiyoe'],
];

/** The sound of one toneless pinyin syllable, its vowel optional when `bare`. */
function syllableSound(syllable: string, bare: boolean): SyllableSound {
  const found = INITIALS.find(([initial]) => syllable.startsWith(initial));
  const initial = found?.[0] ?? '';
  let onset = found?.[1] ?? '';
  const final = syllable.slice(initial.length);
  // Mandarin has no -v or -w: 华 hua and 霍 huo transcribe w as well as h (Howard 霍华德).
  if (initial === 'h' && /^u[aeio]/.test(final)) onset = `(?:${SOUND.h}|[wvf])?`;
  const glide = initial !== '' && /^u[aeio]/.test(final) ? SOUND.wGlide : '';
  // The apical i of zi, ci, si, zhi, chi, shi, ri is no vowel: those are bare consonants.
  const apical = final === 'i' && /^(?:[zcs]h?|r)$/.test(initial);
  const first = FINAL_VOWELS.find(([start]) => final.startsWith(start))?.[1];
  const vowel =
    bare || apical ? SOUND.anyVowel : first === undefined ? SOUND.vowel : vowelOf(first);
  // 尔 writes r or l with any vowel around it: -er, -el, -r, and the -le of Applegate 阿普爾蓋特.
  if (initial === '' && final === 'er')
    return { onset: '', vowel: SOUND.anyVowel, coda: `${SOUND.l}${SOUND.anyVowel}` };
  if (final.endsWith('ng')) return { onset, vowel: glide + vowel, coda: SOUND.velarNasal };
  if (final.endsWith('n')) return { onset, vowel: glide + vowel, coda: SOUND.nasal };
  return { onset, vowel: glide + vowel, coda: '' };
}

const MEMO = new Map<string, readonly SyllableSound[]>();

/**
 * The sounds one Han character may stand for in a transcribed foreign name, one per reading of it
 * (its pinyin readings through the table's conventions); empty for anything else.
 */
export function hanSounds(character: string): readonly SyllableSound[] {
  const known = MEMO.get(character);
  if (known !== undefined) return known;
  let sounds: SyllableSound[] = [];
  if (/^\p{Script=Han}$/u.test(character)) {
    const readings = pinyin(character, { multiple: true, toneType: 'none', type: 'array' });
    sounds = readings
      .map((reading) => reading.replace(/ü/g, 'v').replace(/[^a-z]/g, ''))
      .filter((reading) => reading !== '')
      .map((reading) => syllableSound(reading, BARE.has(character)));
  }
  MEMO.set(character, sounds);
  return sounds;
}
