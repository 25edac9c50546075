// Chinese names: Hanyu Pinyin from pinyin-pro (surname readings for the first character), written
// the ways lists do (Xi Jinping, Xi Jin Ping), plus Wade-Giles (Hsi Chin-ping) used for Taiwanese
// and older records. Long runs are usually foreign names spelled with sound characters; for those a
// variant drops the vowel that Chinese adds after a final consonant (斯 si → s, 克 ke → k).
import { pinyin } from 'pinyin-pro';
import { toWadeGiles } from './wade-giles.ts';

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

/** Romanisations of one run of Chinese characters, most likely first (习近平 → xi jinping, …). */
export function romanizeChineseWord(word: string): string[] {
  const chars = Array.from(word);
  const py = syllables(word);
  if (py.length !== chars.length || py.length === 0) return py.length > 0 ? [py.join('')] : [];
  const wg = py.map(toWadeGiles);
  if (chars.length === 1) return [...new Set([py[0]!, wg[0]!])];
  if (chars.length <= 4) {
    const split = chars.length >= 3 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
    const sur = py.slice(0, split).join('');
    const given = py.slice(split);
    const wgSur = wg.slice(0, split).join('');
    const wgGiven = wg.slice(split);
    return [
      ...new Set([
        `${sur} ${given.join('')}`,
        `${sur} ${given.join(' ')}`,
        `${wgSur} ${wgGiven.join(' ')}`,
        `${wgSur} ${wgGiven.join('')}`,
        `${given.join('')} ${sur}`,
        py.join(''),
      ]),
    ];
  }
  const foreign = chars.map((ch, i) => (i > 0 ? (BARE_CONSONANT[ch] ?? py[i]!) : py[i]!)).join('');
  return [...new Set([py.join(''), foreign, wg.join('')])];
}
