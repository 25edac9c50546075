// A name in Han or Hangul characters as one pattern of the foreign sounds it may transcribe
// (han-sounds.ts, hangul-sounds.ts), tested against a Latin name's sound letters
// (latin-sounds.ts): 普京 holds for Putin, 블라디미르 프로프 for Vladimir Propp.
import { endsInA, hangulSound } from './hangul-sounds.ts';
import { hanSounds } from './han-sounds.ts';
import { latinSounds } from './latin-sounds.ts';
import { transcriptionRegExp, type SyllableSound } from './sound-classes.ts';

// A longer run is no name of one person; the bound also keeps the pattern cheap to run.
const MAX_SYLLABLES = 12;
const MAX_SOUND_LETTERS = 48;

const PATTERNS = new Map<string, RegExp | null>();
const PATTERN_LIMIT = 20_000;

/** The transcription pattern of a run of Han or Hangul characters, or undefined when it has none. */
function patternOf(characters: string): RegExp | undefined {
  const known = PATTERNS.get(characters);
  if (known !== undefined) return known ?? undefined;
  const chars = Array.from(characters);
  const syllables: SyllableSound[][] = [];
  for (let i = 0; i < chars.length && chars.length <= MAX_SYLLABLES; i++) {
    const afterA = i > 0 && endsInA(chars[i - 1]!);
    const hangul = hangulSound(chars[i]!, i === chars.length - 1, afterA);
    const sounds = hangul === undefined ? hanSounds(chars[i]!) : [hangul];
    if (sounds.length === 0) break;
    syllables.push([...sounds]);
  }
  const pattern =
    syllables.length === chars.length && chars.length > 0
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
