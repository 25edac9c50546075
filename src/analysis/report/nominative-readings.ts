// Polish and Czech write a person's name in the case the sentence needs ("sankcje wobec Aleksandra
// Łukaszenki", "rozmawiał z Wiktarem Łukaszenką", "se sešel s Vladimirem Putinem"), which the lists
// never do. The endings below read a name word back to its nominative, from the declension of
// masculine names and surnames in the languages' grammars (Polish: Wielki słownik języka polskiego
// and the Rada Języka Polskiego's rules on declining surnames, e.g. Łukaszenka declines like a
// feminine noun in -a: -i, -ę, -ą, -ce; Czech: Internetová jazyková příručka ÚJČ AV ČR, "Skloňování
// příjmení": hard masculine -a, -ovi, -em; Lukašenko → Lukašenka, Lukašenkovi, Lukašenkem;
// adjectival -ský → -ského; feminine -ová → -ové, -ovou). Each rule gives a possible nominative;
// which one is right the lists decide, and only for an entity the name as written already reaches
// (screen-entities.ts).

type Rule = readonly [RegExp, string];

const POLISH: readonly Rule[] = [
  [/(sk|ck|dzk)(?:iego|iemu|im)$/u, '$1i'],
  [/(ow|ew|in|yn)(?:ej|ą)$/u, '$1a'],
  [/(sk|ck|dzk)(?:iej|ą)$/u, '$1a'],
  [/(\p{L}{3,})(?:owi|em|ie)$/u, '$1'],
  // "Aleksandra" → Aleksander: the e of the nominative drops before an ending.
  [/(\p{L}{3,}[^aeiouyąęó])ra$/u, '$1er'],
  [/(\p{L}{3,}[^aeiouyąęó])a$/u, '$1'],
  // Surnames in -a: "Łukaszenki", "Łukaszenkę", "Łukaszenką", "Łukaszence".
  [/(\p{L}{3,}[kg])i$/u, '$1a'],
  [/(\p{L}{3,})(?:ę|ą|y)$/u, '$1a'],
  [/(\p{L}{3,})ce$/u, '$1ka'],
];

const CZECH: readonly Rule[] = [
  [/(sk|ck)(?:ého|ému|ým)$/u, '$1ý'],
  [/(ov)(?:é|ou)$/u, '$1á'],
  // Surnames in -o: "Lukašenka", "Lukašenkovi", "Lukašenkem" → Lukašenko.
  [/(\p{L}{3,}k)(?:ovi|em|a|u)$/u, '$1o'],
  [/(\p{L}{3,})(?:ovi|em|e|u)$/u, '$1'],
  [/(\p{L}{3,}[^aeiouyáéíóúůýě])a$/u, '$1'],
];

const RULES: Readonly<Record<string, readonly Rule[]>> = { Polish: POLISH, Czech: CZECH };
// Readings of a whole name kept: a word may have two or three nominatives ("Aleksandra":
// Aleksander, Aleksandr or the word itself), so a name of three words could have twenty-seven.
const MAX_READINGS = 4;

/** The nominatives a name word may have in `language` (the word itself first). */
export function nominativesOfWord(word: string, language: string): string[] {
  const readings = [word];
  for (const [ending, nominative] of RULES[language] ?? [])
    if (ending.test(word)) readings.push(word.replace(ending, nominative));
  return [...new Set(readings)];
}

/**
 * Readings of a person's name of two or more words in the nominative, each word read back by the
 * language's endings; the name as written is not among them. None for another language.
 */
export function nominativeReadings(name: string, language: string | undefined): string[] {
  if (language === undefined || RULES[language] === undefined) return [];
  const words = name.split(' ');
  if (words.length < 2) return [];
  let readings: string[][] = [[]];
  for (const word of words)
    readings = readings.flatMap((so) => nominativesOfWord(word, language).map((w) => [...so, w]));
  // Names decline as a whole: the readings that read back most words come first.
  const changed = (r: readonly string[]): number => r.filter((w, i) => w !== words[i]).length;
  return readings
    .sort((a, b) => changed(b) - changed(a))
    .map((r) => r.join(' '))
    .filter((r) => r !== name)
    .slice(0, MAX_READINGS);
}
