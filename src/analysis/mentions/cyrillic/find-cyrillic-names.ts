import type { Mention, TextSpan } from '../../article-types.ts';
import { ruleMention, spansOf } from '../rule-spans.ts';
import { RUSSIAN_NAME_CASES, type GivenName, type NameCases } from './russian-name-cases.ts';

// A capitalised Cyrillic word, hyphenated parts included ("Жан-Ив", "Касым-Жомарт").
const WORD = /\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)*/u;
const CYRILLIC_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?=\p{Script=Cyrillic})${WORD.source}(?![\p{L}\p{N}])`,
  'gu',
);
// One to three words inside guillemets or straight quotes: a company, party or group's name
// («Роснефть», ЧВК «Вагнер»).
const QUOTED_NAME = /[«"„]((?=\p{Script=Cyrillic})\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2})[»"“]/gu;

/**
 * The people and organisations a Russian-language text names: a known given name, in any case,
 * with the capitalised words after it (a patronymic, a surname), read back to the nominative
 * ("Сергея Лаврова" → "Сергей Лавров"; Ukrainian by its own `cases`: "Олександра Лукашенка" →
 * "Олександр Лукашенко"); the surname alone where the text names that person in
 * full ("…, — заключил Лавров."); and short names in quotes («Роснефть»). Latin text gives none.
 */
export function findCyrillicNames(text: string, cases: NameCases = RUSSIAN_NAME_CASES): Mention[] {
  if (!/\p{Script=Cyrillic}/u.test(text)) return [];
  const { readGivenName, nominativeSurname, isPatronymic } = cases;
  const words = spansOf(text, CYRILLIC_WORD);
  const people: Mention[] = [];
  const used = new Set<number>();
  words.forEach((word, i) => {
    if (used.has(i)) return;
    const given = readGivenName(word.text);
    if (given === undefined) return;
    const rest = followingWords(text, words, i, cases);
    if (rest.length === 0) return;
    const parts = [given.nominative, ...rest.map((w) => nominativeSurname(w.text, given))];
    rest.forEach((_, k) => used.add(i + 1 + k));
    const last = rest[rest.length - 1]!;
    people.push(mention(text, word.start, last.end, parts.join(' '), 'person', given));
  });
  const surnames = new Map<string, GivenName>();
  for (const person of people) {
    const surname = person.name.split(' ').at(-1)!;
    if (!isPatronymic(surname)) surnames.set(surname, readGivenName(person.name.split(' ')[0]!)!);
  }
  words.forEach((word, i) => {
    if (used.has(i) || readGivenName(word.text) !== undefined) return;
    const surname = surnameOf(word.text, surnames, cases);
    if (surname === undefined) return;
    // "…Сергей Лавров …" is taken whole above; this is the surname on its own.
    if (people.some((p) => p.start <= word.start && p.end >= word.end)) return;
    people.push(mention(text, word.start, word.end, surname, 'person'));
  });
  const organisations = [...text.matchAll(QUOTED_NAME)]
    .filter((m) => m[1]!.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w) || w.length <= 3))
    .map((m) => {
      const start = m.index + 1;
      return mention(text, start, start + m[1]!.length, m[1]!, 'organization');
    });
  return [...people, ...organisations].sort((a, b) => a.start - b.start);
}

/** Up to two capitalised words right after a given name: a patronymic and a surname. */
function followingWords(
  text: string,
  words: readonly TextSpan[],
  i: number,
  { readGivenName, isPatronymic }: NameCases,
): TextSpan[] {
  const rest: TextSpan[] = [];
  for (let k = i + 1; k < words.length && rest.length < 2; k++) {
    const previous = words[k - 1]!;
    const next = words[k]!;
    if (!/^[ \t]+$/u.test(text.slice(previous.end, next.start))) break;
    if (readGivenName(next.text) !== undefined && !isPatronymic(next.text)) break;
    rest.push(next);
    // A surname ends the name; a patronymic asks for the surname after it.
    if (!isPatronymic(next.text)) break;
  }
  return rest;
}

/** The nominative surname of a person already named that a word writes, in any case. */
function surnameOf(
  word: string,
  surnames: ReadonlyMap<string, GivenName>,
  { nominativeSurname }: NameCases,
): string | undefined {
  if (surnames.has(word)) return word;
  for (const [surname, given] of surnames) {
    const oblique = { ...given, oblique: true, ending: word.slice(surname.length) };
    if (word.startsWith(surname.slice(0, -1)) && nominativeSurname(word, oblique) === surname)
      return surname;
  }
  return undefined;
}

function mention(
  text: string,
  start: number,
  end: number,
  name: string,
  type: 'person' | 'organization',
  given?: GivenName,
): Mention {
  return ruleMention(
    text,
    start,
    end,
    name,
    type,
    given === undefined ? undefined : given.feminine ? 'female' : 'male',
  );
}
