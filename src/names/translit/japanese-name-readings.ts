// The Japanese readings table (data/japanese-readings.json, loaded on first use) and the readings
// of a person's name written in kanji. A name has several readings (田上 is Taue, Tanoue or Tagami;
// 克明 Katsuaki or Yoshiaki), so several are offered and the engine keeps the one a listed name
// meets; a given name no table holds is read as a known name plus its last character's name
// reading (不美夫 fumi + o), and only then by the characters' on and kun readings.
import { loadTable } from '../load-table.ts';

interface ReadingsFile {
  readonly surnames: Readonly<Record<string, string>>;
  readonly given: Readonly<Record<string, string>>;
  /** How a character reads at the end of a given name (夫 o, 明 aki), from IPADIC's given names. */
  readonly endings: Readonly<Record<string, string>>;
  readonly organisations: Readonly<Record<string, string>>;
  readonly kanji: Readonly<Record<string, string>>;
}

let file: ReadingsFile | undefined;

/** The Japanese readings table, loaded on first use. */
export const japaneseTable = (): ReadingsFile =>
  (file ??= loadTable('japanese-readings.json') as ReadingsFile);

/** The readings a table gives a word, commonest first; none when it does not know the word. */
export const readingsOf = (map: Readonly<Record<string, string>>, key: string): string[] =>
  map[key]?.split(' ') ?? [];

/**
 * Readings of a run of kanji no table knows, character by character: all by their on reading
 * (章六 shoroku, 弘道 kodo), the first by its kun reading (山輝 yamaki), the last by its kun
 * reading (建市 kenichi).
 */
export function characterReadings(run: string): string[] {
  const chars = Array.from(run).map((ch) => readingsOf(japaneseTable().kanji, ch));
  if (chars.some((r) => r.length === 0)) return [];
  const on = chars.map((r) => r[0]!);
  const kun = chars.map((r) => r[1] ?? r[0]!);
  const kunFirst = [kun[0]!, ...on.slice(1)];
  const kunLast = [...on.slice(0, -1), kun[kun.length - 1]!];
  return [...new Set([on, kunFirst, kunLast].map((parts) => parts.join('')))];
}

/** How sure a reading of a given name is: the lower, the likelier. */
const GIVEN_KNOWN = 0;
const GIVEN_WITH_ENDING = 1;
const GIVEN_BY_CHARACTERS = 2;

/**
 * Readings of a given name with how sure each is: the table's readings of the whole name, else a
 * name of two or more characters the table knows before the name reading of the last character
 * (不美 fumi + 夫 o), else the characters' readings, the last one first by its name reading
 * (卯太男 u-ta-o, 章六 sho-roku) and then by its own (建市 ken-ichi).
 */
function givenNameReadings(run: string): { readings: string[]; rank: number } {
  const t = japaneseTable();
  const known = readingsOf(t.given, run);
  if (known.length > 0) return { readings: known, rank: GIVEN_KNOWN };
  const chars = Array.from(run);
  const head = chars.slice(0, -1).join('');
  const endings = readingsOf(t.endings, chars[chars.length - 1] ?? '');
  const withEnding = (heads: readonly string[]): string[] =>
    heads.flatMap((h) => endings.map((ending) => h + ending));
  if (chars.length >= 3) {
    const joined = withEnding(readingsOf(t.given, head));
    if (joined.length > 0) return { readings: joined, rank: GIVEN_WITH_ENDING };
  }
  const byCharacters = head === '' ? [] : withEnding(characterReadings(head).slice(0, 2));
  return {
    readings: [...new Set([...byCharacters, ...characterReadings(run)])],
    rank: GIVEN_BY_CHARACTERS,
  };
}

/** Readings of a person's name kept for the engine to try (田上 alone has three). */
const PERSON_READINGS = 4;

/**
 * Readings of a person's name written in kanji as one word, surname first (篠田建市 → shinoda
 * kenichi, 司忍 → tsukasa shinobu, 田上不美夫 → tanoue fumio among taue fumio, tagami fumio),
 * when it starts with a Japanese surname; undefined otherwise. A given name the table knows makes
 * a split likelier than one read by its characters. A two-character surname IPADIC lists only as
 * a given name (光安 Mitsuyasu) is read so before a given name the table knows.
 */
export function readJapanesePersonName(run: string): string[] | undefined {
  const chars = Array.from(run);
  if (chars.length < 2 || chars.length > 6) return undefined;
  const t = japaneseTable();
  const ranked: { text: string; rank: number }[] = [];
  for (const size of [2, 3, 1]) {
    if (size >= chars.length) continue;
    const head = chars.slice(0, size).join('');
    const given = givenNameReadings(chars.slice(size).join(''));
    const listed = readingsOf(t.surnames, head);
    const surnames =
      listed.length === 0 && size === 2 && given.rank === GIVEN_KNOWN
        ? readingsOf(t.given, head)
        : listed;
    const rank = given.rank + (size === 1 ? 1 : 0) + (listed.length === 0 ? 1 : 0);
    surnames.forEach((surname, i) => {
      given.readings.forEach((name, j) => {
        ranked.push({ text: `${surname} ${name}`, rank: rank + i + j });
      });
    });
  }
  if (ranked.length === 0) return undefined;
  const sorted = ranked.sort((a, b) => a.rank - b.rank).map((r) => r.text);
  return [...new Set(sorted)].slice(0, PERSON_READINGS);
}

/** True when a four-character word is a surname IPADIC lists only as a given name (光安) before a given name it knows (克明). */
export function isGivenNamePair(word: string): boolean {
  const chars = Array.from(word);
  if (chars.length !== 4) return false;
  const t = japaneseTable();
  return (
    t.given[chars.slice(0, 2).join('')] !== undefined &&
    t.given[chars.slice(2).join('')] !== undefined
  );
}
