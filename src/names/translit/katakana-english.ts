// English words the Japanese press writes in katakana in the names of foreign firms and groups
// (オーシャン・マリタイム・マネジメント is OCEAN MARITIME MANAGEMENT, ラザルス・グループ LAZARUS
// GROUP). Read sound by sound they come out as Japanese syllables (manejimento, guruupu) that the
// listed English spelling hardly meets; data/katakana-english-words.json says where they come from.
import { loadTable } from '../load-table.ts';

interface WordsFile {
  readonly words: Readonly<Record<string, string>>;
}

let file: WordsFile | undefined;
const words = (): Readonly<Record<string, string>> =>
  (file ??= loadTable('katakana-english-words.json') as WordsFile).words;

/**
 * The English a katakana word spells when it is one of the table's words or several of them
 * written together (マリタイムマネジメント → maritime management); undefined otherwise.
 */
export function readKatakanaEnglish(word: string): string | undefined {
  const table = words();
  const whole = table[word];
  if (whole !== undefined) return whole;
  // The first split that reads every piece, longest first piece first; words are short, so the
  // search stays small.
  const chars = Array.from(word);
  const split = (start: number): string[] | undefined => {
    if (start === chars.length) return [];
    for (let end = chars.length; end > start + 1; end--) {
      const english = table[chars.slice(start, end).join('')];
      if (english === undefined) continue;
      const rest = split(end);
      if (rest !== undefined) return [english, ...rest];
    }
    return undefined;
  };
  return split(0)?.join(' ');
}

/** Kana an English first word must have to be split off a name (ブルー of ブルーノロフ). */
const MIN_PREFIX_KANA = 3;

/**
 * A katakana word that starts with one of the table's English words before a coined remainder
 * (ブルーノロフ Bluenoroff: ブルー blue + ノロフ): the English and the remainder's kana, undefined
 * when no such word starts it or the remainder is under two kana.
 */
export function splitEnglishPrefix(word: string): { english: string; rest: string } | undefined {
  const table = words();
  const chars = Array.from(word);
  for (let end = chars.length - 2; end >= MIN_PREFIX_KANA; end--) {
    const english = table[chars.slice(0, end).join('')];
    if (english !== undefined) return { english, rest: chars.slice(end).join('') };
  }
  return undefined;
}
