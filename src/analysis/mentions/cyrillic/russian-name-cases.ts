import { FEMININE_GIVEN_NAMES, MASCULINE_GIVEN_NAMES } from './russian-given-names.ts';

/** A given name read off a written form: its nominative and whether the form was oblique. */
export interface GivenName {
  nominative: string;
  feminine: boolean;
  oblique: boolean;
  /** The case's ending on a hard stem ("а" for the genitive "Сергея"); empty in the nominative. */
  ending: string;
}

// Case endings of masculine names by their nominative ending: "Владимир" → "Владимира",
// "Владимиру", "Владимиром", "Владимире"; "Сергей" → "Сергея" …; "Дмитрий" → "Дмитрия" ….
const MASCULINE_ENDINGS: readonly [string, readonly string[]][] = [
  ['ий', ['ия', 'ию', 'ием', 'ии']],
  ['ей', ['ея', 'ею', 'еем', 'ее']],
  ['ай', ['ая', 'аю', 'аем', 'ае']],
  ['', ['а', 'у', 'ом', 'е', 'ем']],
];
// The same cases on a hard consonant stem (genitive, dative, instrumental, prepositional), which a
// foreign surname beside the given name takes: "Дмитрия Трампа", "Дональду Трампу".
const HARD_ENDINGS = ['а', 'у', 'ом', 'е', 'ем'];
// Feminine names in -а/-я: "Мария" → "Марии", "Марию", "Марией"; "Анна" → "Анны", "Анне", ….
const FEMININE_ENDINGS: readonly [string, readonly string[]][] = [
  ['ия', ['ии', 'ию', 'ией']],
  ['ья', ['ьи', 'ье', 'ью', 'ьей']],
  ['а', ['ы', 'и', 'е', 'у', 'ой']],
  ['я', ['и', 'е', 'ю', 'ей']],
];

/** The given name a capitalised word is, in any case, or undefined. */
export function readGivenName(word: string): GivenName | undefined {
  if (MASCULINE_GIVEN_NAMES.has(word))
    return { nominative: word, feminine: false, oblique: false, ending: '' };
  if (FEMININE_GIVEN_NAMES.has(word))
    return { nominative: word, feminine: true, oblique: false, ending: '' };
  for (const [ending, oblique] of MASCULINE_ENDINGS)
    for (const [i, form] of oblique.entries())
      if (word.endsWith(form)) {
        const nominative = word.slice(0, word.length - form.length) + ending;
        if (MASCULINE_GIVEN_NAMES.has(nominative))
          return { nominative, feminine: false, oblique: true, ending: HARD_ENDINGS[i] ?? '' };
      }
  for (const [ending, oblique] of FEMININE_ENDINGS)
    for (const form of oblique)
      if (word.endsWith(form)) {
        const nominative = word.slice(0, word.length - form.length) + ending;
        if (FEMININE_GIVEN_NAMES.has(nominative))
          return { nominative, feminine: true, oblique: true, ending: '' };
      }
  return undefined;
}

// Surname and patronymic endings in an oblique case, with their nominative, masculine then
// feminine: "Лаврова" → "Лавров", "Песковым" → "Песков", "Шойгу" stays; "Захаровой" → "Захарова".
const MASCULINE_SURNAME: readonly [RegExp, string][] = [
  [/(ов|ев|ёв|ин|ын)(?:а|у|ым|е)$/u, '$1'],
  [/(ск|цк)(?:ого|ому|им|ом)$/u, '$1ий'],
  [/(ович|евич|ич)(?:а|у|ем|е)$/u, '$1'],
];
const FEMININE_SURNAME: readonly [RegExp, string][] = [
  [/(ов|ев|ёв|ин|ын)(?:ой|у)$/u, '$1а'],
  [/(ск|цк)(?:ой|ую)$/u, '$1ая'],
  [/(овн|евн|ичн)(?:ы|е|у|ой)$/u, '$1а'],
];

/** A surname or patronymic in the nominative, given the case its given name showed. */
export function nominativeSurname(word: string, given: GivenName): string {
  if (!given.oblique) return word;
  for (const [ending, nominative] of given.feminine ? FEMININE_SURNAME : MASCULINE_SURNAME)
    if (ending.test(word)) return word.replace(ending, nominative);
  // A foreign surname takes the given name's ending: "Дональда Трампа" → "Трамп".
  const stem = word.slice(0, word.length - given.ending.length);
  if (
    !given.feminine &&
    given.ending !== '' &&
    word.endsWith(given.ending) &&
    /[бвгджзклмнпрстфхцчшщ]$/u.test(stem)
  )
    return stem;
  return word;
}

/** Whether a word is a patronymic ("Владимирович", "Григорьевна"), in any case. */
export function isPatronymic(word: string): boolean {
  return /(?:ович|евич|ьич|овна|евна|ична|инична)(?:а|у|ем|е|ы|ой)?$/u.test(word);
}

/** A language's reading of Cyrillic names back to the nominative. */
export interface NameCases {
  readGivenName: (word: string) => GivenName | undefined;
  nominativeSurname: (word: string, given: GivenName) => string;
  isPatronymic: (word: string) => boolean;
}

/** Russian given names, surnames and patronymics, read back to the nominative in any case. */
export const RUSSIAN_NAME_CASES: NameCases = { readGivenName, nominativeSurname, isPatronymic };
