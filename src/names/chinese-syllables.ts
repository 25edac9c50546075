// Whether a Latin name is written in Chinese syllables: every word splits into syllables of Hanyu
// Pinyin or Wade-Giles (Xi Jinping, Hsi Chin-ping, Zhang Wei). The syllables are those of
// data/wade-giles-pinyin.json (the toneless readings pinyin-pro gives for U+4E00–U+9FFF and their
// Wade-Giles forms, see SOURCES.md).
import wadeGiles from './data/wade-giles-pinyin.json' with { type: 'json' };

let syllables: ReadonlySet<string> | undefined;
/** Length of the longest syllable of either system (zhuang, chuang, hsiung). */
const LONGEST = 6;

/** Every pinyin and Wade-Giles syllable, built on first use. */
function chineseSyllables(): ReadonlySet<string> {
  syllables ??= new Set([
    ...Object.keys(wadeGiles.syllables),
    ...Object.values(wadeGiles.syllables).flat(),
  ]);
  return syllables;
}

/** True when the lower-case word splits wholly into pinyin or Wade-Giles syllables. */
function splitsIntoSyllables(word: string): boolean {
  const known = chineseSyllables();
  // reached[i]: the first i letters split into syllables.
  const reached = [true];
  for (let end = 1; end <= word.length; end++) {
    reached[end] = false;
    for (let start = Math.max(0, end - LONGEST); start < end && !reached[end]; start++)
      reached[end] = reached[start] === true && known.has(word.slice(start, end));
  }
  return reached[word.length] === true;
}

/**
 * True when every token of a Latin name splits into pinyin or Wade-Giles syllables, as a Chinese
 * name written in Latin letters does (zhang wei, hsi chin ping); false for no tokens.
 */
export function isWrittenInChineseSyllables(tokens: readonly string[]): boolean {
  return tokens.length > 0 && tokens.every((token) => token !== '' && splitsIntoSyllables(token));
}
