// A name in Han or Hangul has many Latin spellings (송병준: Song Byung-joon, Song Pyong-jun, Song
// Byeong-jun …) and the engine keeps only three readings of it. Rather than more readings, a listed
// Latin name is checked against the characters themselves: when it spells them, syllable by
// syllable in one of the recognised systems, it is the query's reading.
import type { NameForm, NameToken } from './analyze-name.ts';
import { hanCharacterSpellings } from './translit/han-spellings.ts';
import { hangulSyllableSpellings } from './translit/hangul-spellings.ts';
import { soundsTranscribed } from './translit/transcription-pattern.ts';
import { isWrittenInChineseSyllables } from './chinese-syllables.ts';

const HANGUL = /^[\uac00-\ud7a3]$/u;

/** The spellings of the syllable at `index` of `characters` (the first and last may be surnames). */
function spellingsAt(characters: readonly string[], index: number): readonly string[] {
  const character = characters[index]!;
  if (HANGUL.test(character)) {
    return hangulSyllableSpellings(character, index === 0 || index === characters.length - 1);
  }
  return hanCharacterSpellings(character);
}

/**
 * True when `tokens`, in this order, spell `characters` one syllable after another: every token
 * starts on a syllable, and every syllable is one of its spellings (a given name may be written
 * joined or split: Xiaoping, Xiao Ping, Hsiao-p'ing).
 */
function spellsInOrder(tokens: readonly string[], characters: readonly string[]): boolean {
  const text = tokens.join('');
  const starts: number[] = [];
  let at = 0;
  for (const token of tokens) {
    starts.push(at);
    at += token.length;
  }
  // The text positions where the next syllable can start, after each syllable in turn.
  let reached = new Set<number>([0]);
  for (let k = 0; k < characters.length; k++) {
    const next = new Set<number>();
    const spellings = spellingsAt(characters, k);
    for (const position of reached) {
      for (const spelling of spellings) {
        const end = position + spelling.length;
        if (spelling === '' || !text.startsWith(spelling, position)) continue;
        // A syllable never runs across the start of a token (song byung joon, not so ngbyung).
        if (starts.some((s) => s > position && s < end)) continue;
        next.add(end);
      }
    }
    if (next.size === 0) return false;
    reached = next;
  }
  return reached.has(text.length);
}

const MEMO = new WeakMap<NameForm, WeakMap<NameForm, NameForm | null>>();

/**
 * The reading of a Han or Hangul query that a listed Latin name spells (김정은 read as the listed
 * "Kim Jong Un", 송병준 as "Song Byung-joon"), or undefined: the listed tokens, in their order or
 * rotated (a surname written first or last), must spell the query's characters syllable by
 * syllable in pinyin, Wade-Giles, Revised Romanization, McCune–Reischauer, the DPRK system or
 * common usage. The reading is the listed tokens themselves, marked romanised and syllabic.
 * `listedPerson` is false when the listed name is not a person's (see byForeignSoundOnly).
 */
export function spelledReading(
  query: NameForm,
  listed: NameForm,
  listedPerson = true,
): NameForm | undefined {
  if (query.characters === undefined) return undefined;
  let byListed = MEMO.get(query);
  if (byListed === undefined) {
    byListed = new WeakMap();
    MEMO.set(query, byListed);
  }
  let reading = byListed.get(listed);
  if (reading === undefined) {
    reading = readSpelled(query, query.characters, listed) ?? null;
    byListed.set(listed, reading);
  }
  // A name read first as a Chinese name is compared by sound only as a foreign person's name it
  // may transcribe (馬迪 Matty): organisations, vessels and aircraft the Chinese press translates
  // or writes in sound characters, which the first reading then already is. Compared by sound
  // with every listed name, 葉國吏 (Ye Guoli, a Taiwanese reporter's byline) met AIR KORYO at 1.00.
  if (reading !== null && !listedPerson && byForeignSoundOnly(query, reading)) return undefined;
  return reading ?? undefined;
}

/** True when `reading` was found only by the sound of a query read first as a Chinese name. */
function byForeignSoundOnly(query: NameForm, reading: NameForm): boolean {
  return query.transcribed !== true && query.foreignSoundOnly === true && !reading.syllabic;
}

function readSpelled(
  query: NameForm,
  characterText: string,
  listed: NameForm,
): NameForm | undefined {
  const characters = Array.from(characterText);
  // A Latin name with its diacritics folded (Vázquez) may be a foreign name a query transcribes;
  // a reading of another script is not compared with the characters' own readings.
  const folded = listed.romanised && listed.script === 'Latn';
  if (characters.length < 2 || (listed.romanised && !folded) || listed.fromWadeGiles === true)
    return undefined;
  const tokens = listed.tokens;
  if (tokens.length === 0 || !tokens.every(isSpellable)) return undefined;
  const texts = tokens.map((t) => t.text);
  for (let r = 0; r < texts.length && !folded; r++) {
    const rotated = [...texts.slice(r), ...texts.slice(0, r)];
    if (spellsInOrder(rotated, characters)) {
      const ordered: NameToken[] = [...tokens.slice(r), ...tokens.slice(0, r)];
      const reading: NameForm = {
        tokens: ordered,
        romanised: true,
        syllabic: true,
        characters: characterText,
      };
      if (query.script !== undefined) reading.script = query.script;
      return reading;
    }
  }
  // A foreign name the characters transcribe by sound (普京 Putin, 조너선 Jonathan), in its own
  // order: transcription keeps a foreign name's word order.
  const byForeignSound =
    query.transcribed === true ||
    (query.foreignSoundOnly === true &&
      !isWrittenInChineseSyllables(texts) &&
      !holdsSurnameSpelling(texts, characters[0]!));
  if (byForeignSound && soundsTranscribed(characterText, texts)) {
    const reading: NameForm = {
      tokens,
      romanised: true,
      syllabic: false,
      characters: characterText,
    };
    if (query.script !== undefined) reading.script = query.script;
    return reading;
  }
  return undefined;
}

/**
 * True when a listed token spells the query's first character, its Chinese surname (刘 liu): the
 * listed name is then a Chinese surname with a Western given name (LIU, Jhon; WANG, Jack), and a
 * foreign name transcribed by sound would have kept that surname as its one character beside the
 * sound characters of the given name (约翰·刘), never a two-character Chinese name (刘晨 met LIU,
 * Jhon at 1.00 by sound).
 */
function holdsSurnameSpelling(texts: readonly string[], surname: string): boolean {
  const spellings = hanCharacterSpellings(surname);
  return texts.some((text) => spellings.includes(text));
}

/** A listed token that can spell syllables: a name of letters (no initial, number or title). */
function isSpellable(token: NameToken): boolean {
  return token.role === 'name' && /^[a-z]+$/.test(token.text);
}
