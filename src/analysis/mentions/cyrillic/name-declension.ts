// Reading Cyrillic names back to the nominative, the same way for each language: a language gives
// its tables (given names, their case endings, surname endings, its patronymics) and gets the
// readers find-cyrillic-names.ts uses. The tables are in russian-name-cases.ts and
// ukrainian-name-cases.ts, with their sources.

/** A given name read off a written form: its nominative and whether the form was oblique. */
export interface GivenName {
  nominative: string;
  feminine: boolean;
  oblique: boolean;
  /** The case's ending on a hard stem ("а" for the genitive "Сергея"); empty in the nominative. */
  ending: string;
}

/** A language's reading of Cyrillic names back to the nominative. */
export interface NameCases {
  readGivenName: (word: string) => GivenName | undefined;
  nominativeSurname: (word: string, given: GivenName) => string;
  isPatronymic: (word: string) => boolean;
}

/** One language's declension tables. */
export interface DeclensionTables {
  masculine: ReadonlySet<string>;
  feminine: ReadonlySet<string>;
  /** By nominative ending: each oblique ending with the ending a hard surname beside it takes. */
  masculineEndings: readonly (readonly [string, readonly (readonly [string, string])[]])[];
  /** By nominative ending: the oblique endings. */
  feminineEndings: readonly (readonly [string, readonly string[]])[];
  masculineSurname: readonly (readonly [RegExp, string])[];
  feminineSurname: readonly (readonly [RegExp, string])[];
  /** A stem that ends in a consonant, to which a foreign surname's case ending was added. */
  consonantStem: RegExp;
  patronymic: RegExp;
}

/** The readers of a language's names, from its declension tables. */
export function nameCases(tables: DeclensionTables): NameCases {
  const readGivenName = (word: string): GivenName | undefined => {
    if (tables.masculine.has(word))
      return { nominative: word, feminine: false, oblique: false, ending: '' };
    if (tables.feminine.has(word))
      return { nominative: word, feminine: true, oblique: false, ending: '' };
    for (const [ending, oblique] of tables.masculineEndings)
      for (const [form, hard] of oblique)
        if (word.endsWith(form)) {
          const nominative = word.slice(0, word.length - form.length) + ending;
          if (tables.masculine.has(nominative))
            return { nominative, feminine: false, oblique: true, ending: hard };
        }
    for (const [ending, oblique] of tables.feminineEndings)
      for (const form of oblique)
        if (word.endsWith(form)) {
          const nominative = word.slice(0, word.length - form.length) + ending;
          if (tables.feminine.has(nominative))
            return { nominative, feminine: true, oblique: true, ending: '' };
        }
    return undefined;
  };
  const nominativeSurname = (word: string, given: GivenName): string => {
    if (!given.oblique) return word;
    const endings = given.feminine ? tables.feminineSurname : tables.masculineSurname;
    for (const [ending, nominative] of endings)
      if (ending.test(word)) return word.replace(ending, nominative);
    // A foreign surname takes the given name's ending: "Дональда Трампа" → "Трамп".
    const stem = word.slice(0, word.length - given.ending.length);
    if (
      !given.feminine &&
      given.ending !== '' &&
      word.endsWith(given.ending) &&
      tables.consonantStem.test(stem)
    )
      return stem;
    return word;
  };
  const isPatronymic = (word: string): boolean => tables.patronymic.test(word);
  return { readGivenName, nominativeSurname, isPatronymic };
}
