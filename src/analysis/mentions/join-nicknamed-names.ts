import type { Mention } from '../article-types.ts';
import { shippedNerModel } from './ner/index.ts';

// Between a given name and a surname, a nickname in quotes: Joaquin "El Chapo" Guzman Loera,
// Ismael "El Mayo" Zambada Garcia, Joaquín "el Chapo" Guzmán (Spanish writes the article small).
// The tagger stops at the quote marks and gives two people, or a person and a "place". Spanish
// and French news quote it in guillemets too: Joaquín «El Chapo» Guzmán Loera, Ismael «El Mayo»
// Zambada García (altavz.com, sinembargo.mx).
const NICKNAME = `["“‘'«]((?:(?:el|la|le|the) )?\\p{Lu}[^"”’'»\\n]{0,30})["”’'»]`;
const NICKNAME_GAP = new RegExp(`^[ \\t]+${NICKNAME}[ \\t]+$`, 'u');
const NICKNAMED_NAME = new RegExp(`${NICKNAME}[ \\t]+(\\p{Lu}[\\p{L}'’-]*)`, 'u');
// The whole shape in the text, for when the tagger found neither side (Spanish text: 'Joaquín
// "El Chapo" Guzmán, preso en…'): one or two capitalised given names, the nickname, one or two
// capitalised surnames.
const WORD = `\\p{Lu}\\p{Ll}[\\p{L}'’-]*`;
const NICKNAMED_IN_TEXT = new RegExp(
  `(?:(${WORD})[ \\t]+)?(${WORD})[ \\t]+${NICKNAME}[ \\t]+(${WORD}(?:[ \\t]+${WORD})?)`,
  'gu',
);

/**
 * The nickname in quotes inside a name with the first surname after it ("El Chapo Guzman" of
 * Joaquin "El Chapo" Guzman Loera), as the lists write such aliases (GUZMAN, Chapo; ZAMBADA, El
 * Mayo); undefined when the name holds no nickname in quotes.
 */
export function nicknameWithSurname(name: string): string | undefined {
  const found = NICKNAMED_NAME.exec(name);
  return found === null ? undefined : `${found[1] ?? ''} ${found[2] ?? ''}`;
}

/**
 * Makes one person of a name the press splits with a nickname in quotes (Joaquin "El Chapo"
 * Guzman Loera): the name is the given names and the surname, the nickname left out, as the lists
 * write it. Mentions inside the joined span (the nickname itself) are dropped.
 */
export function joinNicknamedNames(text: string, mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const joined: Mention[] = [];
  const replaced = new Set<Mention>();
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    if (first.type !== 'person' || replaced.has(first)) continue;
    const last = sorted.find(
      (m) =>
        m.start > first.end &&
        (m.type === 'person' || m.type === 'place') &&
        NICKNAME_GAP.test(text.slice(first.end, m.start)),
    );
    if (last === undefined) continue;
    const whole: Mention = {
      ...first,
      type: 'person',
      end: last.end,
      text: text.slice(first.start, last.end),
      name: `${first.name} ${last.name}`,
      honorifics: [...new Set([...first.honorifics, ...last.honorifics])],
    };
    for (const m of sorted) if (m.start >= first.start && m.end <= last.end) replaced.add(m);
    joined.push(whole);
  }
  joined.push(...unfoundNicknamedNames(text, [...mentions, ...joined]));
  for (const whole of joined)
    for (const m of sorted) if (m.start >= whole.start && m.end <= whole.end) replaced.add(m);
  if (joined.length === 0) return [...mentions];
  return [...mentions.filter((m) => !replaced.has(m)), ...joined].sort((a, b) => a.start - b.start);
}

/**
 * People named with a nickname in quotes that no person mention covers yet. A first given name
 * that opens a sentence is left out ('También Ismael "El Mayo" Zambada': "También" is no name).
 */
function unfoundNicknamedNames(text: string, mentions: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(NICKNAMED_IN_TEXT)) {
    const [all, before, given, , surnames] = match;
    if (given === undefined || surnames === undefined) continue;
    // 'The “Slow Money” Pitch', 'Anime “Ghost in the Shell” Is More': a title-case heading with a
    // quoted phrase, not a name, when a word around the quotes is a common word.
    const words = [...(before === undefined ? [] : [before]), given, ...surnames.split(/[ \t]+/u)];
    if (words.some(isCommonWord)) continue;
    const opensSentence =
      before !== undefined && /(?:^|[.!?:]\s+|\n\s*)$/u.test(text.slice(0, match.index));
    const start =
      before === undefined || opensSentence ? text.indexOf(given, match.index) : match.index;
    const end = match.index + all.length;
    const covered = mentions.some((m) => m.type === 'person' && m.start <= start && m.end >= end);
    if (covered) continue;
    const givenNames = before === undefined || opensSentence ? given : `${before} ${given}`;
    found.push({
      start,
      end,
      text: text.slice(start, end),
      type: 'person',
      source: 'rule',
      name: `${givenNames} ${surnames.replace(/[ \t]+/gu, ' ')}`,
      honorifics: [],
    });
  }
  return found;
}

/** A word the tagger's lexicon knows as a common word ("The", "Is"), never a name part. */
function isCommonWord(word: string): boolean {
  return shippedNerModel().lexicon.get(word.toLowerCase()) === 'common';
}
