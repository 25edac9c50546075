// A name in Han, Hangul or katakana characters as one pattern of the foreign sounds it may transcribe
// (han-sounds.ts, hangul-sounds.ts, kana-sounds.ts), tested against a Latin name's sound letters
// (latin-sounds.ts): 普京 holds for Putin, 블라디미르 프로프 for Vladimir Propp.
import { endsInA, hangulSound } from './hangul-sounds.ts';
import { hanSounds } from './han-sounds.ts';
import { kanaSounds } from './kana-sounds.ts';
import { latinSounds } from './latin-sounds.ts';
import { transcriptionRegExp, type SyllableSound } from './sound-classes.ts';

// A longer run is no name of one person; the bound also keeps the pattern cheap to run.
const MAX_SYLLABLES = 12;
const MAX_SOUND_LETTERS = 48;

const KATAKANA = /\p{Script=Katakana}/u;

const PATTERNS = new Map<string, RegExp | null>();
const PATTERN_LIMIT = 20_000;

/** The sounds of each syllable of a run of Han, Hangul or katakana characters, or undefined. */
function syllablesOf(characters: string): SyllableSound[][] | undefined {
  if (KATAKANA.test(characters)) return kanaSounds(characters)?.map((sound) => [sound]);
  const chars = Array.from(characters);
  const syllables: SyllableSound[][] = [];
  for (let i = 0; i < chars.length; i++) {
    const afterA = i > 0 && endsInA(chars[i - 1]!);
    const hangul = hangulSound(chars[i]!, i === chars.length - 1, afterA);
    const sounds = hangul === undefined ? hanSounds(chars[i]!) : [hangul];
    if (sounds.length === 0) return undefined;
    syllables.push([...sounds]);
  }
  return syllables;
}

/** The transcription pattern of a run of characters, or undefined when it has none. */
function patternOf(characters: string): RegExp | undefined {
  const known = PATTERNS.get(characters);
  if (known !== undefined) return known ?? undefined;
  const syllables = syllablesOf(characters);
  const pattern =
    syllables !== undefined && syllables.length > 0 && syllables.length <= MAX_SYLLABLES
      ? transcriptionRegExp(syllables)
      : undefined;
  if (PATTERNS.size >= PATTERN_LIMIT) PATTERNS.clear();
  PATTERNS.set(characters, pattern ?? null);
  return pattern;
}

/**
 * True when the Latin tokens, in this order, sound like the foreign name the characters
 * transcribe: every character spells a syllable of them by the Xinhua or 외래어 표기법 tables.
 */
export function soundsTranscribed(characters: string, tokens: readonly string[]): boolean {
  const pattern = patternOf(characters);
  if (pattern === undefined) return false;
  const sounds = latinSounds(tokens);
  return sounds.length <= MAX_SOUND_LETTERS && pattern.test(sounds);
}
