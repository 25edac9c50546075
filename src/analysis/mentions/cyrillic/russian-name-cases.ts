import { nameCases, type NameCases } from './name-declension.ts';
import { FEMININE_GIVEN_NAMES, MASCULINE_GIVEN_NAMES } from './russian-given-names.ts';

export type { GivenName, NameCases } from './name-declension.ts';

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

/** Russian given names, surnames and patronymics, read back to the nominative in any case. */
export const RUSSIAN_NAME_CASES: NameCases = nameCases({
  masculine: MASCULINE_GIVEN_NAMES,
  feminine: FEMININE_GIVEN_NAMES,
  masculineEndings: MASCULINE_ENDINGS.map(([ending, forms]) => [
    ending,
    forms.map((form, i) => [form, HARD_ENDINGS[i] ?? ''] as const),
  ]),
  feminineEndings: FEMININE_ENDINGS,
  masculineSurname: MASCULINE_SURNAME,
  feminineSurname: FEMININE_SURNAME,
  consonantStem: /[бвгджзклмнпрстфхцчшщ]$/u,
  // "Владимирович", "Григорьевна", in any case.
  patronymic: /(?:ович|евич|ьич|овна|евна|ична|инична)(?:а|у|ем|е|ы|ой)?$/u,
});
