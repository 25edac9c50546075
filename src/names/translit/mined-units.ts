// How each script with a mined segment model is cut into units: the mining script and the
// romanisers must cut words the same way, so the rule lives in one place.
import { pinyin } from './pinyin.ts';
import { arabicUnits } from './arabic-letters.ts';
import { hebrewUnits } from './hebrew-letters.ts';

/** Scripts whose segment models are mined by scripts/build-data/mine-segments.ts. */
export type MinedScript = 'chinese' | 'korean' | 'cyrillic' | 'hebrew' | 'arabic' | 'katakana';

/** Per mined script, the function that splits a word into model units. */
export const MINED_SCRIPTS: Readonly<Record<MinedScript, { units: (word: string) => string[] }>> = {
  // One Han character is one syllable, the unit Chinese uses to spell a foreign name. Units are
  // the characters' toneless pinyin, so that the thousands of rare sound characters share the
  // statistics of the common ones that sound the same (魯 and 鲁 and 卢 are all lu).
  chinese: {
    units: (word) =>
      pinyin(
        Array.from(word)
          .filter((ch) => /\p{Script=Han}/u.test(ch))
          .join(''),
        {
          toneType: 'none',
          type: 'array',
        },
      ).map((s) => s.replace(/ü/g, 'v').replace(/[^a-z]/g, '')),
  },
  // A precomposed Hangul syllable (가-힣) is one unit; loose jamo are rare in names.
  korean: { units: (word) => Array.from(word).filter((ch) => /[\uac00-\ud7a3]/u.test(ch)) },
  cyrillic: {
    units: (word) =>
      Array.from(word.toLowerCase().normalize('NFC')).filter((ch) =>
        /\p{Script=Cyrillic}/u.test(ch),
      ),
  },
  hebrew: { units: hebrewUnits },
  arabic: { units: arabicUnits },
  // One kana is one unit; small kana (ィ, ャ) and the long mark ー are units of their own, which
  // the model learns to read with the kana before them (ディ → di, ー → '').
  katakana: {
    units: (word) =>
      Array.from(word.normalize('NFKC')).filter((ch) => /[\p{Script=Katakana}ー]/u.test(ch)),
  },
};
