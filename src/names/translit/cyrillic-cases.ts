// Russian and Ukrainian news write names in the case the sentence needs (Олега Дерипаски, с
// Виктором Вексельбергом, Евгению Пригожину), the lists in the nominative. A query gets the
// nominatives its endings could stand for, as extra readings. The endings are those of the
// standard declension tables: Zaliznyak, Grammaticheskiy slovar' russkogo yazyka (1977), types
// 1a (masculine nouns: -а -у -ом -е), 1a feminine (-ы -е -у -ой), 7a (-ий: -ия -ию -ием), the
// surname declension in -ов/-ев/-ин (-ым in the instrumental) and adjectival surnames (-ского
// -ским -скому); Ukrainian from Pravopys 2019 §§ 81–88 (-ові/-еві in the dative, -ою in the
// instrumental, -ого for -ий).

/** A word ending and the nominative endings it may stand for, longest endings first. */
type Ending = readonly [RegExp, readonly string[]];

const CONSONANT = '[бвгґджзйклмнпрстфхцчшщ]';
const HUSHING = '[жчшщц]';

const ENDINGS: readonly Ending[] = [
  // Adjectival surnames: Ходорковского → Ходорковский, Зеленського → Зеленський.
  [/(с|ц)(ь?)к(ого|ому|им|ім|ом)$/u, ['$1$2кий']],
  [/(с|ц)(ь?)кой$/u, ['$1$2кая', '$1$2ка']],
  [/(с|ц)(ь?)кої$/u, ['$1$2ка']],
  // Other adjectives: Навального → Навальный.
  [/ого$/u, ['ый', 'ий']],
  // Instrumental of -ов/-ев/-ин surnames: Лавровым → Лавров.
  [/(ов|ев|ёв|єв|ин|ын|ін)ым$/u, ['$1']],
  [/(ов|ев|ёв|єв|ин|ын|ін)им$/u, ['$1']],
  // Ukrainian datives: Лаврову, Лаврові → Лавров.
  [/(ов|ев|єв|ин|ін)і$/u, ['$1']],
  [/(ові|еві|єві)$/u, ['']],
  // -ий names: Дмитрия, Дмитрию, Дмитрием → Дмитрий; Сергія → Сергій; Марию → Мария.
  [/и(я|ю|ем|е)$/u, ['ий', 'ия']],
  [/і(я|ю|єм|ї)$/u, ['ій', 'ія']],
  // Марии → Мария, Юлії → Юлія.
  [/ии$/u, ['ия']],
  // -ей names: Сергея, Сергею, Сергеем → Сергей; Олексія handled above.
  [/е(я|ю|ем)$/u, ['ей']],
  // Feminine instrumental and genitive: Дерипаской, Набиуллиной, Захаровой → -а; Ukrainian -ою.
  [new RegExp(`(${CONSONANT})(ой|ою|ої)$`, 'u'), ['$1а']],
  // Instrumental of hushing stems: Абрамовичем → Абрамович.
  [new RegExp(`(${HUSHING})ем$`, 'u'), ['$1']],
  // Soft stems: Игоря, Игорю, Игорем → Игорь.
  [new RegExp(`(${CONSONANT})(я|ю|ем)$`, 'u'), ['$1ь']],
  // Masculine instrumental: Вексельбергом → Вексельберг.
  [new RegExp(`(${CONSONANT})ом$`, 'u'), ['$1']],
  // Feminine genitive: Эльвиры → Эльвира, Дерипаски → Дерипаска.
  [new RegExp(`(${CONSONANT})(ы|и)$`, 'u'), ['$1а']],
  // Masculine genitive: Вексельберга → Вексельберг; dative and accusative: Пригожину, Дерипаску.
  [new RegExp(`(${CONSONANT})а$`, 'u'), ['$1']],
  [new RegExp(`(${CONSONANT})у$`, 'u'), ['$1', '$1а']],
  // Dative and prepositional: Вексельбергу's twin Вексельберге, Дерипаске.
  [new RegExp(`(${CONSONANT})е$`, 'u'), ['$1', '$1а']],
];

/** A stem shorter than this is left as written: Ли, Ким, Ира are whole names. */
const MIN_STEM_LETTERS = 3;

/**
 * The nominatives a lower-case Russian or Ukrainian word may be an oblique case of, likeliest
 * first, without the word itself (Вексельбергом → вексельберг; Дерипаску → дерипаск, дерипаска).
 * Only the first ending that fits is read: the table is ordered from the longest endings down.
 */
export function nominativesOf(word: string): string[] {
  const lower = word.toLowerCase();
  for (const [ending, nominatives] of ENDINGS) {
    if (!ending.test(lower)) continue;
    const out = nominatives
      .map((nominative) => lower.replace(ending, nominative))
      .filter((form) => form !== lower && form.length >= MIN_STEM_LETTERS);
    return [...new Set(out)];
  }
  return [];
}

/**
 * Up to two whole-name readings of a Cyrillic name with each word put in a nominative it may be
 * an oblique case of (Олегом Дерипаской → олег дерипаска); words with no such ending stay as
 * written. The first takes each word's likeliest nominative, the second its next one.
 */
export function nominativeReadings(words: readonly string[]): string[] {
  const perWord = words.map((word) => nominativesOf(word));
  if (perWord.every((options) => options.length === 0)) return [];
  const pick = (rank: number): string =>
    words.map((word, i) => perWord[i]![rank] ?? perWord[i]![0] ?? word.toLowerCase()).join(' ');
  return [...new Set([pick(0), pick(1)])];
}
