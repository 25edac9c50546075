/** ISO 15924 codes of the scripts Sift tells apart. */
export type ScriptCode =
  | 'Latn'
  | 'Arab'
  | 'Cyrl'
  | 'Grek'
  | 'Hebr'
  | 'Hani'
  | 'Hira'
  | 'Kana'
  | 'Hang'
  | 'Deva'
  | 'Thai'
  | 'Armn'
  | 'Geor'
  | 'Zyyy';

const SCRIPT_TESTS: readonly [ScriptCode, RegExp][] = [
  ['Arab', /\p{Script=Arabic}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Hira', /\p{Script=Hiragana}/u],
  ['Kana', /\p{Script=Katakana}/u],
  ['Hani', /\p{Script=Han}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Latn', /\p{Script=Latin}/u],
];

/**
 * The main script of a text: the first non-Latin script found wins, since a name in Arabic with a
 * Latin digit or initial is still an Arabic name. `Zyyy` (common) when no letter is found.
 */
export function detectScript(text: string): ScriptCode {
  let latin = false;
  for (const [code, pattern] of SCRIPT_TESTS) {
    if (!pattern.test(text)) continue;
    if (code !== 'Latn') {
      // Japanese text mixes kanji with kana: report kana so that Japanese is told from Chinese.
      if (code === 'Hani' && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'Kana';
      return code;
    }
    latin = true;
  }
  return latin ? 'Latn' : 'Zyyy';
}
