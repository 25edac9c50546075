// The Polish, Czech and Estonian press decline the Russian names they transcribe (Polish "sankcje
// wobec Wiktora Wekselberga", "z Romanem Abramowiczem"; Estonian "kohtus Roman Abramovitšiga",
// "Vladimir Putinile"); the lists print nominatives. A Latin query gets the nominatives its
// endings could stand for, as extra readings, much as cyrillic-cases.ts does for Cyrillic.
// Polish (and the Czech dative) endings from the declension tables of the Wielki słownik języka polskiego (masculine
// nouns: genitive -a, dative -owi, instrumental -em; -ij/-j names: -ija/-ja; adjectival -ski:
// -skiego -skiemu -skim; -ka nouns: genitive -ki, accusative -kę; Czech dative -u -ovi); Estonian from the Eesti keele käsiraamat (a
// foreign name ending in a consonant takes the genitive -i before a case ending: Putini-ga,
// Putini-le; one ending in a vowel takes the case ending alone: Šoigu-ga).

/** A word ending and the nominative it stands for. */
type Ending = readonly [RegExp, string];

const VOWEL = '[aeiouyąęó]';
const CONSONANT = '[bcćdfghjklłmnńprsśtwzźż]';

/**
 * Polish oblique cases, one table per case: a name is read back only when every word of it has
 * an ending of one case, as a sentence declines the given name and the surname together
 * ("Wiktora Wekselberga"), so that "Maria Zacharowa" (a nominative) keeps its -a.
 */
const POLISH_CASES: readonly (readonly Ending[])[] = [
  // Genitive and accusative: Wiktora, Arkadija, Siergieja, Chodorkowskiego, Deripaski.
  [
    [/(sk|ck|dzk)iego$/u, '$1i'],
    [/ija$/u, 'ij'],
    [new RegExp(`(${VOWEL})ja$`, 'u'), '$1j'],
    [/([kg])i$/u, '$1a'],
    [new RegExp(`(${CONSONANT})a$`, 'u'), '$1'],
    // The accusative of -a names: Deripaskę.
    [new RegExp(`(${CONSONANT})ę$`, 'u'), '$1a'],
  ],
  // Dative: Putinowi, Siergiejowi, Chodorkowskiemu; Czech Vladimiru Putinovi.
  [
    [/(sk|ck|dzk)iemu$/u, '$1i'],
    [new RegExp(`(${CONSONANT})o[wv]i$`, 'u'), '$1'],
    [new RegExp(`(${CONSONANT})u$`, 'u'), '$1'],
  ],
  // Instrumental: Romanem, Abramowiczem, Chodorkowskim.
  [
    [/(sk|ck|dzk)im$/u, '$1i'],
    [/([kg])iem$/u, '$1'],
    [new RegExp(`(${CONSONANT})em$`, 'u'), '$1'],
  ],
];

/** Estonian case endings on the last word of a name (the given name before it stays as written). */
const ESTONIAN_CASES: readonly Ending[] = [
  [/^(\p{L}{3,}[bdfghjklmnprsštvzž])i(?:ga|le|lt|st|ks|ni|na|ta)$/u, '$1'],
  [/^(\p{L}{3,}[aeiou])(?:ga|le|lt)$/u, '$1'],
];

/**
 * The feminine the Czech and Slovak press give a foreign woman's surname (Šojguová, Zacharovová,
 * Danilčenková; Pravidla českého pravopisu): -ová added to the name, whose final -a or -o it
 * replaces. A Russian -ova/-eva/-ina name gets its -a back, a Ukrainian -enko its -o.
 */
const CZECH_FEMININE: readonly Ending[] = [
  [/^(\p{L}{2,}(?:ov|ev|in|yn))ová$/u, '$1a'],
  [/^(\p{L}{2,}enk)ová$/u, '$1o'],
  [/^(\p{L}{3,})ová$/u, '$1'],
];

/** A stem shorter than this is left as written. */
const MIN_STEM_LETTERS = 3;

function readBack(word: string, endings: readonly Ending[]): string | undefined {
  for (const [ending, nominative] of endings) {
    if (!ending.test(word)) continue;
    const stem = word.replace(ending, nominative);
    return stem.length >= MIN_STEM_LETTERS ? stem : undefined;
  }
  return undefined;
}

/**
 * Nominative readings of a Latin-script name declined as Polish or Estonian decline it ("Wiktora
 * Wekselberga" → wiktor wekselberg, "Roman Abramovitšiga" → roman abramovitš), or feminised as
 * Czech feminises it ("Ksenija Šojguová" → ksenija šojgu), lower case; empty when no case fits.
 * Polish needs two words or more, each with an ending of one case.
 */
export function latinNominativeReadings(words: readonly string[]): string[] {
  const lower = words.map((word) => word.normalize('NFC').toLowerCase());
  const readings: string[] = [];
  if (lower.length >= 2)
    for (const endings of POLISH_CASES) {
      const read = lower.map((word) => readBack(word, endings));
      if (read.every((word) => word !== undefined)) readings.push(read.join(' '));
    }
  const last = lower.at(-1);
  for (const endings of [ESTONIAN_CASES, CZECH_FEMININE]) {
    const bare = last === undefined ? undefined : readBack(last, endings);
    if (bare !== undefined) readings.push([...lower.slice(0, -1), bare].join(' '));
  }
  return [...new Set(readings)];
}
